#!/usr/bin/env bash
# The largest requests the app accepts, against the README command's bounded heap: a 5 MB YAML import (4,999
# questions), its export as YAML and GIFT, the bank view at size=100, a 6 MB review log (160,000 rows) and the FSRS
# fit over it. Prints each status and time, then the number of OutOfMemoryErrors in the app's log (0 expected) and
# its resident memory. Build first: ./mvnw -B -ntp package -DskipTests
# Options (environment): DB=tarikh_bench_large (dropped and recreated) PORT=18091
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
DB=${DB:-tarikh_bench_large}
PORT=${PORT:-18091}
case $DB in *bench*) ;; *) echo "DB must contain 'bench' (it is dropped and recreated): $DB" >&2; exit 2 ;; esac
work=$(mktemp -d /tmp/large-requests.XXXXXX)
app_pid=
trap 'stop_app; rm -rf "$work"; dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB" 2>/dev/null || true' EXIT
dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB" 2>/dev/null || true

python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
with open(f"{work}/bank.yaml", "w") as f:
    f.write("bank: large\ntitle: Large\ndescription: d\nlanguage: en\nquestions:\n")
    for i in range(1, 5000):
        f.write(f"""  - id: q{i}
    type: single
    topic: t{i % 20}
    prompt: "Question {i}, long enough to be realistic {'x' * 300}"
    choices: ["Alpha {i}", "Beta {i}", "Gamma {i}", "Delta {i}"]
    answer: "Alpha {i}"
    explanation: "Because {i} {'y' * 200}"
""")
random.seed(11)
lines = ["card_id,review_time,review_rating,review_state,review_duration"]
size, t, card = len(lines[0]), 1672550700719, 1672550700000
while size < 6_000_000 - 100:
    card += random.randint(1, 50)
    for k in range(random.randint(1, 8)):
        t += random.randint(60_000, 86_400_000)
        line = f"{card},{t},{random.randint(1, 4)},{1 if k == 0 else 2},{random.randint(1000, 20000)}"
        lines.append(line)
        size += len(line) + 1
with open(f"{work}/revlog.csv", "w") as f:
    f.write("\n".join(lines) + "\n")
PY

start_app "$PORT" "$DB" "$work/app.log" TARIKH_ADMIN_PASSWORD=large-requests-admin
wait_ready "$PORT" || { tail -20 "$work/app.log"; exit 1; }
api=http://127.0.0.1:$PORT/api/v1
auth=(-u large-teacher:large-password-1)
curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"username":"large-teacher","password":"large-password-1"}' "$api/auth/register"
curl -fs -o /dev/null -X PUT -u admin:large-requests-admin -H 'Content-Type: application/json' -d '{"role":"teacher"}' "$api/users/large-teacher/role"
curl -fs -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d '{"slug":"large","title":"Large","description":"d"}' "$api/banks"
timed() { # label, curl arguments...
  local label=$1; shift
  curl -s -o "$work/out" -w "$label: %{http_code} in %{time_total} s, %{size_download} bytes\n" "$@"
}
timed "import 5 MB YAML" "${auth[@]}" -H 'Content-Type: text/plain' --data-binary @"$work/bank.yaml" "$api/banks/large/import?format=yaml"
timed "export YAML" "${auth[@]}" "$api/banks/large/export?format=yaml"
timed "export GIFT" "${auth[@]}" "$api/banks/large/export?format=gift"
timed "bank view, size=100" "$api/banks/large?size=100"
timed "import 6 MB review log" "${auth[@]}" -H 'Content-Type: text/csv' --data-binary @"$work/revlog.csv" "$api/me/reviews.csv"
timed "FSRS fit" "${auth[@]}" -X POST "$api/me/fsrs/optimize"
echo "OutOfMemoryError in the app's log: $(grep -c OutOfMemoryError "$work/app.log" || true)"
echo "resident memory: $(( $(ps -o rss= -p "$app_pid") / 1024 )) MB"
