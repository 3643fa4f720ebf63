#!/usr/bin/env bash
# The benchmark suite of issue 11 (item 5), in one command. Against the packaged app, started with the run
# command of README.md, on a fresh database of its own:
#   1. data in SQL (bench/data.sql): 10,000 learners (bcrypt hashes), 1,000,000 cards, 5,000,000 review-log rows;
#   2. start-up to /q/health/ready with the README command (bench/startup.sh);
#   3. for 8, 32 and 64 clients: pgbench with the SQL the app issues for a review and for the next card
#      (-M prepared, per-transaction logs), then wrk against the app (bench/wrk/requests.lua, requests spread over
#      many learners, each with its own cookie, token or password): review submission with the browser's cookie,
#      with a Bearer token and with HTTP Basic; next card; quiz answer; the home page; a quiz page;
#   4. the app's resident memory after the load; the class report at 500 x 50 (bench/class-report.sh);
#      the SQL statements of one request per route (PostgreSQL's log_statement);
#   5. a ready-to-paste Markdown report (docs/PERFORMANCE.md), also kept in target/bench/<time>/report.md.
#
# Usage:   flock /tmp/tarikh-maven.lock ./mvnw -B -ntp -q package -DskipTests
#          flock /tmp/tarikh-maven.lock bench/run.sh            (about 11 minutes on 2 cores)
#          QUICK=1 bench/run.sh                                  (small data, 5 s runs: checks the scripts, ~4 min)
# Options (environment): DB=tarikh_bench_run PORT=8092 CLIENTS="8 32 64" DURATION=15 WARMUP=5 LEARNERS=10000
#   CARDS=100 (per learner) LOGS=5000000 SET=100 (learners per set of requests) STARTUP_RUNS=5 CLASS_RUNS=30
#   KEEP=1 (keep the database) PROFILE=1 (a JFR recording of the app during the load: target/bench/<time>/load.jfr,
#   with the hottest methods in hot-methods.txt; it costs a little throughput) APP_COMMAND='...' (instead of README's) PGLOG=/var/log/postgresql/postgresql-15-main.log
# Talks only to 127.0.0.1: PostgreSQL on 5432 as postgres (trust auth), the app on PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
  : "${LEARNERS:=1000}" "${LOGS:=200000}" "${DURATION:=5}" "${WARMUP:=3}" "${SET:=20}" "${STARTUP_RUNS:=1}" "${CLASS_RUNS:=5}"
fi
DB=${DB:-tarikh_bench_run}
PORT=${PORT:-8092}
CLIENTS=${CLIENTS:-8 32 64}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
LEARNERS=${LEARNERS:-10000}
CARDS=${CARDS:-100}
LOGS=${LOGS:-5000000}
SET=${SET:-100}
STARTUP_RUNS=${STARTUP_RUNS:-5}
CLASS_RUNS=${CLASS_RUNS:-30}
KEEP=${KEEP:-0}
PGLOG=${PGLOG:-/var/log/postgresql/postgresql-15-main.log}
PASSWORD=bench-password-0123
THREADS=2   # wrk and pgbench threads: one per core
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=$DB
BASE=http://127.0.0.1:$PORT

case $DB in *bench*) ;; *) echo "DB must contain 'bench' (it is dropped and recreated): $DB" >&2; exit 2 ;; esac
for tool in psql createdb dropdb pgbench wrk curl python3; do
  command -v $tool >/dev/null || { echo "missing $tool (Debian: postgresql-client-15, postgresql-contrib, wrk, curl, python3)" >&2; exit 2; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }
[ $((SET * 6)) -le "$LEARNERS" ] || { echo "SET x 6 must not exceed LEARNERS" >&2; exit 2; }
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is in use" >&2; exit 2; fi

