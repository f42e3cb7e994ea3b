"""The one settings module for the test suite, locally and in CI (SQLite or DATABASE_URL)."""

from config.env import env_str

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "test-only-insecure-key")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One folder per pytest-xdist worker ("gw0", "gw1"…), so that parallel tests never share files.
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / env_str("PYTEST_XDIST_WORKER", "main")
WAGTAILADMIN_BASE_URL = "http://testserver"

SERVE_MEDIA = True
# One process: the local-memory cache sees every new generation, so the suite keeps
# objects per process as production does (config/generations.py).
PROCESS_MEMO = True

# On PostgreSQL a lock that is never released would hold a test (and CI) forever: waiting
# more than a minute for a lock, or keeping a transaction idle for a minute, is an error
# that names the statement instead.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
        "-c lock_timeout=60s -c idle_in_transaction_session_timeout=60s"
    )
