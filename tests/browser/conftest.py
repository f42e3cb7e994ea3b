"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Each page visited is also checked with axe-core (from the npm package, injected
into the page): serious or critical accessibility violations fail the test.
"""

import os
import threading
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in the test thread; the ORM calls the
# tests make there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make test`, which installs it.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=[(390, 844), (1280, 900)], ids=["phone", "laptop"])
def viewport(request):
    return {"width": request.param[0], "height": request.param[1]}


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=viewport, locale="fr-FR")
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on(
        "response",
        lambda r: r.status >= 400 and page.console_errors.append(f"{r.status} {r.url}"),
    )
    yield page
    context.close()


class _RequestsInFlight:
    """Counts the live server's requests being answered, to wait until none is."""

    def __init__(self, app):
        self.app = app
        self.count = 0
        self.idle = threading.Condition()

    def __call__(self, environ, start_response):
        with self.idle:
            self.count += 1
        try:
            return self.app(environ, start_response)
        finally:
            with self.idle:
                self.count -= 1
                self.idle.notify_all()

    def wait(self, timeout: float = 30) -> None:
        with self.idle:
            self.idle.wait_for(lambda: self.count == 0, timeout=timeout)


@pytest.fixture(autouse=True)
def _no_request_left_at_the_flush(live_server):
    # A request the browser sent just before the test ended (an admin ping, a fetch)
    # may still be reading a table when the test's flush empties it: on in-memory
    # SQLite that fails the flush ("database table is locked"). Set up before `page`,
    # this waits, after the browser is closed, until the live server has answered.
    httpd = live_server.thread.httpd
    if not isinstance(httpd.get_app(), _RequestsInFlight):
        httpd.set_app(_RequestsInFlight(httpd.get_app()))
    yield
    httpd.get_app().wait()


@pytest.fixture
def demo(live_server, settings, tmp_path):
    # Browser tests are marked django_db(transaction=True): the live server needs
    # real commits. Each test's flush removes the root page, locale and collection
    # of the migrations; load_demo puts them back.
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def assert_accessible(page):
    """No serious or critical axe-core violation on the page as it is now."""
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `make test`, which installs it.")
    # Evaluated through the DevTools protocol: the site's Content-Security-Policy (no
    # inline script without its nonce) stays on while axe-core runs.
    page.evaluate(AXE.read_text())
    # Colours are judged as the reader sees them, not halfway through a fade-in (the
    # admin's messages appear with a transition).
    # Bounded: an animation that never finishes must not hold the test.
    page.evaluate(
        """Promise.race([
            Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))),
            new Promise((resolve) => setTimeout(resolve, 3000)),
        ])"""
    )
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert problems == [], f"{page.url}\n" + "\n".join(problems)


def assert_fits_the_screen(page):
    """Nothing forces the reader to scroll sideways."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"
