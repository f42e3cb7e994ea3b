"""Settings shared by every environment; the environment-specific modules extend these."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config.env import env_list, env_str
from config.security import SITE_POLICY

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "config.apps.ProjectConfig",
    "accounts",
    "home",
    "course",
    "discussions",
    "exercises",
    "quizzes",
    "practice",
    "trainers",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.security.ContentSecurityPolicyMiddleware",
    "config.security.PermissionsPolicyMiddleware",
    "config.errors.DatabaseUnavailableMiddleware",
    # Before the session: a stored page is served without touching session or database.
    "config.pagecache.VisitorPageCacheMiddleware",
    # Before the session too: a practice timeline's poll with nothing new, answered from
    # its signed token and one cache read (practice/poll.py).
    "practice.poll.PollMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Signed-in responses are marked private, no-store for shared caches (config/security.py).
    "config.security.PrivateResponseMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the signed-in person's row kept in the cache (accounts/user_cache.py).
    "accounts.user_cache.CachedUserAuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: a signed-in page's shared HTML, filled for the learner, before Wagtail routes.
    "config.signed_in_pages.SignedInPageMiddleware",
]

# The same strict policy in every environment, so that a violation shows in development
# and in the browser tests, not first in production (config/security.py).
CONTENT_SECURITY_POLICY = SITE_POLICY
SECURE_REFERRER_POLICY = "same-origin"

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite by default so that a newcomer needs no database server; DATABASE_URL
# points at PostgreSQL in CI and production.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=0,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
WAGTAILADMIN_LOGIN_URL = "account_login"

# django-allauth: email login, mandatory confirmation, no account enumeration.
# Its rate limits count in the cache, so every environment has a real cache.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"  # adds an optional display name
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
}
# How often a signed-in person may write, per action (accounts/ratelimit.py): counted
# per user in the shared cache, "5/m,50/d" is 5 a minute and 50 a day. Set well above
# what a learner does (autosave: every 2 s of typing, from two tabs) to stop floods only.
WRITE_RATE_LIMITS = {
    "comment_post": "5/m,50/d",
    "comment_edit": "5/m,100/d",
    "comment_delete": "10/m,100/d",
    "comment_report": "5/m,30/d",
    "thread_follow": "20/m,300/d",
    "exercise_autosave": "120/m,3000/h",
    "exercise_save": "20/m,500/d",
    "exercise_submit": "5/m,50/d",
    "exercise_opinion": "10/m,100/d",
    "quiz_check": "30/m,1000/d",
    "quiz_submit": "5/m,100/d",
    "quiz_import": "20/m,300/d",
    "peer_request": "5/m,50/d",
    "course_progress": "60/m,2000/d",
    "course_enrolment": "10/m,50/d",
    "profile_change": "10/m,100/d",
    "data_export": "5/h,20/d",
    "practice_post": "10/m,200/d",
    "practice_like": "30/m,1000/d",
    "practice_moderate": "30/m,1000/d",
    "practice_report": "5/m,30/d",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Gazouillis"
# Staff must have two-factor authentication to enter /admin/ when this is on.
STAFF_REQUIRE_MFA = False

# Redis when REDIS_URL is set (shared by every app server: rate limits, sessions,
# cache); a local-memory cache otherwise, enough for one process. The Redis cache
# tolerates Redis going away: misses instead of errors, back by itself (config/cache.py).
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "gazouillis",
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "retry_after": 5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "gazouillis",
        }
    }

# Each process keeps objects it has read for the content generation (config/generations.py:
# outline pages, page privacy) only when the cache is shared, so that a page published by
# another process (the task worker, `publish_scheduled`) reaches it; a local-memory cache
# cannot tell it.
PROCESS_MEMO = bool(REDIS_URL)

# Whole pages for visitors who are not signed in (config/pagecache.py): off in
# development and tests, on in production (PAGE_CACHE_SECONDS).
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_MODELS = [
    "home.HomePage",
    "course.CoursePage",
    "course.LessonPage",
    "course.TestimonialPage",
]

# Background work through the tasks API; immediate in dev and tests, a database
# queue with its worker in production.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# French first: /fr/ is the default, /en/ the English interface over the same content.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date format per language and use: config/formats/{fr,en}/formats.py.
FORMAT_MODULE_PATH = ["config.formats"]
# The language cookie (set by the profile and by /i18n/setlang/) is not sent along
# with other sites' requests; production also marks it Secure.
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Page editors with long StreamFields post many fields at once.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Gazouillis"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("fr", _("French"))]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Used by PostgreSQL's full-text search; SQLite's FTS ignores it.
        "SEARCH_CONFIG": "french",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Gazouillis <noreply@localhost>")

# No Gravatar: staff avatars would leak their email hash to a third party and the
# admin's Content-Security-Policy allows images from the site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor the admin's call to wagtail.org for new releases (upgrades come through pyproject.toml).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# An approved review publishes even when the reviewer may not publish at once (trainers).
WAGTAIL_FINISH_WORKFLOW_ACTION = "trainers.publishing.publish_approved"
