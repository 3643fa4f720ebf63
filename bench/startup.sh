#!/usr/bin/env bash
# Start-up time of the packaged app against a running PostgreSQL: from `java` exec to /q/health/ready = UP.
# Build first: ./mvnw -B -ntp package -DskipTests
# Usage: bench/startup.sh [runs]   (prints one line per run, then the median, with and without AppCDS)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18080
app=target/quarkus-app

measure() { # $@: extra JVM options
  local start end pid
  start=$(date +%s%N)
  # from the jar's own folder, as the README runs it: the class-data archive is only used from there
  (cd $app && exec java "$@" -Dtarikh.questions.path=../../questions -Dquarkus.http.port=$port -jar quarkus-run.jar) \
    >/tmp/tarikh-startup.log 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the app died: see /tmp/tarikh-startup.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for mode in appcds appcds-c1 plain; do
  opts=()
  [ "$mode" = appcds ] && opts=(-XX:SharedArchiveFile=app-cds.jsa)
  [ "$mode" = appcds-c1 ] && opts=(-XX:SharedArchiveFile=app-cds.jsa -XX:TieredStopAtLevel=1)
  measure "${opts[@]}" >/dev/null   # warm the OS file cache once
  results=()
  for _ in $(seq 1 "$runs"); do results+=("$(measure "${opts[@]}")"); done
  printf '%s: runs %s ms, median %s ms (exec to ready), "started in": %s\n' "$mode" "${results[*]}" \
    "$(printf '%s\n' "${results[@]}" | median)" "$(grep -o 'started in [0-9.]*s' /tmp/tarikh-startup.log | tail -1)"
done
