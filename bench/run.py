"""`make bench`: seed PostgreSQL at scale, serve with production settings and gunicorn
(2 workers on 127.0.0.1), drive each key page with wrk for a bounded run, print the table.

With the practice app, three runs on the demo's live-tweet timeline seeded with 5,000
posts: its page for a learner, its poll endpoint asked in turn by 200 learners (each
their own session and poll token; "nothing new since the newest post": 304), and posting
to it where its compose form posts (what that run wrote is deleted after it).

After the wrk runs, a second table on the trainers' learners report (10,000 learners),
filtered to the bench's course as a trainer would (`learners_report_path`: the completion
rules' bench, `bench_recompute`, keeps 10,000 learners of its own course in the same
database, which the unfiltered report would list too): its first page requested alone
(20 sequential requests through gunicorn: median and max, queries counted in-process,
learners total), and the full CSV and XLSX exports, each downloaded once through gunicorn
(time, bytes, rows, RSS of the worker that served it sampled every 50 ms: before and
peak) and run once in-process under tracemalloc (the CSV consumed chunk by chunk from the
streaming response). Written to var/bench/results.md.

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/gz_bench),
BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (default 8),
BENCH_PORT (default 8100), BENCH_REDIS_PORT (default 6399, a redis-server of its own).
"""

import contextlib
import gc
import http.client
import io
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/gz_bench")
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
PORT = int(os.environ.get("BENCH_PORT", "8100"))
REDIS_PORT = int(os.environ.get("BENCH_REDIS_PORT", "6399"))
BASE = f"http://127.0.0.1:{PORT}"
VAR = ROOT / "var" / "bench"

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
    "SECRET_KEY": "bench-only-" + "s3cr3t-" * 8,
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "SECURE_SSL_REDIRECT": "0",
    "MEDIA_ROOT": str(VAR / "media"),
    "GUNICORN_BIND": f"127.0.0.1:{PORT}",
    "WEB_CONCURRENCY": "2",
    "GUNICORN_ACCESS_LOG": "",
    # No recycling during the runs: the memory figure is what the workers grew to.
    "GUNICORN_MAX_REQUESTS": "0",
    "LOG_LEVEL": "WARNING",
    # The trainer report is measured with an admin session that has no second factor.
    "STAFF_REQUIRE_MFA": "0",
    "PYTHONUNBUFFERED": "1",
}


def say(message: str) -> None:
    print(f"==> {message}", file=sys.stderr, flush=True)


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=ENV, check=True, **kwargs)


def manage(*args: str) -> None:
    run(PYTHON, "manage.py", *args)


