#!/usr/bin/env bash
# The flashcard review queue at the database level, with 1,000,000 cards (1000 users x 1000 cards) and
# 2,000,000 review_log rows. No app, no Maven: a fresh database built from the Flyway migrations with psql,
# data made with generate_series, then
#   (a) EXPLAIN (ANALYZE, BUFFERS) of the four next-card queries (ReviewQueue.next), literal and generic plans,
#       each checked for the partial index it should read;
#   (b) pgbench latency (custom scripts, random user per transaction, prepared statements as the JDBC driver
#       uses them): floor (same round trips, no work), next-card (the four queue queries, worst case), review
#       (ReviewService.review), and the whole next-card request (queue + counts), with avg/p50/p95/p99/max
#       from the per-transaction log.
# Results and their reading: docs/review-queue.md
#
# Usage:   bench/review-queue.sh
# Options (environment): DB=tarikh_bench  DURATION=30 (s per latency run)  STATEMENTS_DURATION=10 (s per -r run)
#                        CLIENTS=2  KEEP=1 (keep the database)
#                        PAGE=0 (skip the queue+counts run)  EXPLAIN_UID=500
# Talks only to PostgreSQL on 127.0.0.1:5432 as postgres (trust auth). About 3.5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-tarikh_bench}
DURATION=${DURATION:-30}
STATEMENTS_DURATION=${STATEMENTS_DURATION:-10}
CLIENTS=${CLIENTS:-2}
KEEP=${KEEP:-0}
PAGE=${PAGE:-1}
EXPLAIN_UID=${EXPLAIN_UID:-500}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=$DB
# bounds every statement (generation, VACUUM, EXPLAIN): the script cannot hang on the database
export PGOPTIONS='-c statement_timeout=240s'

case $DB in *bench*) ;; *) echo "DB must contain 'bench' (it is dropped and recreated): $DB" >&2; exit 2 ;; esac
for tool in psql createdb dropdb pgbench; do
  command -v $tool >/dev/null || { echo "missing $tool (Debian: apt-get install postgresql-client-15 / postgresql-contrib)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/review-queue-bench.XXXXXX)
cleanup() {
  rm -rf "$work"
  if [ "$KEEP" = 1 ]; then echo "kept database $DB (dropdb -h 127.0.0.1 -U postgres $DB)"
  else dropdb --if-exists --force "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT

q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 )) s"; }

echo "# Review queue benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "host: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $(psql -X -At -d postgres -c 'show server_version') (shared_buffers $(psql -X -At -d postgres -c 'show shared_buffers'))"
echo "pgbench: $(pgbench --version)"

# ---------------------------------------------------------------- schema: the Flyway migrations, in order
dropdb --if-exists "$DB"
createdb "$DB"
mapfile -t migrations < <(ls src/main/resources/db/migration/V*__*.sql | sort -V)
for m in "${migrations[@]}"; do q -1 -f "$m"; done
echo; echo "## Schema"; echo "applied: ${migrations[*]##*/}"

# ---------------------------------------------------------------- data
# Cards: id = (user_id - 1) * 1000 + k for question k, but inserted in a scattered order ((i * 7919) mod 10^6
# is a permutation), so one user's cards lie all over the heap, as after months of non-HOT updates.
# Bulk load, to stay within the time budget (about 55 s instead of 100 s on the busy 2-core machine):
# - review_log's secondary indexes and unique constraint are dropped and re-created after the load from their
#   own definitions (pg_get_indexdef / pg_get_constraintdef), and checked identical at the end. card's indexes
#   are left alone: the deparsed predicate of card_learning_due (state IN (...)) does not re-create identically;
# - FK triggers are skipped during the load only (session_replication_role); the rows are consistent by
#   construction, and checked below. CHECK constraints stay on.
q <<'SQL'
\o /dev/null
SET synchronous_commit = off;
SET session_replication_role = replica;
SET work_mem = '64MB';
SET maintenance_work_mem = '256MB';
SELECT setseed(0.1125);

