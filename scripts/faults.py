"""`make faults`: the site under failures, scripted and bounded, on loopback only.

1. PostgreSQL (a server of this script's own) is stopped hard and started again during
   a load run of comment posts: requests answer 503 quickly while it is down, the same
   gunicorn processes serve again once it is back, and every comment that was
   acknowledged (a redirect) is in the database.
2. Redis is stopped and started: pages are still served, learners stay signed in,
   comments are still posted, and the cache is used again without restarting anything.
"""

import json
import re
import sys
import threading
import time
import uuid

from cluster import Redis, cluster, get, manage, request, say, wait_until

USERS = 200  # the production limit is 5 comments a minute per learner
POSTS_PER_USER = 5
THREADS = 6
OUTAGE_AT, OUTAGE_SECONDS = 4, 3
AFTER_SECONDS = 8  # the load goes on this long once PostgreSQL is back
CSRF = "f" * 16 + uuid.uuid4().hex[:16]

SESSIONS = """
import json
from allauth.account.models import EmailAddress
from django.contrib.sessions.backends.cached_db import SessionStore
from accounts.models import User
from course.models import TestimonialPage
keys = []
for n in range({count}):
    email = "faults-{run}-%d@example.org" % n
    user = User.objects.create_user(email=email, password=None, display_name="Panne %d" % n)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    keys.append(session.session_key)
page = TestimonialPage.objects.live().order_by("path").first()
print(json.dumps({{"sessions": keys, "url": page.url}}))
"""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"FAILED: {message}")
    say(f"ok: {message}")


def cookies_for(session_key: str) -> dict:
    return {"sessionid": session_key, "csrftoken": CSRF}


def post_comment(port, session_key, form, text, timeout=10.0):
    data = {**form, "csrfmiddlewaretoken": CSRF, "anchor": "", "body": text}
    return request(
        port, "POST", "/fr/discussions/post/", data, cookies_for(session_key), timeout=timeout
    )