def create_database() -> None:
    name = DATABASE_URL.rsplit("/", 1)[1]
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    exists = subprocess.run(
        ["psql", server, "-XtAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if os.environ.get("BENCH_RESEED") == "1" and exists:
        say(f"dropping {name} (BENCH_RESEED=1)")
        run("psql", server, "-Xqc", f"DROP DATABASE {name} WITH (FORCE)")
        exists = ""
    if not exists:
        run("psql", server, "-Xqc", f"CREATE DATABASE {name}")


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - loopback
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds}s")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return [int(p) for p in out.split()]


def parse_wrk(output: str) -> dict:
    def number(pattern, default="0"):
        match = re.search(pattern, output)
        return match.group(1) if match else default

    def ms(value: str) -> float:
        amount, unit = re.match(r"([\d.]+)(\w+)", value).groups()
        return float(amount) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    errors = int(number(r"Non-2xx or 3xx responses: (\d+)"))
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket:
        errors += sum(int(g) for g in socket.groups())
    return {
        "rps": float(number(r"Requests/sec:\s+([\d.]+)")),
        "p50": ms(number(r"\s50%\s+([\d.]+\w+)", "0ms")),
        "p99": ms(number(r"\s99%\s+([\d.]+\w+)", "0ms")),
        "requests": int(number(r"(\d+) requests in")),
        "errors": errors,
    }


LUA_POST = """
counter = 0
request = function()
  counter = counter + 1
  local body = "content_type={content_type}&object_id={object_id}&anchor=&body=" ..
    "Commentaire+du+banc+d%27essai+n%C2%B0" .. counter .. "+" .. math.random(1, 1000000000)
  return wrk.format("POST", "{path}", {{
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "{cookie}",
    ["X-CSRFToken"] = "{csrf}",
  }}, body)
end
"""


def warm(url: str, cookie: str, post: bool) -> None:
    """A few requests through gunicorn first, so that both workers have loaded the page."""
    if post:
        return
    for _ in range(6):
        request = urllib.request.Request(  # noqa: S310 - loopback
            url, headers={"Cookie": cookie} if cookie else {}
        )
        urllib.request.urlopen(request, timeout=30).read()  # noqa: S310 - loopback


LUA_AUTOSAVE = """
local cookies = {{{cookies}}}
local versions = {{{versions}}}
next_id = 1
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end
function init(args)
  me = tonumber(id)
  version = versions[me]
  counter = 0
end
function request()
  counter = counter + 1
  local body = '{{"version": ' .. version .. ', "text": "Brouillon automatique ' ..
    counter .. '"}}'
  return wrk.format("POST", "{path}", {{
    ["Content-Type"] = "application/json",
    ["Cookie"] = cookies[me],
    ["X-CSRFToken"] = "{csrf}",
  }}, body)
end
function response(status, headers, body)
  local v = body:match('"version":%s*(%d+)')
  if v then version = tonumber(v) end
end
"""


LUA_POLL = """
local cookies = {{{cookies}}}
local tokens = {{{tokens}}}
counter = 0
function request()
  counter = counter + 1
  local n = counter % #cookies + 1
  return wrk.format("GET", "{path}", {{
    ["Cookie"] = cookies[n],
    ["{token_header}"] = tokens[n],
  }})
end
"""


# What the posting row writes starts so, and is deleted after the run (practice_cleanup).
BENCH_POST_PREFIX = "Message du banc"

LUA_PRACTICE_POST = """
counter = 0
request = function()
  counter = counter + 1
  local body = "action=post&moment=" .. (counter % 250) .. "&body=Message+du+banc+n%C2%B0" ..
    counter .. "+" .. math.random(1, 1000000000) .. "+%23JourneeComPublique"
  return wrk.format("POST", "{path}", {{
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "{cookie}",
    ["X-CSRFToken"] = "{csrf}",
  }}, body)
end
"""

POLLERS = 200
POLLER_FIRST = 7000  # bench-7000 to bench-7199 poll (seed_bench's learners)


def practice_setup(csrf_token: str) -> dict | None:
    """The seeded live-tweet timeline (5,000 posts): its page, and a poll script in which
    200 learners (distinct sessions) ask in turn for posts after the newest one, each
    with the poll token their page would hand them (practice/poll.py)."""
    from django.conf import settings
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from accounts.models import User
    from bench.management.commands.seed_bench import practice_page
    from practice import poll
    from practice.models import Post

    page = practice_page()
    if page is None:
        return None
    practice_cleanup(page.pk)
    newest = Post.objects.filter(page=page).order_by("-pk").first()
    if newest is None:
        return None
    with translation.override("fr"):
        poll_path = reverse("practice:updates", args=[page.pk, newest.session_id])
        post_path = reverse("practice:post", args=[page.pk])
    poll_path += f"?after={newest.pk}"
    cookies, tokens = [], []
    for n in range(POLLERS):
        poller = Client()
        email = f"bench-{POLLER_FIRST + n}@bench.gazouillis.test"
        user = User.objects.get(email=email)
        poller.force_login(user)
        session_key = poller.cookies[settings.SESSION_COOKIE_NAME].value
        cookies.append(f'"{settings.SESSION_COOKIE_NAME}={session_key}"')
        tokens.append(f'"{poll.token_for(user.pk, session_key, page.pk, newest.session_id)}"')
    poll_script = Path(tempfile.mkstemp(suffix=".lua", dir=VAR)[1])
    poll_script.write_text(
        LUA_POLL.format(
            cookies=", ".join(cookies),
            tokens=", ".join(tokens),
            token_header=poll.TOKEN_HEADER,
            path=poll_path,
        )
    )
    return {
        "page_url": page.url,
        "post_path": post_path,
        "page_id": page.pk,
        "session_id": newest.session_id,
        "poll_path": poll_path,
        "poll_script": poll_script,
        "post_data": {"action": "post", "moment": "65", "body": f"{BENCH_POST_PREFIX} : mesure."},
        "csrf": csrf_token,
    }


def practice_cleanup(page_id: int) -> int:
    """Delete what the posting row wrote, in this run or an earlier one (and the probe's
    post, "Un message de mesure." before): the timeline keeps its seeded 5,000 posts and
    its learner's own posts, so that a run is not slower than the one before it."""
    from django.db.models import Q

    from practice.models import Post
    from practice.timeline import forget_last_post

    written = Post.objects.filter(page_id=page_id).filter(
        Q(body__startswith=BENCH_POST_PREFIX) | Q(body="Un message de mesure.")
    )
    sessions = set(written.values_list("session_id", flat=True))
    deleted, _by_model = written.delete()
    for session_id in sessions:
        forget_last_post(page_id, session_id)
    return deleted


def wrk(url: str, cookie: str = "", script: str | None = None, threads: int = 2) -> dict:
    args = [
        "wrk",
        f"-t{threads}",
        f"-c{CONNECTIONS}",
        f"-d{DURATION}s",
        "--timeout",
        "5s",
        "--latency",
    ]
    if cookie and not script:
        args += ["-H", f"Cookie: {cookie}"]
    if script:
        args += ["-s", script]
    output = subprocess.run(
        [*args, url], capture_output=True, text=True, check=True, timeout=DURATION + 30
    ).stdout
    return parse_wrk(output)


def main() -> None:
    VAR.mkdir(parents=True, exist_ok=True)
    for tool in ("wrk", "redis-server", "psql"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: `make bench` installs it (apt-get install wrk)")
    say(f"Redis of the benchmark on 127.0.0.1:{REDIS_PORT}")
    redis = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    gunicorn = None
    try:
        say(f"database {DATABASE_URL}")
        create_database()
        say("migrating")
        manage("migrate", "--no-input", "-v0")
        say("seeding (10,000 learners, 500,000 completions, 50,000 comments)")
        manage("seed_bench")
        say("collecting static files")
        manage("collectstatic", "--no-input", "-v0")
        say("flushing the cache")
        run("redis-cli", "-p", str(REDIS_PORT), "FLUSHALL", stdout=subprocess.DEVNULL)
        say(f"gunicorn, 2 workers on {BASE}")
        gunicorn = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "-c",
                "config/gunicorn.conf.py",
                "config.wsgi",
            ],
            cwd=ROOT,
            env=ENV,
        )
        wait_for(f"{BASE}/bench/ceiling")
        rows, memory, learners = measure(gunicorn.pid)
        report(rows, memory, learners)
        say("completion rules: certificates after a rule change (200 steps, 10,000 learners)")
        manage("bench_recompute")
    finally:
        if gunicorn:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        redis.terminate()
        redis.wait(timeout=10)