CREATE TEMP TABLE index_defs_before AS
SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def
FROM pg_index WHERE indrelid IN ('card'::regclass, 'review_log'::regclass);
CREATE TEMP TABLE saved_ddl AS
SELECT 1 AS pass, format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS ddl,
       format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS undo
FROM pg_constraint WHERE conrelid = 'review_log'::regclass AND contype = 'u'
UNION ALL
SELECT 2, pg_get_indexdef(i.indexrelid), format('DROP INDEX %s', i.indexrelid::regclass)
FROM pg_index i WHERE i.indrelid = 'review_log'::regclass
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT undo FROM saved_ddl ORDER BY pass DESC \gexec

INSERT INTO app_user (id, username, display_name, password_hash)
SELECT u, 'bench' || lpad(u::text, 4, '0'), 'Bench user ' || u, '$2a$10$benchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenc'
FROM generate_series(1, 1000) u;

INSERT INTO bank (id, slug, title) VALUES (1, 'bench', 'Benchmark bank');

INSERT INTO question (bank_id, question_key, version, type, topic, prompt, content)
SELECT 1, 'q' || lpad(k::text, 4, '0'), 1, 'single', 'topic-' || (k % 20), 'Benchmark question ' || k || '?', '{}'::jsonb
FROM generate_series(1, 1000) k;

-- state mix per card: 20 % new (1 in 100 of them requeued by a missed quiz question), 3.5 % learning,
-- 1.5 % relearning, 75 % review. Review cards are due from 30 days ago to 365 days ahead, learning and
-- relearning cards within a day either side of now (their steps are minutes to hours), new cards "due" when added.
INSERT INTO card (id, user_id, bank_id, question_key, state, due, stability, difficulty, scheduled_days,
                  learning_steps, reps, lapses, last_review, requeued, added_at)
SELECT id, u, 1, 'q' || lpad(k::text, 4, '0'), state,
       due, stability, difficulty, sched, CASE WHEN state IN ('learning', 'relearning') THEN 1 ELSE 0 END,
       CASE WHEN state = 'new' THEN 0 ELSE 1 + (r3 * 20)::int END,
       CASE WHEN state = 'relearning' THEN 1 + (r3 * 3)::int WHEN state = 'review' THEN (r3 * 2)::int ELSE 0 END,
       CASE WHEN state = 'new' THEN NULL ELSE due - make_interval(days => greatest(sched, 1)) END,
       requeued, added_at
FROM (
  SELECT id, u, k, state, requeued, r3, added_at,
         CASE state WHEN 'review' THEN now() - interval '30 days' + r2 * interval '395 days'
                    WHEN 'new' THEN CASE WHEN requeued THEN now() - r2 * interval '1 day' ELSE added_at END
                    ELSE now() - interval '1 day' + r2 * interval '2 days' END AS due,
         CASE WHEN state = 'new' THEN 0 ELSE 0.5 + r3 * 100 END AS stability,
         CASE WHEN state = 'new' THEN 0 ELSE 1 + r2 * 9 END AS difficulty,
         CASE WHEN state = 'review' THEN 1 + (r3 * 100)::int ELSE 0 END AS sched
  FROM (
    SELECT j + 1 AS id, j / 1000 + 1 AS u, j % 1000 + 1 AS k,
           CASE WHEN r < 0.20 THEN 'new' WHEN r < 0.235 THEN 'learning' WHEN r < 0.25 THEN 'relearning'
                ELSE 'review' END AS state,
           r < 0.002 AS requeued, r2, r3,
           now() - interval '400 days' + r2 * interval '400 days' AS added_at
    FROM (SELECT (i::bigint * 7919) % 1000000 AS j, random() AS r, random() AS r2, random() AS r3
          FROM generate_series(0, 999999) i) g
  ) a
) b;