def stored_bodies(postgres_url: str, marker: str) -> set[str]:
    import subprocess

    out = subprocess.run(
        [
            "psql",
            postgres_url,
            "-XtAc",
            f"SELECT body FROM discussions_comment WHERE body LIKE '{marker}%'",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    return {line.strip() for line in out.splitlines() if line.strip()}


def pids(server) -> set[int]:
    import subprocess

    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(server.process.pid)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return {server.process.pid, *map(int, out.split())}


def postgres_restart(site, server, sessions, form, run) -> None:
    postgres = site["postgres"]
    marker = f"Panne {run}"
    results, lock = [], threading.Lock()
    health = []
    start = time.monotonic()
    finished = threading.Event()

    def worker(index: int) -> None:
        mine = sessions[index::THREADS]
        n = 0
        for session_key in mine:
            for _ in range(POSTS_PER_USER):
                if finished.is_set():
                    return
                n += 1
                text = f"{marker} fil {index} n°{n}"
                began = time.monotonic()
                try:
                    status = post_comment(server.port, session_key, form, text)[0]
                except OSError as error:
                    status = f"error {error}"
                with lock:
                    results.append((began - start, time.monotonic() - began, status, text))
                # A client waits a little before trying again after a 503.
                time.sleep(0.3 if status == 503 else 0.05)

    def probe() -> None:
        while not finished.is_set():
            began = time.monotonic()
            try:
                status = get(server.port, "/healthz", timeout=5)[0]
            except OSError as error:
                status = f"error {error}"
            health.append((began - start, time.monotonic() - began, status))
            time.sleep(0.2)

    before = pids(server)
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    threads.append(threading.Thread(target=probe))
    for thread in threads:
        thread.start()
    time.sleep(OUTAGE_AT)
    say(f"stopping PostgreSQL hard (immediate) for {OUTAGE_SECONDS}s during the load")
    down_at = time.monotonic() - start
    postgres.pg_ctl("stop", "-m", "immediate")
    time.sleep(OUTAGE_SECONDS)
    postgres.pg_ctl("start")
    up_at = time.monotonic() - start
    say(f"PostgreSQL back after {up_at - down_at:.1f}s")
    time.sleep(AFTER_SECONDS)
    finished.set()
    for thread in threads:
        thread.join(timeout=30)

    statuses = [r[2] for r in results]
    counts = {str(s): statuses.count(s) for s in set(statuses)}
    say(f"{len(results)} posts: {counts}")
    check(set(statuses) <= {302, 503}, "every post answered 302 (saved) or 503 (database down)")
    unavailable = [r for r in results if r[2] == 503]
    check(len(unavailable) > 0, f"posts during the outage got 503 ({len(unavailable)})")
    slowest = max(r[1] for r in unavailable)
    check(slowest < 3, f"503 answers came quickly (slowest {slowest:.2f}s)")
    after = [r for r in results if r[0] > up_at + 3]
    check(
        after and all(r[2] == 302 for r in after),
        f"posts succeed again after the restart ({len(after)} after it, all saved)",
    )
    check(pids(server) == before, "without restarting gunicorn or its workers")
    health_down = [h for h in health if h[2] == 503]
    health_after = [h for h in health if h[0] > up_at + 3]
    check(
        health_down and all(h[2] == 200 for h in health_after),
        "/healthz said 503 while the database was down, 200 after",
    )
    acknowledged = {r[3] for r in results if r[2] == 302}
    stored = stored_bodies(postgres.url, marker)
    lost = acknowledged - stored
    check(not lost, f"no acknowledged comment lost ({len(acknowledged)} saved, {len(lost)} lost)")


def redis_outage(site, server, sessions, form, url, run) -> None:
    redis = site["redis"]
    get(server.port, url)
    check(get(server.port, url)[1].get("X-Page-Cache") == "hit", "a visitor page comes from Redis")
    say("stopping Redis")
    redis.stop()
    session_key = sessions[-1]
    deadline = time.monotonic() + 4
    worst, n = 0.0, 0
    while time.monotonic() < deadline:
        began = time.monotonic()
        status, _h, _page = get(server.port, url)
        check_status = status == 200
        status_d, _h, dashboard = get(server.port, "/fr/my-learning/", cookies_for(session_key))
        worst = max(worst, time.monotonic() - began)
        if not (check_status and status_d == 200 and "/account/logout/" in dashboard):
            raise SystemExit(f"FAILED: without Redis: visitor {status}, learner {status_d}")
        n += 1
    check(True, f"without Redis, {n} rounds of visitor page + signed-in dashboard all served")
    check(worst < 2, f"each round quick without Redis (slowest {worst:.2f}s)")
    text = f"Sans Redis {run}"
    check(
        post_comment(server.port, session_key, form, text)[0] == 302,
        "a comment is posted without Redis",
    )
    say("starting Redis again on the same port")
    site["redis"] = Redis(port=redis.port)
    site["redis"].start()

    def cached_again() -> bool:
        get(server.port, url)
        return get(server.port, url)[1].get("X-Page-Cache") == "hit"

    wait_until(cached_again, 15, "the page cache works again after Redis returned")
    check(True, "the page cache is used again, nothing restarted")
    status, _h, dashboard = get(server.port, "/fr/my-learning/", cookies_for(session_key))
    check(status == 200 and "/account/logout/" in dashboard, "the learner is still signed in")
    check(stored_bodies(site["postgres"].url, text) == {text}, "the comment posted then is saved")


def main() -> None:
    started = time.monotonic()
    run = uuid.uuid4().hex[:8]
    with cluster(app_servers=1, with_nginx=False, private_postgres=True) as site:
        server = site["servers"][0]
        out = manage(
            site["env"],
            "shell",
            "--no-imports",
            "-c",
            SESSIONS.format(count=USERS, run=run),
            capture_output=True,
            text=True,
        )
        data = json.loads(out.stdout.strip().splitlines()[-1])
        sessions, url = data["sessions"], data["url"]
        _s, _h, page = get(server.port, url, cookies_for(sessions[0]))
        form = {
            "content_type": re.search(r'name="content_type" value="(\d+)"', page).group(1),
            "object_id": re.search(r'name="object_id" value="(\d+)"', page).group(1),
        }
        postgres_restart(site, server, sessions[:-1], form, run)
        redis_outage(site, server, sessions, form, url, run)
    say(f"fault checks passed in {time.monotonic() - started:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
