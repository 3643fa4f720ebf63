#!/usr/bin/env bash
# The class report (GET /api/v1/classes/{id}/report) for a class of 500 students who each finished one quiz of
# the same 50 questions (25,000 answered items) and studied 50 cards each (25,000 cards): end-to-end over HTTP,
# against the packaged app, so the numbers include every SQL query, the JSON and the network stack.
#
# Steps: a fresh database; the app started on it (Flyway builds the schema); a teacher registered through the
# API; the class, bank, attempts, items and cards generated in SQL; then RUNS timed requests with the teacher's
# sign-in cookie (no bcrypt per request), printing min / median / p95 / max, and the time of each report query
# from the database's own statistics (pg_stat_statements is not needed: EXPLAIN ANALYZE of the item query).
#
# Usage:   ./mvnw -B -ntp package -DskipTests && bench/class-report.sh
# Options (environment): DB=tarikh_bench_report  PORT=8089  RUNS=30  STUDENTS=500  QUESTIONS=50  KEEP=1
#   EXISTING=1: use the app already running on PORT and its database DB (bench/run.sh does, so the class sits in
#   its large database); nothing is created, started or dropped but the class's rows. Run again on a database that
#   already holds the class (KEEP=1 ... bench/run.sh, then the app started on it), it times that class's report.
# The app is started with the run command of README.md. Talks to PostgreSQL on 127.0.0.1:5432 as postgres
# (trust auth). About one minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tarikh_bench_report}
PORT=${PORT:-8089}
RUNS=${RUNS:-30}
STUDENTS=${STUDENTS:-500}
QUESTIONS=${QUESTIONS:-50}
KEEP=${KEEP:-0}
EXISTING=${EXISTING:-0}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=$DB
case $DB in *bench*) ;; *) echo "DB must contain 'bench' (it is dropped and recreated): $DB" >&2; exit 2 ;; esac
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }
source bench/lib.sh

work=$(mktemp -d /tmp/class-report-bench.XXXXXX)
app_pid=
cleanup() {
  stop_app
  rm -rf "$work"
  if [ "$EXISTING" = 1 ]; then :
  elif [ "$KEEP" = 1 ]; then echo "kept database $DB"; else dropdb --if-exists --force "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

echo "# Class report benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "host: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql -X -At -d postgres -c 'select version()' | cut -d, -f1)"
echo "class: $STUDENTS students x $QUESTIONS questions"

base=http://127.0.0.1:$PORT
if [ "$EXISTING" != 1 ]; then
  dropdb --if-exists --force "$DB" 2>/dev/null || true
  createdb "$DB"
  [ -n "${JIT:-}" ] && q -d "$DB" -c "ALTER DATABASE $DB SET jit = $JIT"
  [ -n "${LOG_STATEMENTS:-}" ] && q -d "$DB" -c "ALTER DATABASE $DB SET log_min_duration_statement = 20"
  start_app "$PORT" "$DB" "$work/app.log"
  wait_ready "$PORT" 120 || { echo "the app did not start:"; tail -20 "$work/app.log"; exit 1; }
fi

password=bench-password-0123
find_class() { psql -X -At -c "select id from school_class where join_code = 'BENCHX'"; }
class_id=$(find_class)
if [ -n "$class_id" ]; then
  echo "the class is already in $DB (id $class_id): nothing generated, its report timed again"
else
  curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"bench-teacher\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/register" >/dev/null
  q -c "UPDATE app_user SET role = 'teacher' WHERE username = 'bench-teacher'"

  t0=$(date +%s.%N)
  q <<SQL
BEGIN;
INSERT INTO app_user (username, display_name, password_hash, role, desired_retention, new_cards_per_day, created_at)
SELECT 'student-' || s, 'Student ' || s, 'x', 'learner', 0.9, 20, now() FROM generate_series(1, $STUDENTS) s;
INSERT INTO bank (slug, title, description, owner_id)
SELECT 'bench-bank', 'Benchmark bank', '', id FROM app_user WHERE username = 'bench-teacher';
INSERT INTO question (bank_id, question_key, version, type, topic, prompt, content, is_current)
SELECT b.id, 'q' || n, 1, 'single', 'topic-' || (n % 5), 'Question ' || n || '?',
       jsonb_build_object('id', 'q' || n, 'type', 'single', 'topic', 'topic-' || (n % 5), 'prompt', 'Question ' || n || '?',
                          'choices', jsonb_build_array('right', 'wrong a', 'wrong b', 'wrong c'), 'answer', 'right'), true
