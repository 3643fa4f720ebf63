#!/usr/bin/env python3
"""Reads the collapsed stacks bench/start-profile.sh records and prints where a start's time went.

Usage: start-steps.py CPU_FILE CPU_INTERVAL_MS WALL_FILE WALL_INTERVAL_MS

Each line of a collapsed file is `thread;frame;frame;... samples` (async-profiler's `collapsed` output with
`threads`). A frame's time is its samples times the sampling interval, counted once per stack however often the
frame recurs in it.
"""
import re
import sys
from collections import Counter

THRESHOLD_MS = 20


def read(path):
    """(thread name, frames, samples) per line, the thread id dropped."""
    stacks = []
    with open(path) as f:
        for line in f:
            stack, _, n = line.rstrip().rpartition(" ")
            frames = stack.split(";")
            thread = re.sub(r"^\[|\s+tid=\d+\]$", "", frames[0])
            stacks.append((thread, frames[1:], int(n)))
    return stacks


def step_name(frame):
    """A frame, shortened: recorded build steps lose their hash, observers are named by the class observed."""
    m = re.match(r"io/quarkus/runner/recorded/(\w+)\$(\w+?)\d+\.deploy", frame)
    if m:
        return f"{m.group(1)}.{m.group(2)}"
    m = re.match(r"(.*)_Observer_\w+\.notify$", frame)
    if m:
        return f"observer {m.group(1).rsplit('/', 1)[-1]}"
    return frame.replace("/", ".")


def threads(stacks, interval):
    totals = Counter()
    for thread, _, n in stacks:
        totals[re.sub(r"-?\d+$", "", thread)] += n
    return ", ".join(f"{t} {n * interval:,.0f}" for t, n in totals.most_common() if n * interval >= THRESHOLD_MS)


def children(stacks, thread, parent, interval, direct=True):
    """Time under each frame the first `parent` frame calls: directly, or through frames not worth naming."""
    out = Counter()
    for t, frames, n in stacks:
        if t != thread or parent not in frames:
            continue
        rest = frames[frames.index(parent) + 1:]
        first = rest[0] if rest else "(itself)"
        named = first if direct else next((f for f in rest if worth_naming(f)), first)
        out[named] += n
    return [(step_name(f), n * interval) for f, n in out.most_common() if n * interval >= THRESHOLD_MS]


def worth_naming(frame):
    """The frames that say what a startup observer is."""
    return "_Observer_" in frame


def show(title, rows):
    print(title)
    for name, ms in rows:
        print(f"  {ms:7,.0f} ms  {name}")


def main():
    cpu, cpu_ms, wall, wall_ms = sys.argv[1], float(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    cpu_stacks, wall_stacks = read(cpu), read(wall)
    print(f"CPU time by thread, ms: {threads(cpu_stacks, cpu_ms)}")
    print(f"  (all threads: {sum(n for _, _, n in cpu_stacks) * cpu_ms:,.0f} ms)")
    show("main thread, wall-clock time from exec to the stop, by step (Quarkus.run until the stop):",
         children(wall_stacks, "main", "org/tarikh/TarikhMain.main", wall_ms))
    show("  of which Quarkus's start (ApplicationImpl.doStart):",
         children(wall_stacks, "main", "io/quarkus/runner/ApplicationImpl.doStart", wall_ms))
    startup = "io/quarkus/arc/runtime/ArcRecorder.fireLifecycleEvent"
    show("  of which the startup event's observers:", children(wall_stacks, "main", startup, wall_ms, direct=False))
    show("static initialisation (thread quarkus-static-init), CPU time by step:",
         children(cpu_stacks, "quarkus-static-init", "io/quarkus/runner/ApplicationImpl.<clinit>", cpu_ms))


if __name__ == "__main__":
    main()