def measure(master: int) -> tuple[list[dict], list[float], list[dict]]:
    """Bytes and queries in-process (Django's test client, same database and Redis), then wrk.

    Then, the wrk runs over, the worker memory and the learners report on its own.
    """
    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.apps import apps
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from course.models import CoursePage, LessonPage, TestimonialPage

    course = CoursePage.objects.live().first()
    lesson = LessonPage.objects.live().descendant_of(course).first()
    pages = list(TestimonialPage.objects.live().order_by("path"))
    big, other = pages[0], pages[-1]
    learner = User.objects.get(email="bench-4999@bench.gazouillis.test")
    client = Client()
    client.force_login(learner)
    client.get(big.url)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    csrf = client.cookies[settings.CSRF_COOKIE_NAME].value
    cookie = f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={csrf}"
    content_type = ContentType.objects.get_for_model(TestimonialPage).pk

    script = Path(tempfile.mkstemp(suffix=".lua", dir=VAR)[1])
    script.write_text(
        LUA_POST.format(
            content_type=content_type,
            object_id=other.pk,
            path="/fr/discussions/post/",
            cookie=cookie,
            csrf=csrf,
        )
    )

    runs = [
        ("ceiling (fixed HttpResponse)", "/bench/ceiling", None),
        ("home, visitor", "/fr/", None),
        ("course, visitor", course.url, None),
        ("lesson, visitor", lesson.url, None),
        ("lesson, learner", lesson.url, "learner"),
        ("testimonial 2,000 comments, visitor", big.url, None),
        ("testimonial 2,000 comments, learner", big.url, "learner"),
        ("dashboard, learner", "/fr/my-learning/", "learner"),
        ("comment post, learner", "/fr/discussions/post/", "post"),
    ]
    admin_cookie = autosave_script = None
    if apps.is_installed("trainers"):
        admin, _created = User.objects.get_or_create(
            email="bench-admin@bench.gazouillis.test",
            defaults={"is_staff": True, "is_superuser": True, "display_name": "Admin du banc"},
        )
        admin_client = Client()
        admin_client.force_login(admin)
        admin_cookie = (
            f"{settings.SESSION_COOKIE_NAME}="
            f"{admin_client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )
        runs.append(("trainer report: learners", learners_report_path(course.pk), "admin"))
    autosave_queries = 0

    def autosave_setup(csrf_token):
        """Eight learners, one per wrk connection, each saving its own draft in turn."""
        nonlocal autosave_queries
        from exercises.models import ExercisePage

        exercise = ExercisePage.objects.live().descendant_of(course).order_by("path").first()
        path = f"/fr/exercises/{exercise.pk}/autosave/"
        cookies, versions = [], []
        for n in range(CONNECTIONS):
            user = User.objects.get(email=f"bench-{9000 + n}@bench.gazouillis.test")
            saver = Client()
            saver.force_login(user)
            saver.cookies[settings.CSRF_COOKIE_NAME] = csrf_token
            body = json.dumps({"version": 0, "text": "Premier brouillon"})
            with CaptureQueriesContext(connection) as captured:
                answer = saver.post(
                    path, body, content_type="application/json", HTTP_X_CSRFTOKEN=csrf_token
                )
            autosave_queries = max(autosave_queries, len(captured))
            version = re.search(r'"version":\s*(\d+)', answer.content.decode())
            versions.append(version.group(1) if version else "0")
            session_key = saver.cookies[settings.SESSION_COOKIE_NAME].value
            cookies.append(
                f'"{settings.SESSION_COOKIE_NAME}={session_key}; '
                f'{settings.CSRF_COOKIE_NAME}={csrf_token}"'
            )
        lua = Path(tempfile.mkstemp(suffix=".lua", dir=VAR)[1])
        lua.write_text(
            LUA_AUTOSAVE.format(
                cookies=", ".join(cookies), versions=", ".join(versions), path=path, csrf=csrf_token
            )
        )
        return lua, path

    def autosave_probe(path, csrf_token):
        saver = Client()
        saver.force_login(User.objects.get(email="bench-8999@bench.gazouillis.test"))
        saver.cookies[settings.CSRF_COOKIE_NAME] = csrf_token
        version = 0
        for _attempt in range(2):  # the second save is based on the draft's current version
            body = json.dumps({"version": version, "text": "Un brouillon"})
            answer = saver.post(
                path, body, content_type="application/json", HTTP_X_CSRFTOKEN=csrf_token
            )
            found = re.search(r'"version":\s*(\d+)', answer.content.decode())
            version = int(found.group(1)) if found else 0
        return answer

    if apps.is_installed("exercises"):
        autosave_script, autosave_path = autosave_setup(csrf)
        runs.append(("autosave, learner", autosave_path, "autosave"))
    practice = practice_setup(csrf) if apps.is_installed("practice") else None
    practice_post_script = None
    if practice:
        from practice import poll

        practice["probe_headers"] = {
            poll.TOKEN_HEADER: poll.token_for(
                learner.pk, session, practice["page_id"], practice["session_id"]
            )
        }
        practice_post_script = Path(tempfile.mkstemp(suffix=".lua", dir=VAR)[1])
        practice_post_script.write_text(
            LUA_PRACTICE_POST.format(path=practice["post_path"], cookie=cookie, csrf=csrf)
        )
        runs += [
            ("practice timeline 5,000 posts, learner", practice["page_url"], "learner"),
            (f"practice poll, {POLLERS} learners", practice["poll_path"], "poll"),
            ("practice post, learner", practice["post_path"], "practice-post"),
        ]
    rows = []
    report_page = None
    visitor = Client()
    for number, (name, path, who) in enumerate(runs, start=1):
        say(f"[{number}/{len(runs)}] {name}: {DURATION}s at {CONNECTIONS} connections")
        browser = {None: visitor, "admin": admin_client if admin_cookie else None}.get(who, client)
        if who == "autosave":
            queries, response = [], autosave_probe(path, csrf)
        elif who == "practice-post":
            # The learner's first post checks everything and keeps their access; the
            # next ones are what the row measures.
            client.post(path, practice["post_data"], HTTP_X_CSRFTOKEN=csrf)
            with CaptureQueriesContext(connection) as queries:
                response = client.post(path, practice["post_data"], HTTP_X_CSRFTOKEN=csrf)
        elif who == "post":
            data = {
                "content_type": content_type,
                "object_id": other.pk,
                "anchor": "",
                "body": "Un premier commentaire de mesure.",
            }
            with CaptureQueriesContext(connection) as queries:
                response = client.post(path, data, HTTP_X_CSRFTOKEN=csrf)
        elif who == "poll":
            # As a poller does: the first poll (the view) keeps the cursor, the next ones
            # carry the page's token (practice/poll.py).
            browser.get(path)
            with CaptureQueriesContext(connection) as queries:
                response = browser.get(path, headers=practice["probe_headers"])
        else:
            browser.get(path)  # warm: the visitor's page is stored, the worker's caches filled
            with CaptureQueriesContext(connection) as queries:
                response = browser.get(path)
        who_cookie = admin_cookie if who == "admin" else (cookie if who else "")
        warm(BASE + path, who_cookie, post=who in ("post", "autosave", "practice-post", "poll"))
        if who == "autosave":
            result = wrk(BASE + path, script=str(autosave_script), threads=CONNECTIONS)
        elif who == "poll":
            result = wrk(BASE + path, script=str(practice["poll_script"]))
        elif who == "practice-post":
            result = wrk(BASE + path, script=str(practice_post_script))
        else:
            result = wrk(
                BASE + path,
                cookie=who_cookie,
                script=str(script) if who == "post" else None,
            )
        if who == "admin":
            report_page = response
        rows.append(
            {
                "name": name,
                "bytes": len(response.content),
                "queries": autosave_queries if who == "autosave" else len(queries),
                "status": response.status_code,
                **result,
            }
        )
    script.unlink()
    if autosave_script:
        autosave_script.unlink()
    if practice:
        practice["poll_script"].unlink()
        practice_post_script.unlink()
        practice_cleanup(practice["page_id"])
    memory = [rss_mb(pid) for pid in worker_pids(master)]
    learners = []
    if report_page is not None:
        queries = next(r["queries"] for r in rows if r["name"] == "trainer report: learners")
        learners = measure_learners_report(
            admin_client, admin_cookie, report_page, queries, worker_pids(master), course.pk
        )
    return rows, memory, learners


LEARNERS_REPORT = "/admin/trainers/reports/learners/"
SEQUENTIAL = 20


def learners_report_path(course_id: int, export: str = "") -> str:
    """The learners report filtered to the bench's course, as its trainer would read it:
    the 10,000 seeded learners, not also the 10,000 of the completion rules' course
    (`bench_recompute`, run after the first measure into the same database)."""
    return f"{LEARNERS_REPORT}?course={course_id}" + (f"&export={export}" if export else "")


def learners_total(content: bytes) -> int | None:
    """The number of learners the report's first page says it lists (None: not found)."""
    total = re.search(rb'pagination__end">\s*([\d\s,.\xc2\xa0\xe2\x80\xaf]+)', content)
    return int(re.sub(rb"\D", b"", total.group(1))) if total else None


def cpu_ticks(pid: int) -> int:
    """User and system time of a process so far, in clock ticks."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


class WorkerMemory(threading.Thread):
    """The RSS of every worker before a download and its peak, sampled every 50 ms.

    The worker that served the download is the one that spent the CPU time meanwhile.
    """

    def __init__(self, pids: list[int]):
        super().__init__(daemon=True)
        self.pids = pids
        self.before = {pid: rss_mb(pid) for pid in pids}
        self.peak = dict(self.before)
        self.ticks = {pid: cpu_ticks(pid) for pid in pids}
        self.stop = threading.Event()

    def sample(self) -> None:
        for pid in self.pids:
            with contextlib.suppress(OSError):  # the worker is gone (killed on timeout)
                self.peak[pid] = max(self.peak[pid], rss_mb(pid))

    def run(self) -> None:
        while not self.stop.wait(0.05):
            self.sample()

    def __enter__(self) -> "WorkerMemory":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.join()
        self.sample()

    def served(self) -> str:
        pid = max(self.pids, key=lambda p: cpu_ticks(p) - self.ticks[p])
        before, peak = self.before[pid], self.peak[pid]
        return f"worker RSS {before:.0f} → peak {peak:.0f} MB ({peak - before:+.1f} MB)"


def download(url: str, cookie: str, keep: bool = False) -> dict:
    """One GET through gunicorn, read in 64 KiB chunks: status, seconds, bytes, lines."""
    request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310 - loopback
    size = lines = 0
    kept = io.BytesIO() if keep else None
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:  # noqa: S310 - loopback
            status = answer.status
            while chunk := answer.read(65536):
                size += len(chunk)
                lines += chunk.count(b"\n")
                if kept is not None:
                    kept.write(chunk)
    except (OSError, http.client.HTTPException) as error:
        status = getattr(error, "code", None) or type(error).__name__
    return {
        "status": status,
        "seconds": time.perf_counter() - started,
        "bytes": size,
        "lines": lines,
        "content": kept,
    }


def xlsx_rows(content: io.BytesIO | None) -> int | None:
    """Rows of the first worksheet, heading row excluded (its <row> elements counted)."""
    try:
        with zipfile.ZipFile(content) as book:
            sheet = next(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))
            return book.read(sheet).count(b"<row") - 1
    except (zipfile.BadZipFile, StopIteration, TypeError):
        return None


def traced_export(client, path: str) -> dict:
    """The export run in-process under tracemalloc, its content consumed chunk by chunk.

    Also the peak when the view has returned its response, before any row is read, and
    once the first 1,000 rows are out, to compare with the peak at the end.
    """
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    response = client.get(path)
    returned_peak = tracemalloc.get_traced_memory()[1]
    size = lines = 0
    early_peak = None
    for chunk in response.streaming_content:
        size += len(chunk)
        lines += chunk.count(b"\n")
        if early_peak is None and lines > 1000:
            early_peak = tracemalloc.get_traced_memory()[1]
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "status": response.status_code,
        "seconds": seconds,
        "bytes": size,
        "lines": lines,
        "peak": peak / 2**20,
        "returned_peak": returned_peak / 2**20,
        "early_peak": early_peak / 2**20 if early_peak is not None else None,
        "streaming": response.streaming,
    }


def measure_learners_report(
    client, cookie: str, page, queries: int, workers: list[int], course_id: int
):
    """The learners report of the bench's course alone: its first page in sequence, then
    the full exports."""
    learners = learners_total(page.content)
    say(f"learners report, first page alone: {SEQUENTIAL} sequential requests")
    times, statuses, size = [], set(), 0
    for _ in range(SEQUENTIAL):
        answer = download(BASE + learners_report_path(course_id), cookie)
        times.append(answer["seconds"] * 1000)
        statuses.add(answer["status"])
        size = answer["bytes"]
    results = [
        {
            "name": f"first page alone, {SEQUENTIAL} sequential requests through gunicorn",
            "status": "/".join(str(s) for s in sorted(statuses, key=str)),
            "time": f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms",
            "bytes": size,
            "rows": f"{learners:,} learners in the report" if learners is not None else "?",
            "queries": str(queries),
            "memory": "",
        }
    ]
    for export in ("csv", "xlsx"):
        say(f"learners report, {export.upper()} export of all rows through gunicorn")
        with WorkerMemory(workers) as memory:
            answer = download(
                BASE + learners_report_path(course_id, export), cookie, keep=export == "xlsx"
            )
        rows = answer["lines"] - 1 if export == "csv" else xlsx_rows(answer["content"])
        results.append(
            {
                "name": f"{export.upper()} export, all rows, through gunicorn",
                "status": str(answer["status"]),
                "time": f"{answer['seconds']:.1f} s",
                "bytes": answer["bytes"],
                "rows": f"{rows:,}" if rows is not None else "?",
                "queries": "",
                "memory": memory.served(),
            }
        )
    for export in ("csv", "xlsx"):
        say(f"learners report, {export.upper()} export in-process under tracemalloc")
        traced = traced_export(client, learners_report_path(course_id, export))
        kind = (
            "streamed, read chunk by chunk"
            if export == "csv" and traced["streaming"]
            else "workbook written to a BytesIO, read chunk by chunk"
        )
        memory = f"tracemalloc peak {traced['peak']:.1f} MB"
        if export == "csv" and traced["early_peak"] is not None:
            memory += (
                f" (response returned, no row read yet: {traced['returned_peak']:.1f} MB; "
                f"after the first 1,000 rows: {traced['early_peak']:.1f} MB)"
            )
        results.append(
            {
                "name": f"{export.upper()} export, all rows, in-process ({kind})",
                "status": str(traced["status"]),
                "time": f"{traced['seconds']:.1f} s",
                "bytes": traced["bytes"],
                "rows": f"{traced['lines'] - 1:,}" if export == "csv" else "",
                "queries": "",
                "memory": memory,
            }
        )
    return results


# What one post on the practice timeline may cost (issue 17), measured in-process on the
# seeded database, the learner's access kept (practice/access.py Writer) and the person
# and the session in Redis: the post with its hashtags in one statement (practice/posting.py);
# one more while the step is not done (its goal).
PRACTICE_POST_QUERIES = 2

# Issue 15's targets for signed-in pages, as ratios to the visitor's page of the same run:
# row: (visitor row, least share of its req/s, p99 under this many ms or None, queries at most).
TARGETS = {
    "lesson, learner": ("lesson, visitor", 0.25, 50, 6),
    "testimonial 2,000 comments, learner": ("testimonial 2,000 comments, visitor", 0.15, 80, 6),
    "dashboard, learner": ("home, visitor", 0.25, None, 6),
    # Issue 17: the practice timeline's poll (200 learners, mostly "nothing new": 304)
    # and posting, against the visitor's lesson.
    f"practice poll, {POLLERS} learners": ("lesson, visitor", 0.50, None, 2),
    "practice post, learner": ("lesson, visitor", 0.20, None, PRACTICE_POST_QUERIES),
}


def against_target(row: dict, rows: list[dict]) -> tuple[str, str, str]:
    """The ratio to the visitor's page, the target, and "met"/"not met" (blank: no target)."""
    target = TARGETS.get(row["name"])
    if target is None:
        return "", "", ""
    visitor_name, share, p99, queries = target
    visitor = next((r for r in rows if r["name"] == visitor_name), None)
    if visitor is None or not visitor["rps"]:
        return "?", "", "not met"
    ratio = row["rps"] / visitor["rps"]
    wanted = f">= {share:.0%} of {visitor_name}"
    if p99 is not None:
        wanted += f", p99 < {p99} ms"
    wanted += f", <= {queries} queries"
    met = (
        ratio >= share
        and (p99 is None or row["p99"] < p99)
        and isinstance(row["queries"], int)
        and row["queries"] <= queries
        and not row["errors"]
    )
    return f"{ratio:.0%}", wanted, "met" if met else "not met"


def report(rows: list[dict], memory: list[float], learners: list[dict]) -> None:
    ceiling = rows[0]["rps"] or 1
    lines = [
        f"`make bench` — {DURATION}s per run, wrk -t2 -c{CONNECTIONS}, gunicorn 2 sync workers, "
        f"{os.cpu_count()} cores",
        "",
        "| page | status | bytes | queries | req/s | p50 ms | p99 ms | errors | vs ceiling "
        "| vs visitor | target | |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in rows:
        ratio, wanted, met = against_target(r, rows)
        lines.append(
            f"| {r['name']} | {r['status']} | {r['bytes']:,} | {r['queries']} | {r['rps']:,.0f} | "
            f"{r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} | {r['rps'] / ceiling:.0%} "
            f"| {ratio} | {wanted} | {met} |"
        )
    lines += [
        "",
        "gunicorn worker memory after the runs: " + ", ".join(f"{m:.0f} MB" for m in memory),
    ]
    if learners:
        lines += [
            "",
            "Trainer learners report, the bench course's 10,000 learners (filtered by course)",
            "",
            "| run | status | time | bytes | rows | queries | memory |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for r in learners:
            lines.append(
                f"| {r['name']} | {r['status']} | {r['time']} | {r['bytes']:,} | {r['rows']} | "
                f"{r['queries']} | {r['memory']} |"
            )
        lines += [
            "",
            "Flat memory is judged on one size, all the bench course's rows (its seeded "
            "learners are all in one session and one progress band: no further filter gives a "
            "smaller non-empty slice): peak "
            "growth against the bytes of the export, and, for the CSV in-process, the peak when "
            "the view has returned its response (before any row is streamed) and after the "
            "first 1,000 rows against the peak at the end.",
        ]
    text = "\n".join(lines)
    (VAR / "results.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