FROM bank b, generate_series(1, $QUESTIONS) n WHERE b.slug = 'bench-bank';
CREATE TEMP TABLE class_question AS
SELECT q.* FROM question q JOIN bank b ON b.id = q.bank_id WHERE b.slug = 'bench-bank';
INSERT INTO school_class (name, join_code, teacher_id, created_at)
SELECT 'Benchmark class', 'BENCHX', id, now() - interval '30 days' FROM app_user WHERE username = 'bench-teacher';
INSERT INTO class_member (class_id, user_id, joined_at)
SELECT c.id, u.id, now() - interval '30 days' FROM school_class c, app_user u WHERE c.join_code = 'BENCHX' AND u.username LIKE 'student-%';
INSERT INTO assignment (class_id, bank_id, kind, question_count, due_at, created_at)
SELECT c.id, b.id, 'quiz', $QUESTIONS, now() + interval '7 days', now() - interval '29 days'
FROM school_class c, bank b WHERE c.join_code = 'BENCHX' AND b.slug = 'bench-bank';
-- one finished attempt per student; each learner has an ability, each question a difficulty
CREATE TEMP TABLE ability AS SELECT u.id AS user_id, random() AS a FROM app_user u WHERE u.username LIKE 'student-%';
INSERT INTO attempt (id, user_id, bank_id, mode, started_at, finished_at, score, max_score)
SELECT gen_random_uuid(), a.user_id, b.id, 'practice', now() - interval '2 days', now() - interval '2 days' + interval '20 minutes', 0, $QUESTIONS
FROM ability a, bank b WHERE b.slug = 'bench-bank';
-- the choice picked is stored twice, as the app stores it: by its opaque id in the response, by its index in picked
INSERT INTO attempt_item (attempt_id, position, question_id, public_id, delivery, response, picked, score, answered_at)
SELECT t.id, q.n, q.id, substr(md5(t.id::text || '/' || q.n), 1, 12),
       '{"choices":[{"id":"c0","index":0},{"id":"c1","index":1},{"id":"c2","index":2},{"id":"c3","index":3}],"items":[],"left":[],"right":[]}'::jsonb,
       jsonb_build_object('choice', 'c' || p.choice), ARRAY[p.choice], CASE WHEN p.choice = 0 THEN 1 ELSE 0 END, t.finished_at
FROM attempt t JOIN ability a ON a.user_id = t.user_id
CROSS JOIN LATERAL (SELECT id, row_number() OVER (ORDER BY id) AS n FROM class_question) q
CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.2 + 0.7 * a.a - 0.3 * (q.n::float / $QUESTIONS) THEN 0
                                 ELSE 1 + floor(random() * 3)::int END AS choice) p;
UPDATE attempt t SET score = s.total FROM (SELECT attempt_id, sum(score) AS total FROM attempt_item GROUP BY attempt_id) s
WHERE s.attempt_id = t.id;
INSERT INTO card (user_id, bank_id, question_key, state, due, stability, difficulty, reps, last_review, added_at)
SELECT a.user_id, q.bank_id, q.question_key, 'review', now() + (random() * 10 - 3) * interval '1 day',
       1 + random() * 30, 5, 3, now() - random() * interval '10 days', now() - interval '20 days'
FROM ability a CROSS JOIN class_question q;
COMMIT;
VACUUM ANALYZE app_user, bank, question, school_class, class_member, assignment, attempt, attempt_item, card;
SQL
  echo "data generated in $(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)") s: $(psql -X -At -c 'select count(*) from attempt_item') items, $(psql -X -At -c 'select count(*) from card') cards"
  class_id=$(find_class)
fi

signin_cookie "$base" bench-teacher "$password" "$work/cookies"
url="$base/api/v1/classes/$class_id/report"
curl -fs -b "$work/cookies" "$url" -o "$work/report.json"
python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"report: {len(r['students'])} students, {len(r['items'])} items; "
      f"first item facility {r['items'][0]['facility']}, discrimination {r['items'][0]['discrimination']}, "
      f"picks {[c['picked'] for c in r['items'][0]['choices']]}")
PY
for _ in 1 2 3; do curl -fs -b "$work/cookies" -o /dev/null "$url"; done   # warm-up
for _ in $(seq 1 "$RUNS"); do curl -fs -b "$work/cookies" -o /dev/null -w '%{time_total}\n' "$url"; done > "$work/times"
sort -n "$work/times" | awk -v runs="$RUNS" '{ t[NR] = $1 * 1000 } END {
  p95 = int(runs * 0.95 + 0.999); if (p95 > runs) p95 = runs;
  printf "GET report, %d runs: min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms\n", runs, t[1], t[int((runs + 1) / 2)], t[p95], t[runs] }'
