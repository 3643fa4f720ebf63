#!/usr/bin/env bash
# Where a request's CPU goes on a machine the app, PostgreSQL and the load generator share: for one route at a
# fixed number of clients, the app's requests a second with the JVM's CPU time per request and the CPU time of the
# PostgreSQL server processes serving its pools per request; then pgbench's review transaction with the CPU time of
# its own server processes per transaction. When the cores are saturated, a route's ratio to pgbench is about the
# ratio of the CPU the whole machine spends per request to what it spends per pgbench transaction, so this shows
# which side to work on (docs/PERFORMANCE.md, round 2, seventeenth session).
#
# Needs the database that `KEEP=1 bench/run.sh` leaves (DB, with its request files signed in afresh here).
# Usage:   flock /tmp/tarikh-maven.lock ./mvnw -B -ntp -q package -DskipTests
#          bench/cpu-split.sh [route ...]      (default: review-cookie; the routes of bench/run.sh, quiz-answer included)
# Options (environment): DB=tarikh_bench_run PORT=8095 CLIENTS=8 SECONDS_EACH=10 APP_DIR=target/quarkus-app
#   (another build's folder, to compare two builds with the same command)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DB=${DB:-tarikh_bench_run}
PORT=${PORT:-8095}
CLIENTS=${CLIENTS:-8}
SECONDS_EACH=${SECONDS_EACH:-10}
APP_DIR=$(cd "${APP_DIR:-target/quarkus-app}" && pwd)
ROUTES=("${@:-review-cookie}")
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=$DB
BASE=http://127.0.0.1:$PORT
psql -X -Atc "SELECT 1 FROM bank WHERE slug = 'bench-cards'" | grep -q 1 ||
  { echo "no benchmark data in $DB: run KEEP=1 bench/run.sh first" >&2; exit 2; }

work=$(mktemp -d /tmp/tarikh-cpu-split.XXXXXX)
app_pid=
cleanup() { stop_app; rm -rf "$work"; }
trap cleanup EXIT

# CPU time (clock ticks, user + system) of some processes, and the server processes serving this database
ticks() { local s=0 p; for p in "$@"; do s=$((s + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $s; }
backends() { psql -X -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND backend_type = 'client backend'
                           AND pid <> pg_backend_pid()"; }
field() { grep -o "$1=[0-9.]*" <<<"$result" | cut -d= -f2; } # a value of wrk's RESULT line (bench/wrk/requests.lua)
per() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", t * 1000 / hz / n }'; } # ms each

# The README command (bench/lib.sh), from APP_DIR, on this database; the curated banks are not loaded again.
APP_COMMAND=$(readme_command | sed "s|^cd target/quarkus-app|cd $APP_DIR|; s|\.\./\.\./questions|$PWD/questions|") \
  start_app "$PORT" "$DB" "$work/app.log" TARIKH_QUESTIONS_LOAD_AT_START=false
wait_ready "$PORT" 180 || { tail -20 "$work/app.log" >&2; exit 1; }
python3 bench/clients.py "$BASE" bench-password-0123 "$work" 1 100 100 >/dev/null

# Quiz answers can be sent once each: fresh practice quizzes for the warm-up and for the run, each line sent once
# (seq), sized for up to 3,000 answers a second.
quiz_items() { python3 bench/clients.py "$BASE" bench-password-0123 "$work" quiz-items "$1" "$2" >/dev/null; }

for route in "${ROUTES[@]}"; do
  warm=$work/$route.tsv; file=$work/$route.tsv; mode=rand
  if [ "$route" = quiz-answer ]; then
    warm=$work/quiz-warm.tsv; file=$work/quiz-run.tsv; mode=seq
    quiz_items 18000 "$warm"; quiz_items $((SECONDS_EACH * 3000)) "$file"
  fi
  wrk -t2 -c "$CLIENTS" -d 6s -s bench/wrk/requests.lua "$BASE" -- "$warm" $mode 2 200 >/dev/null # warm-up
  pids=$(backends)
  jvm0=$(ticks "$app_pid"); pg0=$(ticks $pids)
  result=$(wrk -t2 -c "$CLIENTS" -d "${SECONDS_EACH}s" --latency -s bench/wrk/requests.lua "$BASE" -- "$file" $mode 2 200 | grep '^RESULT')
  jvm1=$(ticks "$app_pid"); pg1=$(ticks $pids)
  n=$(field requests)
  printf 'app %s, %s clients: %.0f requests a second, p50 %s ms, p99 %s ms; CPU per request: JVM %s ms, PostgreSQL %s ms\n' \
    "$route" "$CLIENTS" "$(field rps)" "$(field p50_ms)" "$(field p99_ms)" "$(per $((jvm1 - jvm0)) "$n")" \
    "$(per $((pg1 - pg0)) "$n")"
done
stop_app

# pgbench's review transaction as bench/run.sh writes it (its here-document, run with that script's variables)
OUT=$work SET=100 CARDS=100 REVIEW_LO=$((100000 + 1 + 5 * 100))
mkdir -p "$work/pgbench"
eval "$(sed -n '/^cat >"\$OUT\/pgbench\/review.sql" <<SQL$/,/^SQL$/p' bench/run.sh)"
eval "$(grep -m1 "^BEFORE=" bench/run.sh)" # the card as it was, which the log row keeps
pgbench -n -M prepared -c "$CLIENTS" -j 2 -T $((SECONDS_EACH + 3)) -f "$work/pgbench/review.sql" \
  -D "now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)" -D "before=$BEFORE" "$DB" >"$work/pgbench.out" 2>&1 &
bench_pid=$!
sleep 2
pids=$(backends); pg0=$(ticks $pids); t0=$(date +%s%N)
sleep "$SECONDS_EACH"
pg1=$(ticks $pids); t1=$(date +%s%N)
wait $bench_pid || { cat "$work/pgbench.out" >&2; exit 1; }
tps=$(grep -o 'tps = [0-9.]*' "$work/pgbench.out" | grep -o '[0-9.]*$')
n=$(awk -v r="$tps" -v ns=$((t1 - t0)) 'BEGIN { print r * ns / 1e9 }')
printf 'pgbench review transaction, %s clients: %.0f a second; CPU per transaction: PostgreSQL %s ms\n' "$CLIENTS" "$tps" \
  "$(per $((pg1 - pg0)) "$n")"