OUT=${OUT:-target/bench/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT/req" "$OUT/pgbench"
OUT=$(cd "$OUT" && pwd)
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 )) s"; }
say() { echo "[$(date -u +%H:%M:%S), $(elapsed)] $*" | tee -a "$OUT/progress.log" >&2; }
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
app_pid=
cleanup() {
  stop_app
  psql -X -q -d postgres -c "ALTER DATABASE $DB RESET log_statement" 2>/dev/null || true
  if [ "$KEEP" = 1 ]; then echo "kept database $DB" >&2; else dropdb --if-exists --force "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT

# ------------------------------------------------------------------------------------------------ 1. schema, data
say "raw results in $OUT"
dropdb --if-exists --force "$DB" 2>/dev/null || true
createdb "$DB"
say "first start on the empty database (Flyway builds the schema, the curated banks load)"
start_app "$PORT" "$DB" "$OUT/app-first.log"
wait_ready "$PORT" 180 || { echo "the app did not start:" >&2; tail -30 "$OUT/app-first.log" >&2; exit 1; }
# one learner registered through the API: its bcrypt hash (the app's own cost) is reused for all learners
curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench-template\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/register"
hash=$(psql -X -At -c "SELECT password_hash FROM app_user WHERE username = 'bench-template'")
stop_app
say "generating $LEARNERS learners, $((LEARNERS * CARDS)) cards, $LOGS review-log rows"
q -v learners="$LEARNERS" -v cards="$CARDS" -v logs="$LOGS" -v hash="$hash" -f bench/data.sql
q -c 'VACUUM ANALYZE'
# the generated data's dirty pages written out now, not by the checkpointer and the kernel during the start-up runs
q -c 'CHECKPOINT'; sync
q -At -F ' ' -c "SELECT 'learners', count(*) FROM app_user WHERE username LIKE 'learner%'" \
  -c "SELECT 'cards', count(*) FROM card" -c "SELECT 'review_log', count(*) FROM review_log" \
  -c "SELECT 'cards due now for learner 1: learning', count(*) FROM card WHERE user_id = 100001 AND state IN ('learning', 'relearning') AND due <= now()" \
  -c "SELECT 'database size', pg_size_pretty(pg_database_size('$DB'))" | tee "$OUT/data.txt"
say "data ready"

# ------------------------------------------------------------------------------------------------ 2. start-up
say "start-up, $STARTUP_RUNS runs (+1 warm-up) with the README command"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB PORT=$PORT MODES=readme \
  bench/startup.sh "$STARTUP_RUNS" | tee "$OUT/startup.txt"
startup_ms=$(grep -o 'median [0-9]* ms' "$OUT/startup.txt" | grep -o '[0-9]*')

# ------------------------------------------------------------------------------------------------ 3. load
start_app "$PORT" "$DB" "$OUT/app.log"
wait_ready "$PORT" 180 || { echo "the app did not start:" >&2; tail -30 "$OUT/app.log" >&2; exit 1; }
say "app started (pid $app_pid): $(readme_command)"
python3 bench/clients.py "$BASE" "$PASSWORD" "$OUT/req" 1 "$SET" "$CARDS" | tee -a "$OUT/progress.log"
# Basic: the first request of each learner pays one bcrypt, then the app remembers the match for a while
pids=()
for ((n = 1; n <= SET; n++)); do
  send_line "$OUT/req/review-basic.tsv" "$n" >/dev/null & pids+=($!)
  if (( ${#pids[@]} == 4 )); then wait "${pids[@]}"; pids=(); fi
done
[ ${#pids[@]} = 0 ] || wait "${pids[@]}"

# learner sets (bench/clients.py): review-cookie 1..SET, review-bearer, review-basic, reader, quiz; pgbench's
# reviews take a sixth set of their own (so that the app never reviews a card that pgbench wrote), its next-card
# queries the readers' set (read only)
uid_lo() { echo $(( 100000 + 1 + $1 * SET )); }
REVIEW_LO=$(uid_lo 5); READER_LO=$(uid_lo 3)
BANK_ID=$(psql -X -At -c "SELECT id FROM bank WHERE slug = 'bench-cards'")
read -r NOW DAY_START NEXT_START < <(psql -X -At -F ' ' -c "SELECT to_char(n, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),
    to_char(d, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), to_char(d + interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
  FROM (SELECT now() AT TIME ZONE 'UTC' AS n,
               date_trunc('day', now() AT TIME ZONE 'UTC' - interval '4 hours') + interval '4 hours' AS d) t")

# pgbench scripts: the statements as the app writes them (from its SQL log, see docs/PERFORMANCE.md), with the
# values it binds. The reference for a review is the review's own work (read the card with any earlier result of
# the review id, then update the card and append the log row in one statement, both in autocommit); for the next card, the queue's query on its own ("bare"), and the
# request's SQL (the queue's statement with the day's counts) as a second, informative figure. Both leave out the
# sign-in that the app folds into its first statement (signin/JoinedSignIn): the app does that work on top.
cat >"$OUT/pgbench/review.sql" <<SQL
\set u random($REVIEW_LO, $((REVIEW_LO + SET - 1)))
\set cid (:u - 100001) * $CARDS + random(1, $CARDS)
\set rating random(1, 4)
\set days random(1, 60)
\set r1 random(0, 4611686018427387903)
\set r2 random(0, 4611686018427387903)
SELECT c.xmin::text AS version, c.user_id, c.suspended, c.requeued, c.state, c.due, c.stability, c.difficulty, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.last_review, l.card_id AS earlier_card_id, l.review_id, l.state_after, l.due_after, l.scheduled_days AS earlier_days, l.stability_after, l.difficulty_after, l.retrievability FROM (SELECT :cid::bigint AS card_id, (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid AS review_id) wanted LEFT JOIN card c ON c.id = wanted.card_id LEFT JOIN review_log l ON l.review_id = wanted.review_id \gset c_
WITH updated AS (UPDATE card SET state = CASE WHEN :rating > 1 THEN 'review' ELSE 'relearning' END, due = :now::timestamptz + make_interval(days => :days), stability = :c_stability::float8 * 1.3 + 0.5, difficulty = greatest(:c_difficulty::float8, 5), scheduled_days = :days, learning_steps = 0, reps = :c_reps + 1, lapses = :c_lapses, last_review = :now, requeued = false WHERE id = :cid AND xmin = :c_version::xid RETURNING id, user_id) INSERT INTO review_log (review_id, card_id, user_id, rating, reviewed_at, elapsed_days, duration_ms, state_before, state_after, stability_before, stability_after, difficulty_before, difficulty_after, retrievability, scheduled_days, due_after, card_before) SELECT (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, id, user_id, :rating, :now, 3, 4000, :c_state, CASE WHEN :rating > 1 THEN 'review' ELSE 'relearning' END, :c_stability, :c_stability::float8 * 1.3 + 0.5, :c_difficulty, greatest(:c_difficulty::float8, 5), 0.9, :days, :now::timestamptz + make_interval(days => :days), :before::jsonb FROM updated;
SQL
cat >"$OUT/pgbench/next-card.sql" <<SQL
\set u random($READER_LO, $((READER_LO + SET - 1)))
select c1_0.id,c1_0.added_at,c1_0.bank_id,c1_0.difficulty,c1_0.due,c1_0.lapses,c1_0.last_review,c1_0.learning_steps,c1_0.question_key,c1_0.reps,c1_0.requeued,c1_0.scheduled_days,c1_0.stability,c1_0.state,c1_0.user_id from card c1_0 where c1_0.user_id=:u and c1_0.state in ('learning','relearning') and c1_0.due<=:now and c1_0.bank_id=:bank order by c1_0.due,c1_0.id offset 0 rows fetch first 1 rows only;
SQL
# the app's own statement for a next card with the day's counts (review/ReviewQueue.java, one bank), which it runs
# with the generic plan (database/NamedSql.java): PGOPTIONS in pg() does the same for this script
cat >"$OUT/pgbench/next-counts.sql" <<SQL
\set u random($READER_LO, $((READER_LO + SET - 1)))
\set perday 20
WITH held AS (SELECT x.id AS exam_id, b.id AS bank_id FROM (SELECT id, bank_id FROM attempt WHERE user_id = :u AND mode = 'exam' AND finished_at IS NULL AND (expires_at IS NULL OR expires_at > (:now)::timestamptz)) x JOIN bank eb ON eb.id = x.bank_id JOIN bank b ON COALESCE(b.family_id, b.id) = COALESCE(eb.family_id, eb.id)), new_left AS ( SELECT GREATEST(0, :perday - (SELECT count(*) FROM review_log WHERE user_id = :u AND state_before = 'new' AND reviewed_at >= (:day_start)::timestamptz AND (card_before ->> 'requeued') IS DISTINCT FROM 'true')) AS n) , chosen AS (SELECT c.* FROM card c WHERE c.id = COALESCE((SELECT c.id FROM card c WHERE c.user_id = :u AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held) AND c.bank_id = (SELECT id FROM bank WHERE slug = :bankslug) AND c.state IN ('learning', 'relearning') AND c.due <= (:now)::timestamptz ORDER BY c.due, c.id LIMIT 1), (SELECT c.id FROM card c WHERE c.user_id = :u AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held) AND c.bank_id = (SELECT id FROM bank WHERE slug = :bankslug) AND (c.state = 'review' OR c.requeued) AND c.due <= (:now)::timestamptz ORDER BY c.due, c.id LIMIT 1), (SELECT c.id FROM card c WHERE c.user_id = :u AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held) AND c.bank_id = (SELECT id FROM bank WHERE slug = :bankslug) AND c.state = 'new' AND NOT c.requeued AND c.added_at <= (:now)::timestamptz AND (SELECT n FROM new_left) > 0 ORDER BY c.added_at, c.id LIMIT 1))) SELECT (SELECT id FROM bank WHERE slug = :bankslug) AS bank_check, ch.id AS card_id, b.slug AS bank, b.title AS bank_title, q.id AS question_row_id, ch.state, ch.due, ch.stability, ch.difficulty, ch.scheduled_days, ch.learning_steps, ch.reps, ch.lapses, ch.last_review, ch.requeued, (SELECT count(*) FROM card c WHERE c.user_id = :u AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held) AND c.bank_id = (SELECT id FROM bank WHERE slug = :bankslug) AND c.state IN ('learning', 'relearning') AND c.due <= (:next_start)::timestamptz) AS learning_count, (SELECT count(*) FROM card c WHERE c.user_id = :u AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held) AND c.bank_id = (SELECT id FROM bank WHERE slug = :bankslug) AND (c.state = 'review' OR c.requeued) AND c.due <= (:next_start)::timestamptz) AS due_count, (SELECT count(*) FROM (SELECT 1 FROM card c WHERE c.user_id = :u AND NOT c.suspended AND c.bank_id NOT IN (SELECT bank_id FROM held) AND c.bank_id = (SELECT id FROM bank WHERE slug = :bankslug) AND c.state = 'new' AND NOT c.requeued AND c.added_at <= (:now)::timestamptz ORDER BY c.added_at, c.id LIMIT (SELECT n FROM new_left)) AS new_today) AS new_count FROM (SELECT 1) AS one LEFT JOIN chosen ch ON true LEFT JOIN bank b ON b.id = ch.bank_id LEFT JOIN question q ON q.bank_id = ch.bank_id AND q.question_key = ch.question_key AND q.is_current;
SQL
BEFORE='{"due": "2027-03-22T04:08:18.702Z", "reps": 18, "state": "review", "lapses": 2, "requeued": false, "stability": 117.65761417, "difficulty": 8.53717737, "lastReview": "2026-11-01T04:08:18.702Z", "learningSteps": 0, "scheduledDays": 113}'

RESULTS=$OUT/results.tsv
: >"$RESULTS"
# pg NAME CLIENTS SECONDS [record]: pgbench -M prepared with a per-transaction log; records tps, p50, p99
pg() {
  local name=$1 c=$2 secs=$3 record=${4:-1} prefix=$OUT/pgbench/log-$1-$2
  rm -f "$prefix".*
  local plans=; [ "$name" = next-counts ] && plans="-c plan_cache_mode=force_generic_plan"
  PGOPTIONS="$plans" pgbench -n -M prepared -c "$c" -j "$THREADS" -T "$secs" -f "$OUT/pgbench/$name.sql" --log --log-prefix="$prefix" \
    -D "now=$NOW" -D "day_start=$DAY_START" -D "next_start=$NEXT_START" -D "bank=$BANK_ID" -D "before=$BEFORE" -D bankslug=bench-cards \
    "$DB" >"$OUT/pgbench/$name-$c.out" 2>"$OUT/pgbench/$name-$c.err" || { cat "$OUT/pgbench/$name-$c.err" >&2; exit 1; }
  [ "$record" = 1 ] || return 0
  awk '{print $3}' "$prefix".* | sort -n | awk -v name="$name" -v c="$c" -v secs="$secs" '
    { a[NR] = $1 } function p(q,  i) { i = int(NR * q + 0.999999); if (i < 1) i = 1; return a[i] / 1000 }
    END { printf "pg\t%s\t%d\t%.1f\t%.2f\t%.2f\t%d\t0\n", name, c, NR / secs, p(0.50), p(0.99), 0 }' >>"$RESULTS"
  rm -f "$prefix".*
}
# app ROUTE CLIENTS SECONDS [record] [requests file] [mode]: wrk; records req/s, p50, p99, unexpected statuses
app() {
  local route=$1 c=$2 secs=$3 record=${4:-1} file=${5:-$OUT/req/$1.tsv} mode=${6:-rand} out
  out=$OUT/wrk-$route-$c${4:+-$4}.txt
  local cpu0; cpu0=$(cpu_ticks)
  wrk -t "$THREADS" -c "$c" -d "${secs}s" --latency --timeout 10s -s bench/wrk/requests.lua "$BASE" \
    -- "$file" "$mode" "$THREADS" 200 >"$out" 2>&1 || { cat "$out" >&2; exit 1; }
  local cpu=$(( $(cpu_ticks) - cpu0 ))
  [ "$record" = 1 ] || return 0
  awk -v route="$route" -v c="$c" -v cpu="$cpu" -v hz="$(getconf CLK_TCK)" '/^RESULT/ {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "app\t%s\t%d\t%.1f\t%.2f\t%.2f\t%d\t%.2f\n", route, c, v["rps"], v["p50_ms"], v["p99_ms"],
      v["unexpected"] + v["socket_errors"] + v["timeouts"], cpu * 1000 / hz / v["requests"] }' "$out" >>"$RESULTS"
  grep -h '^UNEXPECTED' "$out" | sed "s/^/$route, $c clients: /" >&2 || true
}
# CPU time (user + system, in clock ticks) the app's JVM has used so far
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
last_rps() { awk -F'\t' -v r="$1" '$1 == "app" && $2 == r { x = $4 } END { print x + 0 }' "$RESULTS"; }
# quiz answers can be sent once each: fresh practice quizzes, sized from the last measured rate
quiz_items() { # count file
  python3 bench/clients.py "$BASE" "$PASSWORD" "$OUT/req" quiz-items "$1" "$2" >>"$OUT/progress.log"
}

[ "${PROFILE:-0}" = 1 ] && jcmd "$app_pid" JFR.start name=bench settings=profile >/dev/null
ROUTES=(review-cookie review-bearer review-basic next-card quiz-answer home quiz-page)
say "warm-up: $WARMUP s per route at 8 clients, pgbench $WARMUP s per script"
for s in review next-card next-counts; do pg "$s" 8 "$WARMUP" 0; done
quiz_items $((WARMUP * 400)) "$OUT/req/quiz-warmup.tsv"
for r in "${ROUTES[@]}"; do
  if [ "$r" = quiz-answer ]; then app "$r" 8 "$WARMUP" warmup "$OUT/req/quiz-warmup.tsv" seq
  else app "$r" 8 "$WARMUP" warmup; fi
done
warm_quiz_rps=$(awk '/^RESULT/ { split($4, kv, "="); print kv[2] }' "$OUT/wrk-quiz-answer-8-warmup.txt")

for c in $CLIENTS; do
  say "$c clients: pgbench"
  for s in review next-card next-counts; do pg "$s" "$c" "$DURATION"; done
  say "$c clients: the app"
  for r in "${ROUTES[@]}"; do
    if [ "$r" = quiz-answer ]; then
      rate=$(last_rps quiz-answer)
      [ "${rate%.*}" -ge "${warm_quiz_rps%.*}" ] || rate=$warm_quiz_rps
      # three times the last rate (or the warm-up's, when higher), since more clients may answer faster: with tiered
      # compilation 32 clients answered 2.3 times as fast as 8, and a line sent twice is refused (409)
      quiz_items $(( (${rate%.*} + 50) * DURATION * 3 )) "$OUT/req/quiz-$c.tsv"
      app "$r" "$c" "$DURATION" 1 "$OUT/req/quiz-$c.tsv" seq
    else
      app "$r" "$c" "$DURATION"
    fi
  done
done
rss_kb=$(ps -o rss= -p "$app_pid" | tr -d ' ')
say "resident memory after the load: $((rss_kb / 1024)) MB"
# the process's own view of its heap, for the record
jcmd "$app_pid" GC.heap_info >"$OUT/heap-after-load.txt" 2>&1 || true
# and, when APP_COMMAND turned on -XX:NativeMemoryTracking=summary, where the rest of the resident memory goes
case "${APP_COMMAND:-}" in *NativeMemoryTracking*) jcmd "$app_pid" VM.native_memory summary >"$OUT/native-memory.txt" 2>&1 || true ;; esac
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$app_pid" JFR.stop name=bench filename="$OUT/load.jfr" >/dev/null
  # top frames of the execution samples, and the application's own frames (org.tarikh) anywhere in the stack
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$OUT/load.jfr" | python3 -c '
import collections, re, sys
top, own, n, first = collections.Counter(), collections.Counter(), 0, True
for block in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+\(.*?\))\s+line:", block, re.M)
    if not frames: continue
    n += 1; top[frames[0]] += 1
    for f in dict.fromkeys(x for x in frames if x.startswith("org.tarikh")): own[f] += 1
print(f"{n} samples\n\ntop frames:")
for f, k in top.most_common(25): print(f"{100 * k / n:5.1f}%  {f}")
print("\napplication frames anywhere in the stack (inclusive):")
for f, k in own.most_common(30): print(f"{100 * k / n:5.1f}%  {f}")
' >"$OUT/hot-methods.txt" || true
fi

# ------------------------------------------------------------------------------------------------ 4. class report
say "class report, 500 x 50, $CLASS_RUNS runs, in the same database and app"
EXISTING=1 DB=$DB PORT=$PORT RUNS=$CLASS_RUNS bench/class-report.sh | tee "$OUT/class-report.txt"
class_median=$(grep -o 'median [0-9]* ms' "$OUT/class-report.txt" | grep -o '[0-9]*' || echo '?')

# ------------------------------------------------------------------------------------------------ SQL per request
# one request per route with PostgreSQL's log_statement = all (a new app process, so that its connections take
# the setting; each request is sent before, so that caches are warm)
stop_app
statements=$OUT/statements.txt
: >"$statements"
if [ -r "$PGLOG" ]; then
  say "SQL statements per request (log_statement)"
  q -d postgres -c "ALTER DATABASE $DB SET log_statement = 'all'"
  start_app "$PORT" "$DB" "$OUT/app-sql.log"
  wait_ready "$PORT" 180 || { echo "the app did not start:" >&2; tail -30 "$OUT/app-sql.log" >&2; exit 1; }
  quiz_items 50 "$OUT/req/quiz-sql.tsv"
  for r in "${ROUTES[@]}"; do
    file=$OUT/req/$r.tsv; n1=1; n2=2
    [ "$r" = quiz-answer ] && file=$OUT/req/quiz-sql.tsv  # line 2: another question of the same quiz
    send_line "$file" $n1 >/dev/null; send_line "$file" $n1 >/dev/null
    # the counted line's own caches warm too (the next card's front is kept per question), but a quiz item can
    # be answered only once
    [ "$r" = quiz-answer ] || send_line "$file" $n2 >/dev/null
    sleep 0.3
    off=$(stat -c %s "$PGLOG")
    status=$(send_line "$file" $n2)
    sleep 0.5
    tail -c +$((off + 1)) "$PGLOG" | grep -a "@$DB " >"$OUT/sql-$r.log" || true
    n=$(grep -ac 'LOG:  \(execute [^:]*\|statement\): .*[^[:space:]]' "$OUT/sql-$r.log" || true)
    printf '%s\t%s\t%s\n' "$r" "$n" "$status" >>"$statements"
  done
  q -d postgres -c "ALTER DATABASE $DB RESET log_statement"
  stop_app
else
  say "no PostgreSQL log readable at $PGLOG: statements per request not counted"
fi

# ------------------------------------------------------------------------------------------------ 5. report
total_s=$(( $(date +%s) - t0 ))
python3 bench/report.py "$RESULTS" "$statements" "$startup_ms" "$rss_kb" "$class_median" "$total_s" \
  "$LEARNERS" "$((LEARNERS * CARDS))" "$LOGS" "$DURATION" "$SET" "$(readme_command)" "$QUICK" >"$OUT/report.md"
cat "$OUT/report.md"
say "done; report in $OUT/report.md"
