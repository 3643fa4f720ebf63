#!/usr/bin/env bash
# Start-up time of the packaged app against a running PostgreSQL: from `java` exec to /q/health/ready = UP.
# Build first: ./mvnw -B -ntp package -DskipTests
# Usage: bench/startup.sh [runs]   (prints one line per mode: each run, then the median)
# Options (environment): MODES="readme appcds appcds-c1 plain" (readme: the run command of README.md, as it is
#   there; the others: from the jar's folder with AppCDS, AppCDS with C1 only, and a plain `java -jar` from the
#   project root), PORT=18080, and QUARKUS_DATASOURCE_JDBC_URL for the database (default: the app's own).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
runs=${1:-5}
port=${PORT:-18080}
modes=${MODES:-readme appcds appcds-c1 plain}
log=$(mktemp /tmp/tarikh-startup.XXXXXX.log)
trap 'rm -f "$log"' EXIT

command_of() { # mode
  local q=-Dtarikh.questions.path=../../questions
  case $1 in
    readme) readme_command ;;
    appcds) echo "cd target/quarkus-app && exec java -XX:SharedArchiveFile=app-cds.jsa $q -jar quarkus-run.jar" ;;
    appcds-c1) echo "cd target/quarkus-app && exec java -XX:SharedArchiveFile=app-cds.jsa -XX:TieredStopAtLevel=1 $q -jar quarkus-run.jar" ;;
    plain) echo "exec java -Dtarikh.questions.path=questions -jar target/quarkus-app/quarkus-run.jar" ;;
    *) echo "unknown mode $1" >&2; return 2 ;;
  esac
}

measure() { # command
  local start end pid
  start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$port bash -c "$1" >"$log" 2>&1 &
  pid=$!
  wait_ready "$port" 180 $pid || { echo "the app died:" >&2; tail -20 "$log" >&2; exit 1; }
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for mode in $modes; do
  cmd=$(command_of "$mode")
  measure "$cmd" >/dev/null   # warm the OS file cache once
  results=()
  for _ in $(seq 1 "$runs"); do results+=("$(measure "$cmd")"); done
  printf '%s: runs %s ms, median %s ms (exec to ready), "started in": %s; command: %s\n' "$mode" "${results[*]}" \
    "$(printf '%s\n' "${results[@]}" | median)" "$(grep -o 'started in [0-9.]*s' "$log" | tail -1)" "$cmd"
done
