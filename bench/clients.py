#!/usr/bin/env python3
"""Signs benchmark learners in and writes the request files that bench/wrk/requests.lua replays.

Talks only to the app at BASE (127.0.0.1). Standard library only. Used by bench/run.sh:

  clients.py BASE PASSWORD OUTDIR FIRST COUNT CARDS     sign-ins, tokens, one open quiz per reader; the files
  clients.py BASE PASSWORD OUTDIR quiz-items N FILE     practice quizzes for the quiz-answer learners until N
                                                        unanswered items, written to FILE

Learner i is 'learner%05d' with cards (i-1)*CARDS+1 .. i*CARDS (bench/data.sql). Users FIRST.. are taken in five
sets of COUNT: review with the cookie, review with a Bearer token, review with HTTP Basic, readers (next card,
home page, quiz page) and quiz answerers, so that the runs that change cards never touch the readers' queues.
"""
import base64
import concurrent.futures
import html.parser
import http.client
import json
import os
import random
import sys
import urllib.parse

BANK = "bench-cards"


class Client:
    """One keep-alive connection with its own cookies."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        self.cookies = {}

    def call(self, method, path, body=None, headers=None, expect=(200,)):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            h.setdefault("Content-Type", "application/json")
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
                break
            except (http.client.HTTPException, ConnectionError):
                if attempt:
                    raise
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                value = rest.split(";", 1)[0]
                if "max-age=0" in v.lower() or value == "":
                    self.cookies.pop(name.strip(), None)
                else:
                    self.cookies[name.strip()] = value
        if r.status not in expect:
            raise RuntimeError(f"{method} {path}: {r.status} {data[:300]!r}")
        return r.status, data


class Meta(html.parser.HTMLParser):
    """Finds <input name="csrf-token" value=...> and <meta name="csrf-token" content=...>."""

    def __init__(self):
        super().__init__()
        self.found = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("name") == "csrf-token":
            self.found[tag] = a.get("value") or a.get("content")

    handle_startendtag = handle_starttag


def csrf_in(page, tag):
    m = Meta()
    m.feed(page.decode("utf-8", "replace"))
    if tag not in m.found:
        raise RuntimeError(f"no <{tag} name=csrf-token> in the page")
    return m.found[tag]


def sign_in(base, username, password):
    """The browser's way: the login page (CSRF cookie and field), the form, then a page for the session's token."""
    c = Client(base)
    _, page = c.call("GET", "/login")
    form = urllib.parse.urlencode({"j_username": username, "j_password": password,
                                   "csrf-token": csrf_in(page, "input")})
    c.call("POST", "/j_security_check", body=form,
           headers={"Content-Type": "application/x-www-form-urlencoded"}, expect=(302, 303))
    if "quarkus-credential" not in c.cookies:
        raise RuntimeError(f"sign-in of {username} set no quarkus-credential cookie")
    _, page = c.call("GET", "/")
    return c, c.cookies["quarkus-credential"], csrf_in(page, "meta")


def basic(username, password):
    return base64.b64encode(f"{username}:{password}".encode()).decode()


def new_quiz(c, headers):
    _, data = c.call("POST", "/api/v1/quizzes", body={"bank": BANK, "count": 50, "mode": "practice"},
                     headers=headers, expect=(201,))
    q = json.loads(data)
    return q["attemptId"], [(x["id"], random.choice(x["choices"])["id"]) for x in q["questions"]]


def name(i):
    return "learner%05d" % i


def prepare(base, password, out, first, count, cards):
    sets = {s: range(first + k * count, first + (k + 1) * count)
            for k, s in enumerate(["review-cookie", "review-bearer", "review-basic", "reader", "quiz"])}
    card_range = lambda i: f"{(i - 1) * cards + 1}:{i * cards}"
    review_body = '{"cardId": {card:%s}, "rating": {rating}, "reviewId": "{uuid}", "durationMs": 4000}'
    json_h = "Content-Type: application/json"

    def cookie_user(i):
        _, cookie, csrf = sign_in(base, name(i), password)
        return i, cookie, csrf

    def bearer_user(i):
        c = Client(base)
        _, data = c.call("POST", "/api/v1/me/tokens", body={"name": "bench"},
                         headers={"Authorization": "Basic " + basic(name(i), password)}, expect=(201,))
        return i, json.loads(data)["token"]

    def reader(i):
        c, cookie, csrf = sign_in(base, name(i), password)
        attempt, _ = new_quiz(c, {"X-CSRF-Token": csrf})
        return i, cookie, csrf, attempt

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        rc = list(pool.map(cookie_user, sets["review-cookie"]))
        rb = list(pool.map(bearer_user, sets["review-bearer"]))
        rd = list(pool.map(reader, sets["reader"]))
        qz = list(pool.map(cookie_user, sets["quiz"]))
    # Basic: no preparation; the first request of each learner pays one bcrypt (the warm-up run does)
    lines = {
        "review-cookie": [f"POST\t/api/v1/reviews\tCookie: quarkus-credential={ck} | X-CSRF-Token: {cs} | {json_h}\t"
                          + review_body % card_range(i) for i, ck, cs in rc],
        "review-bearer": [f"POST\t/api/v1/reviews\tAuthorization: Bearer {t} | {json_h}\t" + review_body % card_range(i)
                          for i, t in rb],
        "review-basic": [f"POST\t/api/v1/reviews\tAuthorization: Basic {basic(name(i), password)} | {json_h}\t"
                         + review_body % card_range(i) for i in sets["review-basic"]],
        "next-card": [f"GET\t/api/v1/reviews/next?bank={BANK}\tCookie: quarkus-credential={ck}\t" for i, ck, cs, a in rd],
        "home": [f"GET\t/\tCookie: quarkus-credential={ck}\t" for i, ck, cs, a in rd],
        "quiz-page": [f"GET\t/quizzes/{a}\tCookie: quarkus-credential={ck}\t" for i, ck, cs, a in rd],
    }
    for route, ls in lines.items():
        with open(os.path.join(out, route + ".tsv"), "w") as f:
            f.write("\n".join(ls) + "\n")
    with open(os.path.join(out, "quiz-users.tsv"), "w") as f:
        f.write("".join(f"{i}\t{ck}\t{cs}\n" for i, ck, cs in qz))
    print(f"signed in {len(rc) + len(rd) + len(qz)} learners, {len(rb)} tokens; "
          f"learners {first}..{first + 5 * count - 1}")


def quiz_items(base, out, n, file):
    """Practice quizzes of 50 for the quiz-answer learners, round robin, until n unanswered items."""
    users = [line.rstrip("\n").split("\t") for line in open(os.path.join(out, "quiz-users.tsv"))]
    attempts = (n + 49) // 50

    def one(k):
        i, cookie, csrf = users[k % len(users)]
        c = Client(base)
        c.cookies["quarkus-credential"] = cookie
        attempt, items = new_quiz(c, {"X-CSRF-Token": csrf})
        return [f"POST\t/api/v1/quizzes/{attempt}/answers\tCookie: quarkus-credential={cookie} | X-CSRF-Token: {csrf}"
                f" | Content-Type: application/json\t" + json.dumps({"questionId": q, "response": {"choice": ch}})
                for q, ch in items]

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        batches = list(pool.map(one, range(attempts)))
    # interleave the attempts, so that concurrent requests go to different attempts and learners
    lines = [b[j] for j in range(50) for b in batches if j < len(b)]
    with open(file, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} quiz items in {attempts} practice attempts")


if __name__ == "__main__":
    base, password, out = sys.argv[1:4]
    if sys.argv[4] == "quiz-items":
        quiz_items(base, out, int(sys.argv[5]), sys.argv[6])
    else:
        prepare(base, password, out, int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
