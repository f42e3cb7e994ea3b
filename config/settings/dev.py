"""Local development: the demo course on SQLite, emails on the console."""

from config.env import env_bool, env_str

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")

# Emails are written to files under var/mail so that a developer can open the links.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"

SERVE_MEDIA = True
