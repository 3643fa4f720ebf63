#!/usr/bin/env bash
# Where a start's time goes: the README command started twice under async-profiler (fetched from Maven Central into
# target/async-profiler the first time), once sampling CPU time and once wall-clock time, each stopped as soon as
# /q/health/ready answers. Prints the CPU time of each thread, the main thread's wall-clock time by step (what it
# waits for as well as what it runs), Quarkus's start steps and startup observers, and static initialisation's CPU
# time by step (bench/start-steps.py). The collapsed stacks stay in target/start-profile/ for a flame graph.
# JFR is no help here: with the class-data archive it crashes this JDK 17 (docs/PERFORMANCE.md).
#
# Usage:   flock /tmp/tarikh-maven.lock ./mvnw -B -ntp -q package -DskipTests
#          flock /tmp/tarikh-maven.lock bench/start-profile.sh     (under the lock: it runs Maven the first time)
# Options (environment): PORT=18081, APP_COMMAND (another command, as for bench/run.sh), EVENT=cpu (itimer where
#   the kernel gives no perf events), INTERVAL_MS=1 (CPU sampling), WALL_MS=5 (wall-clock sampling).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PORT=${PORT:-18081}
EVENT=${EVENT:-cpu}
INTERVAL_MS=${INTERVAL_MS:-1}
WALL_MS=${WALL_MS:-5}
PROFILER_VERSION=4.2
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B -ntp package -DskipTests" >&2; exit 2; }

agent=$PWD/target/async-profiler/linux-x64/libasyncProfiler.so
if [ ! -f "$agent" ]; then
  ./mvnw -B -ntp -q dependency:copy -Dartifact=tools.profiler:async-profiler:$PROFILER_VERSION:jar:linux-x64 \
    -DoutputDirectory=target/async-profiler
  (cd target/async-profiler && unzip -q -o "async-profiler-$PROFILER_VERSION-linux-x64.jar" 'linux-x64/*')
fi
out=$PWD/target/start-profile
mkdir -p "$out"

# profile EVENT_OPTIONS FILE: one start under the agent, stopped once ready (the agent writes FILE at the exit)
profile() {
  local options="start,$1,threads,collapsed,file=$2" cmd start
  cmd=$(sed -E "s#exec java #exec java -agentpath:$agent=$options #" <<<"$(readme_command)")
  [[ $cmd == *-agentpath:* ]] || { echo "the command has no 'exec java ' to attach the profiler to: $cmd" >&2; exit 2; }
  start=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT bash -c "$cmd" >"$out/app.log" 2>&1 &
  app_pid=$!
  wait_ready "$PORT" 120 || { echo "the app did not become ready:" >&2; tail -20 "$out/app.log" >&2; exit 1; }
  echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms under the profiler ($1)"
  stop_app
}

profile "event=$EVENT,interval=$((INTERVAL_MS * 1000000))" "$out/cpu.collapsed"
profile "event=wall,interval=${WALL_MS}ms" "$out/wall.collapsed"
python3 bench/start-steps.py "$out/cpu.collapsed" "$INTERVAL_MS" "$out/wall.collapsed" "$WALL_MS"
echo "collapsed stacks: $out/cpu.collapsed, $out/wall.collapsed"