-- 2,000,000 reviews over the past year, appended in time order as the app appends them (so one user's rows
-- are scattered over the heap); random user and card, 10 % of them a new card's first review.
INSERT INTO review_log (id, review_id, card_id, user_id, rating, reviewed_at, elapsed_days, duration_ms,
                        state_before, state_after, stability_before, stability_after, difficulty_before,
                        difficulty_after, retrievability, scheduled_days, due_after, card_before)
SELECT n + 1, gen_random_uuid(), (u - 1) * 1000 + 1 + floor(r * 1000)::int, u, rating, at, (r * 30)::int,
       2000 + (r * 20000)::int,
       sb, CASE WHEN rating = 1 AND sb IN ('review', 'relearning') THEN 'relearning'
                WHEN rating = 1 THEN 'learning' ELSE 'review' END,
       r * 50, r * 60, 5, 5, 0.9, (r * 60)::int, at + make_interval(days => (r * 60)::int), '{}'::jsonb
FROM (
  SELECT n, u, r, at, 1 + floor(r3 * 4)::int AS rating,
         CASE WHEN r2 < 0.10 THEN 'new' WHEN r2 < 0.20 THEN 'learning' WHEN r2 < 0.25 THEN 'relearning'
              ELSE 'review' END AS sb
  FROM (SELECT n, 1 + floor(random() * 1000)::int AS u, random() AS r, random() AS r2, random() AS r3,
               now() - interval '365 days' + (n + random()) * (interval '365 days' / 2000000) AS at
        FROM generate_series(0, 1999999) n) g
) a;

SELECT setval(pg_get_serial_sequence(t, 'id'), m)
FROM (VALUES ('app_user', 1000), ('bank', 1), ('question', 1000), ('card', 1000000), ('review_log', 2000000)) v(t, m);

SELECT ddl FROM saved_ddl ORDER BY pass \gexec
\o
DO $$ BEGIN
  IF EXISTS ((SELECT name, def FROM index_defs_before
              EXCEPT SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
                     WHERE indrelid IN ('card'::regclass, 'review_log'::regclass))
             UNION ALL
             (SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
              WHERE indrelid IN ('card'::regclass, 'review_log'::regclass)
              EXCEPT SELECT name, def FROM index_defs_before)) THEN
    RAISE EXCEPTION 'the indexes of card and review_log differ from the migrations';
  END IF;
END $$;
\echo 'indexes of review_log re-created; card and review_log indexes checked identical to the migrations'
SQL
echo; echo "## Data"
echo "generated in $(elapsed)"
q -c 'VACUUM ANALYZE'
echo "VACUUM ANALYZE done at $(elapsed)"
q -At -F ' | ' <<'SQL'
SELECT 'users', count(*) FROM app_user UNION ALL
SELECT 'questions', count(*) FROM question UNION ALL
SELECT 'cards ' || state || CASE WHEN requeued THEN ' (requeued)' ELSE '' END, count(*) FROM card GROUP BY state, requeued UNION ALL
SELECT 'cards due now (learning/relearning)', count(*) FROM card WHERE state IN ('learning', 'relearning') AND due <= now() UNION ALL
SELECT 'cards due now (review or requeued)', count(*) FROM card WHERE (state = 'review' OR requeued) AND due <= now() UNION ALL
SELECT 'review_log rows', count(*) FROM review_log UNION ALL
SELECT 'cards without their user (must be 0)', count(*) FROM card c WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = c.user_id) UNION ALL
SELECT 'log rows without their card (must be 0)', count(*) FROM review_log l WHERE NOT EXISTS (SELECT 1 FROM card c WHERE c.id = l.card_id AND c.user_id = l.user_id)
ORDER BY 1;
SELECT 'size of ' || relname || ' (with indexes)', pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class
WHERE relname IN ('card', 'review_log') ORDER BY 1;
SQL

