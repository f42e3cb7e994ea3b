"""Several app servers as one site, on this machine and on loopback only: a Redis and a
PostgreSQL database of their own, gunicorn instances with production settings, nginx in
front. Used by scripts/multiserver.py and scripts/faults.py; every wait is bounded.
"""

import http.client
import json as json_module
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
VAR = ROOT / "var" / "cluster"
SERVER_URL = os.environ.get("CLUSTER_SERVER_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("CLUSTER_DATABASE", "gz_cluster")


def say(message: str) -> None:
    print(f"==> {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"FAILED: {what} within {seconds}s")


def environment(redis_port: int, database_url: str = f"{SERVER_URL}/{DATABASE}") -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "SECRET_KEY": "cluster-only-" + "k3y-" * 14,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "MEDIA_ROOT": str(VAR / "media"),
        "WEB_CONCURRENCY": "1",
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_TIMEOUT": "20",
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE_SECONDS": "60",
        # Small pool of the database's connection checks: a dead connection is noticed
        # on the next request.
        "DB_CONN_MAX_AGE": "60",
    }


class Redis:
    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_until(self.ping, 10, "redis-server answers")

    def ping(self) -> bool:
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Gunicorn:
    def __init__(self, name: str, env: dict):
        self.name, self.port, self.env, self.process = name, free_port(), env, None
        self.log = VAR / f"gunicorn-{name}.log"

    def start(self):
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "-c",
                "config/gunicorn.conf.py",
                "config.wsgi",
            ],
            cwd=ROOT,
            env={**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"},
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        wait_until(
            lambda: get(self.port, "/healthz")[0] == 200, 60, f"gunicorn {self.name} answers"
        )

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Nginx:
    def __init__(self, upstream_ports: list[int]):
        self.port = free_port()
        self.prefix = VAR / "nginx"
        self.upstream_ports = upstream_ports
        self.process = None

    def start(self):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(binary).exists():
            raise SystemExit(
                "nginx is missing: `make multiserver` installs it (apt-get install nginx-light)"
            )
        self.prefix.mkdir(parents=True, exist_ok=True)
        template = (ROOT / "deploy" / "nginx-multiserver.conf").read_text()
        config = template.format(
            prefix=self.prefix,
            port=self.port,
            user="user root;" if os.geteuid() == 0 else "",
            servers="\n".join(
                f"        server 127.0.0.1:{p} max_fails=0;" for p in self.upstream_ports
            ),
        )
        conf = self.prefix / "nginx.conf"
        conf.write_text(config)
        self.process = subprocess.Popen(
            [binary, "-p", str(self.prefix), "-c", str(conf), "-g", "daemon off;"],
            stderr=(self.prefix / "stderr.log").open("ab"),
        )
        wait_until(lambda: get(self.port, "/healthz")[0] == 200, 20, "nginx answers")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def get(port: int, path: str, cookies: dict | None = None, timeout: float = 10, source=None):
    return request(port, "GET", path, cookies=cookies, timeout=timeout, source=source)


def request(
    port, method, path, data=None, cookies=None, headers=None, timeout=10.0, json=None, source=None
):
    """One HTTP request to 127.0.0.1:port, no redirect followed; cookies sent by hand
    (the production cookies are Secure, which a cookie jar keeps off plain http).
    `data` is sent as a form, `json` as a JSON body. `source` is the client's own
    loopback address (127.0.0.2, 127.0.0.3...): several clients on one machine."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=timeout, source_address=(source, 0) if source else None
    )
    all_headers = {"Host": "127.0.0.1", **(headers or {})}
    body = None
    if json is not None:
        body = json_module.dumps(json)
        all_headers["Content-Type"] = "application/json"
    elif data is not None:
        body = urllib.parse.urlencode(data)
        all_headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookies:
        all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    try:
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        if cookies is not None:
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                value = rest.split(";", 1)[0]
                if value in ("", '""'):
                    cookies.pop(name, None)
                else:
                    cookies[name] = value
        return response.status, dict(response.headers), content
    finally:
        connection.close()


def csrf_token(port: int, path: str, cookies: dict, source=None) -> str:
    status, _headers, html = get(port, path, cookies, source=source)
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not match:
        raise SystemExit(f"FAILED: no CSRF token on {path} ({status})")
    return match.group(1)


def login(
    port: int, email: str, password: str, cookies: dict, source=None, headers=None
) -> tuple[int, str]:
    token = csrf_token(port, "/fr/account/login/", cookies, source=source)
    status, _headers, html = request(
        port,
        "POST",
        "/fr/account/login/",
        {"csrfmiddlewaretoken": token, "login": email, "password": password},
        cookies=cookies,
        source=source,
        headers=headers,
    )
    return status, html


def manage(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


def prepare_database(env: dict) -> None:
    """The cluster's database: created once, migrated, the demo course loaded (idempotent)."""
    exists = subprocess.run(
        [
            "psql",
            f"{SERVER_URL}/postgres",
            "-XtAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(
            ["psql", f"{SERVER_URL}/postgres", "-Xqc", f"CREATE DATABASE {DATABASE}"],
            check=True,
        )
    say(f"migrating {DATABASE} and loading the demo course (once; quick afterwards)")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo", stdout=subprocess.DEVNULL)
    manage(env, "collectstatic", "--no-input", "-v0")


CREATE_LEARNER = """
import sys
from allauth.account.models import EmailAddress
from accounts.models import User
email, password = sys.argv[-2:]
user = User.objects.create_user(email=email, password=password, display_name="Essai " + email[:8])
EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
"""


def create_learner(env: dict, email: str, password: str) -> None:
    code = CREATE_LEARNER.replace("sys.argv[-2:]", repr([email, password]))
    manage(env, "shell", "--no-imports", "-c", code)


class PrivatePostgres:
    """A PostgreSQL server of the fault test's own (on a free loopback port), so that
    restarting it disturbs nothing else; filled from the cluster database's dump."""

    def __init__(self):
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not versions:
            raise SystemExit(
                "PostgreSQL's server binaries are missing (apt-get install postgresql)"
            )
        self.bin = versions[-1].parent
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="gz-faults-pg-"))
        self.data = self.root / "data"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def _run(self, *args: str, timeout: float = 60) -> None:
        subprocess.run(
            [*self.as_postgres, *args], check=True, timeout=timeout, stdout=subprocess.DEVNULL
        )

    def start(self) -> None:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self.pg_ctl("start")
        subprocess.run(
            [
                "psql",
                f"postgres://postgres@127.0.0.1:{self.port}/postgres",
                "-Xqc",
                f"CREATE DATABASE {DATABASE}",
            ],
            check=True,
            timeout=30,
        )

    def pg_ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root}"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-o",
            options,
            "-w",
            "-t",
            "30",
            action,
            *extra,
        )

    def copy_from(self, source_url: str) -> None:
        dump = subprocess.run(
            ["pg_dump", "-Fc", source_url], check=True, capture_output=True, timeout=120
        ).stdout
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", "-d", self.url],
            input=dump,
            check=True,
            timeout=120,
        )

    def stop(self) -> None:
        with suppress(subprocess.SubprocessError):
            self.pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def cluster(app_servers: int = 2, with_nginx: bool = True, private_postgres: bool = False):
    VAR.mkdir(parents=True, exist_ok=True)
    for tool in ("redis-server", "psql"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing")
    redis = Redis()
    redis.start()
    env = environment(redis.port)
    servers, nginx, postgres, site = [], None, None, None
    try:
        prepare_database(env)
        if private_postgres:
            postgres = PrivatePostgres()
            say(f"a PostgreSQL of its own on 127.0.0.1:{postgres.port}, filled from {DATABASE}")
            postgres.start()
            postgres.copy_from(env["DATABASE_URL"])
            env = environment(redis.port, postgres.url)
        servers = [Gunicorn(chr(ord("a") + i), env) for i in range(app_servers)]
        for server in servers:
            server.start()
        if with_nginx:
            nginx = Nginx([s.port for s in servers])
            nginx.start()
        say(
            "app servers on "
            + ", ".join(f"{s.name}=127.0.0.1:{s.port}" for s in servers)
            + (f", nginx on 127.0.0.1:{nginx.port}" if nginx else "")
        )
        site = {
            "env": env,
            "redis": redis,
            "servers": servers,
            "nginx": nginx,
            "postgres": postgres,
        }
        yield site
    finally:
        if nginx:
            nginx.stop()
        for server in servers:
            server.stop()
        # The test may have replaced the Redis it stopped with a new one.
        redis.stop()
        if site and site["redis"] is not redis:
            site["redis"].stop()
        if postgres:
            postgres.stop()
