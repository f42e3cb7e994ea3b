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
# One process: the local-memory cache sees every invalidation, so the suite runs
# the outline cache as production does.
OUTLINE_CACHE = True