# ---------------------------------------------------------------- the parameters the app binds
# ReviewQueue binds `now` (an Instant) and StudyDay.start(now): 04:00 of the current study day (UTC users);
# counts() binds StudyDay.nextStart(now). Fixed for the run, passed to pgbench as variables.
read -r NOW DAY_START NEXT_START < <(psql -X -At -F ' ' -c "SELECT to_char(n, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),
    to_char(d, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), to_char(d + interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
  FROM (SELECT now() AT TIME ZONE 'UTC' AS n,
               date_trunc('day', now() AT TIME ZONE 'UTC' - interval '4 hours') + interval '4 hours' AS d) t")
echo "now = $NOW, study day start = $DAY_START, next study day = $NEXT_START"

# ---------------------------------------------------------------- pgbench scripts
# Hibernate binds every value, LIMIT included (page(0, 1) -> "fetch first ? rows only"), and the JDBC driver
# switches to a server-side prepared statement after 5 uses: so -M prepared, and :lim rather than LIMIT 1.
cat >"$work/next-card.sql" <<'SQL'
\set uid random(1, 1000)
BEGIN;
SELECT * FROM card WHERE user_id = :uid AND state IN ('learning', 'relearning') AND due <= :now ORDER BY due, id LIMIT :lim;
SELECT * FROM card WHERE user_id = :uid AND (state = 'review' OR requeued) AND due <= :now ORDER BY due, id LIMIT :lim;
SELECT count(*) FROM review_log WHERE user_id = :uid AND state_before = 'new' AND reviewed_at >= :day_start;
SELECT * FROM card WHERE user_id = :uid AND state = 'new' AND NOT requeued AND added_at <= :now ORDER BY added_at, id LIMIT :lim;
COMMIT;
SQL

# ReviewService.review: lock the card, look up the review id, append the log row, update the card.
# The review id is a random UUID made from two random 63-bit numbers.
cat >"$work/review.sql" <<'SQL'
\set uid random(1, 1000)
\set cid (:uid - 1) * 1000 + random(1, 1000)
\set rating random(1, 4)
\set days random(1, 60)
\set r1 random(0, 4611686018427387903)
\set r2 random(0, 4611686018427387903)
BEGIN;
SELECT * FROM card WHERE id = :cid FOR UPDATE \gset c_
SELECT * FROM review_log WHERE review_id = (lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid;
INSERT INTO review_log (review_id, card_id, user_id, rating, reviewed_at, elapsed_days, duration_ms, state_before, state_after, stability_before, stability_after, difficulty_before, difficulty_after, retrievability, scheduled_days, due_after, card_before) VALUES ((lpad(to_hex(:r1::bigint), 16, '0') || lpad(to_hex(:r2::bigint), 16, '0'))::uuid, :cid, :uid, :rating, now(), 3, 4200, :c_state, CASE WHEN :rating::int > 1 THEN 'review' WHEN :c_state::text IN ('review', 'relearning') THEN 'relearning' ELSE 'learning' END, :c_stability, :c_stability::float8 * 1.3 + 0.5, :c_difficulty, :c_difficulty, 0.9, CASE WHEN :rating::int > 1 THEN :days::int ELSE 0 END, now() + CASE WHEN :rating::int > 1 THEN make_interval(days => :days::int) ELSE interval '10 minutes' END, jsonb_build_object('state', :c_state::text, 'due', :c_due::timestamptz, 'stability', :c_stability::float8, 'difficulty', :c_difficulty::float8, 'scheduledDays', :c_scheduled_days::int, 'learningSteps', :c_learning_steps::int, 'reps', :c_reps::int, 'lapses', :c_lapses::int, 'lastReview', now() - interval '3 days', 'requeued', :c_requeued::boolean));
UPDATE card SET state = CASE WHEN :rating::int > 1 THEN 'review' WHEN :c_state::text IN ('review', 'relearning') THEN 'relearning' ELSE 'learning' END, due = now() + CASE WHEN :rating::int > 1 THEN make_interval(days => :days::int) ELSE interval '10 minutes' END, stability = :c_stability::float8 * 1.3 + 0.5, difficulty = :c_difficulty, scheduled_days = CASE WHEN :rating::int > 1 THEN :days::int ELSE 0 END, learning_steps = 0, reps = reps + 1, lapses = lapses + CASE WHEN :rating::int = 1 THEN 1 ELSE 0 END, last_review = now(), requeued = false WHERE id = :cid;
COMMIT;
SQL

# The whole next-card request (StudyService.next): user lookup, the queue, then ReviewQueue.counts (three
# counts and the new-cards-started-today count again), in one transaction.
cat >"$work/next-page.sql" <<'SQL'
\set uid random(1, 1000)
BEGIN;
SELECT * FROM app_user WHERE username = 'bench' || lpad(:uid::text, 4, '0');
SELECT * FROM card WHERE user_id = :uid AND state IN ('learning', 'relearning') AND due <= :now ORDER BY due, id LIMIT :lim;
SELECT * FROM card WHERE user_id = :uid AND (state = 'review' OR requeued) AND due <= :now ORDER BY due, id LIMIT :lim;
SELECT count(*) FROM review_log WHERE user_id = :uid AND state_before = 'new' AND reviewed_at >= :day_start;
SELECT * FROM card WHERE user_id = :uid AND state = 'new' AND NOT requeued AND added_at <= :now ORDER BY added_at, id LIMIT :lim;
SELECT count(*) FROM card WHERE user_id = :uid AND state IN ('learning', 'relearning') AND due <= :next_start;
SELECT count(*) FROM card WHERE user_id = :uid AND (state = 'review' OR requeued) AND due <= :next_start;
SELECT count(*) FROM card WHERE user_id = :uid AND state = 'new' AND NOT requeued AND added_at <= :now;
SELECT count(*) FROM review_log WHERE user_id = :uid AND state_before = 'new' AND reviewed_at >= :day_start;
COMMIT;
SQL

# The floor on this machine: the same transaction shape (BEGIN, four statements, COMMIT) doing no work.
# What next-card costs above this line is the queries; the rest is round trips and CPU scheduling.
cat >"$work/floor.sql" <<'SQL'
\set uid random(1, 1000)
BEGIN;
SELECT :uid;
SELECT :uid;
SELECT :uid;
SELECT :uid;
COMMIT;
SQL

# Two runs per script: one with --log for the latency distribution, one shorter with -r for the per-statement
# averages. Not both in one run: with pgbench 15, -r together with --log writes wrong per-transaction times
# (the no-work script logged a 1 us median while its true average was 0.24 ms).
bench() { # name script seconds log|statements
  local name=$1 script=$2 secs=$3 mode=$4
  local args=(-n -M prepared -c "$CLIENTS" -j "$CLIENTS" -T "$secs" -f "$script"
              -D "now=$NOW" -D "day_start=$DAY_START" -D "next_start=$NEXT_START" -D lim=1)
  if [ "$mode" = log ]; then args+=(--log --log-prefix="$work/$name"); else args+=(-r); name=$name-r; fi
  pgbench "${args[@]}" "$DB" >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
}

# nearest-rank percentiles of the per-transaction latencies (3rd field of pgbench's log, in microseconds)
summary() { # name
  local name=$1 wall
  wall=$(awk '/^latency average/ {print $4}' "$work/$name.out")
  awk '{print $3}' "$work/$name".[0-9]* | sort -n | awk -v name="$name" -v wall="$wall" '
    { a[NR] = $1; s += $1 }
    function p(q,  i) { i = int(NR * q + 0.999999); if (i < 1) i = 1; return a[i] / 1000 }
    END { printf "| %s | %d | %.0f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", name, NR, NR / '"$DURATION"',
          s / NR / 1000, p(0.50), p(0.95), p(0.99), p(0.999), a[NR] / 1000, wall }'
}

# ---------------------------------------------------------------- warm-up (not reported): caches, then plans
bench warmup "$work/next-page.sql" 5 statements

# ---------------------------------------------------------------- (a) plans
explain_one() { # title expected-index sql-with-$n-parameters "(values)"
  local title=$1 index=$2 sql=$3 values=$4 plan generic
  plan=$(q -At -c "SET plan_cache_mode = force_custom_plan; PREPARE s AS $sql;
    EXPLAIN (ANALYZE, BUFFERS) EXECUTE s$values")
  generic=$(q -At -c "SET plan_cache_mode = force_generic_plan; PREPARE s AS $sql;
    EXPLAIN (ANALYZE, BUFFERS) EXECUTE s$values")
  echo; echo "### $title"; echo
  echo '```sql'; echo "$sql"; echo '```'
  for kind in custom generic; do
    local p; [ $kind = custom ] && p=$plan || p=$generic
    local verdict="uses $index: NO"
    grep -q "using $index\|on $index" <<<"$p" && verdict="uses $index: yes"
    grep -q 'Seq Scan' <<<"$p" && verdict="$verdict, SEQUENTIAL SCAN"
    echo "$kind plan ($verdict):"; echo '```'; echo "$p"; echo '```'
  done
}
echo; echo "## (a) Plans for user $EXPLAIN_UID"
echo "custom plan = planned for the bound values (the first 5 executions of a prepared statement);"
echo "generic plan = planned once for any values (what a server-side prepared statement usually settles on)."
explain_one "1. learning and relearning cards due" card_learning_due \
  "SELECT * FROM card WHERE user_id = \$1 AND state IN ('learning', 'relearning') AND due <= \$2 ORDER BY due, id LIMIT \$3" "($EXPLAIN_UID, '$NOW', 1)"
explain_one "2. review cards (and quiz misses) due" card_review_due \
  "SELECT * FROM card WHERE user_id = \$1 AND (state = 'review' OR requeued) AND due <= \$2 ORDER BY due, id LIMIT \$3" "($EXPLAIN_UID, '$NOW', 1)"
explain_one "3. new cards started today" review_log_by_user_time \
  "SELECT count(*) FROM review_log WHERE user_id = \$1 AND state_before = 'new' AND reviewed_at >= \$2" "($EXPLAIN_UID, '$DAY_START')"
explain_one "4. next new card" card_new_in_order \
  "SELECT * FROM card WHERE user_id = \$1 AND state = 'new' AND NOT requeued AND added_at <= \$2 ORDER BY added_at, id LIMIT \$3" "($EXPLAIN_UID, '$NOW', 1)"

# ---------------------------------------------------------------- (b) latency
echo; echo "## (b) Latency at the database: pgbench -M prepared, $CLIENTS clients, $DURATION s each (per-transaction log)"
runs=(floor next-card review)
[ "$PAGE" = 1 ] && runs+=(next-page)
for r in "${runs[@]}"; do bench "$r" "$work/$r.sql" "$DURATION" log; done
# (not for floor: -r reports its no-op statements at a few microseconds each, far below the real round trip)
for r in "${runs[@]:1}"; do bench "$r" "$work/$r.sql" "$STATEMENTS_DURATION" statements; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "avg to max: from the per-transaction log; last column: pgbench's own average (run time x clients / transactions),"
echo "a check on the log."
echo
echo "| script | transactions | tps | avg ms | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms | pgbench avg ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for r in "${runs[@]}"; do summary "$r"; done
p99=$(awk '{print $3}' "$work"/next-card.[0-9]* | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99+0.999999); print a[i]/1000}')
echo
if awk -v p="$p99" 'BEGIN {exit !(p < 5)}'; then echo "target next-card p99 < 5 ms: MET ($p99 ms)"
else echo "target next-card p99 < 5 ms: NOT MET ($p99 ms)"; fi
for r in "${runs[@]:1}"; do
  echo; echo "### $r: pgbench -r, $STATEMENTS_DURATION s (per-statement averages)"; echo '```'
  sed -n '/^transaction type/,$p' "$work/$r-r.out" | grep -v '^transaction type\|^scaling\|^query mode\|^number of clients\|^number of threads\|^maximum number'
  echo '```'
done
echo; echo "total run time: $(elapsed)"
