#!/usr/bin/env python3
"""Turns bench/run.sh's results into the Markdown of docs/PERFORMANCE.md (printed on stdout)."""
import os
import platform
import subprocess
import sys

(results, statements, startup_ms, rss_kb, class_median, total_s, learners, cards, logs, duration, users_per_set,
 command, quick) = sys.argv[1:14]

ROUTES = [  # route, label, pgbench reference
    ("review-cookie", "review, browser cookie", "review"),
    ("review-bearer", "review, API token (Bearer)", "review"),
    ("review-basic", "review, HTTP Basic", "review"),
    ("next-card", "next card", "next-card"),
    ("next-card", "next card (against queue + counts)", "next-counts"),
    ("quiz-answer", "quiz answer", None),
    ("home", "home page `/`", None),
    ("quiz-page", "quiz page `/quizzes/{id}`", None),
]
PG_LABEL = {"review": "review transaction", "next-card": "bare next-card query",
            "next-counts": "queue + counts statement"}

app, pg = {}, {}
for line in open(results):
    kind, name, c, rate, p50, p99, errors, cpu = line.rstrip("\n").split("\t")
    (app if kind == "app" else pg)[(name, int(c))] = (float(rate), float(p50), float(p99), int(errors), float(cpu))
clients = sorted({c for _, c in app} | {c for _, c in pg})


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return "?"


def num(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


date = sh("date -u '+%Y-%m-%d %H:%M UTC'")
commit = sh("git rev-parse --short HEAD")
dirty = " (with uncommitted changes)" if sh("git status --porcelain --untracked-files=no") else ""
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
mem = sh("free -g | awk '/Mem:/ {print $2}'")
java = sh("java -version 2>&1 | head -1")
pgv = sh("psql -X -At -d postgres -c 'show server_version'")
sb = sh("psql -X -At -d postgres -c 'show shared_buffers'")
wrkv = sh("wrk -v 2>&1 | head -1 | cut -d' ' -f1-2")
pgb = sh("pgbench --version")

out = []
w = out.append
w(f"Run of {date}, commit {commit}{dirty}"
  + (", QUICK mode (small data, short runs: not for comparison)" if quick == "1" else "") + ".")
w("")
w(f"- Machine: {os.cpu_count()} cores ({cpu}), {mem} GiB; {platform.system()} {platform.release()}; {java}; "
  f"PostgreSQL {pgv} (shared_buffers {sb}); {wrkv}; {pgb}. App, PostgreSQL, wrk and pgbench share the cores.")
w(f"- Data: {int(learners):,} learners, {int(cards):,} cards, {int(logs):,} review-log rows; "
  f"requests spread over {users_per_set} learners per route (each with its own session, token or password).")
w(f"- App started with: `{command}`")
w(f"- Each figure: {duration} s at the given number of connections (wrk `-t2 --latency`; pgbench `-M prepared -j 2`, "
  "p50/p99 from its per-transaction log). Ratio = the app's requests/s ÷ pgbench's transactions/s; "
  "p99 × = the app's p99 ÷ pgbench's p99; app CPU ms/req = the JVM's CPU time (user + system) during the run ÷ requests.")
w("")
for c in clients:
    w(f"**{c} clients**")
    w("")
    w("| route | app req/s | app p50 ms | app p99 ms | app CPU ms/req | PostgreSQL alone | tps | p50 ms | p99 ms | ratio | p99 × |")
    w("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for route, label, ref in ROUTES:
        a = app.get((route, c))
        if a is None:
            continue
        errs = f" ({a[3]} failed)" if a[3] else ""
        cells = [label + errs, num(a[0]), f"{a[1]:.1f}", f"{a[2]:.1f}", f"{a[4]:.2f}"]
        p = pg.get((ref, c)) if ref else None
        if p:
            cells += [PG_LABEL[ref], num(p[0]), f"{p[1]:.2f}", f"{p[2]:.2f}", f"{a[0] / p[0]:.2f}×", f"{a[2] / p[2]:.1f}"]
        else:
            cells += ["—"] * 6
        w("| " + " | ".join(cells) + " |")
    w("")

rss_mb = int(rss_kb) / 1024
w("| also measured | value |")
w("| --- | --- |")
w(f"| ready after start (`/q/health/ready`, README command, median) | {int(startup_ms) / 1000:.1f} s |")
w(f"| resident memory (RSS) of the app after the load | {rss_mb:.0f} MB |")
w(f"| class report 500 × 50 (`GET /api/v1/classes/{{id}}/report`, median of the runs) | {class_median} ms |")
stmts = [l.rstrip("\n").split("\t") for l in open(statements)] if os.path.getsize(statements) else []
if stmts:
    w("| SQL statements per request (PostgreSQL's log, BEGIN/COMMIT included) | "
      + ", ".join(f"{r} {n}" + ("" if s in ("200", "201") else f" (status {s})") for r, n, s in stmts) + " |")
w(f"| whole run | {int(total_s) // 60} min {int(total_s) % 60} s |")
w("")


def verdict(ok):
    return "**met**" if ok else "**missed**"


w("Targets of issue 11:")
w("")
for route, label in [("review-cookie", "cookie"), ("review-bearer", "Bearer token"), ("review-basic", "Basic")]:
    for c in (8, 32):
        a, p = app.get((route, c)), pg.get(("review", c))
        if a and p:
            ok = a[0] >= 0.5 * p[0] and a[2] <= 2 * p[2] and a[3] == 0
            w(f"- review ({label}), {c} clients: {a[0] / p[0]:.2f}× pgbench (≥ 0.5×), p99 {a[2]:.1f} ms vs "
              f"{2 * p[2]:.1f} ms allowed (2× {p[2]:.2f}) — {verdict(ok)}")
for c in clients:
    a, p = app.get(("next-card", c)), pg.get(("next-card", c))
    if a and p:
        w(f"- next card, {c} clients: {a[0] / p[0]:.2f}× the bare next-card query (≥ 0.25×) — "
          f"{verdict(a[0] >= 0.25 * p[0] and a[3] == 0)}")
try:
    w(f"- class report 500 × 50: median {class_median} ms (≤ 200 ms) — {verdict(int(class_median) <= 200)}")
except ValueError:
    w("- class report: not measured")
w(f"- ready {int(startup_ms) / 1000:.1f} s (≤ 3 s) — {verdict(int(startup_ms) <= 3000)}")
w(f"- RSS after the load {rss_mb:.0f} MB (≤ 300 MB) — {verdict(rss_mb <= 300)}")
print("\n".join(out))
