"""`make multiserver`: two gunicorn instances sharing PostgreSQL and Redis behind nginx
behave as one site. Loopback only, every wait bounded; exits non-zero on the first failure.

- nginx spreads requests over both app servers;
- a sign-in on one app server is valid on the other;
- failed sign-ins are counted across both (allauth's limit: 5 per account);
- behind nginx each client is counted at its own address (ALLAUTH_TRUSTED_PROXY_COUNT):
  sign-in failures and password resets from one client (127.0.0.2) do not lock out
  another (127.0.0.3), and a forged X-Forwarded-For does not get the first one out;
- a comment posted through one is read through the other;
- an exercise draft autosaved through one is read through the other;
- a page published while visitors' copies are cached on one shows on the other.
"""

import html
import re
import sys
import time
import uuid

from cluster import (
    cluster,
    create_learner,
    csrf_token,
    get,
    login,
    manage,
    request,
    say,
)

# allauth's message once an address has had 5 failed sign-ins in 5 minutes.
TOO_MANY = "Trop de tentatives de connexion échouées"
PASSWORD = "multi-server-pass-2027"  # noqa: S105 - a throw-away test account


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"FAILED: {message}")
    say(f"ok: {message}")


def _shell_print(env, code: str) -> str:
    out = manage(env, "shell", "--no-imports", "-c", code, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def first_testimonial_url(env) -> str:
    return _shell_print(
        env,
        "from course.models import TestimonialPage; "
        "print(TestimonialPage.objects.live().order_by('path').first().url)",
    )


def first_bio_exercise(env) -> tuple[str, str]:
    """The id and URL of the demo course's first bio exercise."""
    page_id, url = _shell_print(
        env,
        "from exercises.models import ExercisePage; "
        "p = ExercisePage.objects.live().filter(kind='bio').order_by('path').first(); "
        "print(p.pk, p.url)",
    ).split()
    return page_id, url


def check_clients_are_counted_apart(env, port: int) -> None:
    """Two clients at two loopback addresses, through nginx (which listens on 127.0.0.1
    and appends the address it saw to X-Forwarded-For)."""
    flooder, neighbour = "127.0.0.2", "127.0.0.3"
    neighbour_email = f"neighbour-{uuid.uuid4().hex[:10]}@example.org"
    create_learner(env, neighbour_email, PASSWORD)
    # allauth: 10 failed sign-ins a minute per address (5 per account: other emails here).
    for n in range(10):
        login(port, f"nobody-{n}-{uuid.uuid4().hex[:6]}@example.org", "x", {}, source=flooder)
    _status, page = login(port, neighbour_email, PASSWORD, {}, source=flooder)
    check(TOO_MANY in html.unescape(page), "10 failed sign-ins from 127.0.0.2 stop 127.0.0.2")
    _status, page = login(
        port, neighbour_email, PASSWORD, {}, source=flooder, headers={"X-Forwarded-For": neighbour}
    )
    check(TOO_MANY in html.unescape(page), "even when it forges X-Forwarded-For: 127.0.0.3")
    status, _page = login(port, neighbour_email, PASSWORD, {}, source=neighbour)
    check(status == 302, "and 127.0.0.3 signs in with its password, through nginx")

    # allauth: 20 password-reset requests a minute per address.
    cookies = {}
    token = csrf_token(port, "/fr/account/password/reset/", cookies, source=flooder)
    statuses = [
        request(
            port,
            "POST",
            "/fr/account/password/reset/",
            {"csrfmiddlewaretoken": token, "email": f"reset-{n}@example.org"},
            cookies=cookies,
            source=flooder,
        )[0]
        for n in range(21)
    ]
    check(statuses[-1] == 429, f"the 21st password reset from 127.0.0.2 is refused ({statuses})")
    cookies = {}
    token = csrf_token(port, "/fr/account/password/reset/", cookies, source=neighbour)
    status = request(
        port,
        "POST",
        "/fr/account/password/reset/",
        {"csrfmiddlewaretoken": token, "email": neighbour_email},
        cookies=cookies,
        source=neighbour,
    )[0]
    check(status == 302, f"while 127.0.0.3 asks for its reset ({status})")


def main() -> None:
    started = time.monotonic()
    with cluster(app_servers=2) as site:
        a, b = site["servers"]
        nginx = site["nginx"]
        env = site["env"]

        seen = {get(nginx.port, "/healthz")[1].get("X-Upstream") for _ in range(6)}
        check(
            {f"127.0.0.1:{a.port}", f"127.0.0.1:{b.port}"} <= seen,
            f"nginx sends requests to both app servers ({sorted(seen)})",
        )

        email = f"multi-{uuid.uuid4().hex[:10]}@example.org"
        create_learner(env, email, PASSWORD)
        cookies = {}
        check(login(a.port, email, PASSWORD, cookies)[0] == 302, "sign-in through app server A")
        status, _h, page = get(b.port, "/fr/my-learning/", cookies)
        check(status == 200 and "/account/logout/" in page, "the session is valid on app server B")
        through_proxy = [get(nginx.port, "/fr/my-learning/", cookies)[0] for _ in range(4)]
        check(through_proxy == [200] * 4, "and through nginx, whichever server answers")

        target = f"limited-{uuid.uuid4().hex[:10]}@example.org"
        create_learner(env, target, PASSWORD)
        limited = []
        for attempt in range(6):
            port = (a if attempt % 2 == 0 else b).port
            _status, page = login(port, target, "not-the-password", {})
            limited.append(TOO_MANY in html.unescape(page))
        check(
            limited == [False] * 5 + [True],
            f"failed sign-ins are counted across both servers (limited: {limited})",
        )

        check_clients_are_counted_apart(env, nginx.port)

        testimonial = first_testimonial_url(env)
        status, _h, page = get(a.port, testimonial, cookies)
        token = csrf_token(a.port, testimonial, cookies)
        content_type = re.search(r'name="content_type" value="(\d+)"', page).group(1)
        object_id = re.search(r'name="object_id" value="(\d+)"', page).group(1)
        text = f"Relu depuis l'autre serveur {uuid.uuid4().hex[:8]}"
        status, _h, _page = request(
            a.port,
            "POST",
            "/fr/discussions/post/",
            {
                "csrfmiddlewaretoken": token,
                "content_type": content_type,
                "object_id": object_id,
                "anchor": "",
                "body": text,
            },
            cookies=cookies,
        )
        check(status == 302, "a comment posted through app server A")
        status, _h, page = get(b.port, testimonial, cookies)
        check(text in html.unescape(page), "is read through app server B")

        exercise_id, exercise = first_bio_exercise(env)
        token = csrf_token(a.port, exercise, cookies)
        draft = f"Brouillon relu depuis l'autre serveur {uuid.uuid4().hex[:8]}"
        status, _h, _body = request(
            a.port,
            "POST",
            f"/fr/exercises/{exercise_id}/autosave/",
            json={"version": 0, "text": draft},
            cookies=cookies,
            headers={"X-CSRFToken": token},
        )
        check(status == 200, "an exercise draft autosaved through app server A")
        status, _h, page = get(b.port, exercise, cookies)
        check(draft in html.unescape(page), "is read through app server B")

        # Visitors' copies are cached in the shared Redis: a publish on one server (here
        # the command line, a third process) must drop them for all.
        for server in (a, b):
            get(server.port, testimonial)
        check(get(b.port, testimonial)[1].get("X-Page-Cache") == "hit", "B serves a cached copy")
        title = f"Table ronde {uuid.uuid4().hex[:6]}"
        manage(
            env,
            "shell",
            "--no-imports",
            "-c",
            "from course.models import TestimonialPage; "
            "p = TestimonialPage.objects.live().order_by('path').first(); "
            f"p.title = {title!r}; p.save_revision().publish()",
        )
        _status, _headers, page = get(b.port, testimonial)
        check(title in html.unescape(page), "a publish shows at once to visitors of app server B")
    say(f"multi-server checks passed in {time.monotonic() - started:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
