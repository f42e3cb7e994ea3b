"""Production: every secret and host from the environment, nothing defaulted to unsafe."""

from config.env import env_bool, env_int, env_str
from config.logs import json_logging

from .base import *  # noqa: F403
from .base import CONTENT_SECURITY_POLICY, DATABASES, INSTALLED_APPS, MIDDLEWARE

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Who the client is, behind the proxy: allauth's get_client_ip reads the address from
# X-Forwarded-For, counting TRUSTED_PROXY_COUNT proxies from the right (each appends the
# address it saw: nginx's $proxy_add_x_forwarded_for), so a client cannot choose its own.
# Without it every client would be the proxy's 127.0.0.1, and one client's failed
# sign-ins or password resets would lock everyone out. 1: nginx alone in front (as in
# deploy/); 2: a load balancer and nginx; 0: no proxy, the socket's address.
# TRUSTED_CLIENT_IP_HEADER (e.g. X-Real-IP, CF-Connecting-IP) reads a header that the
# proxy sets instead. Any IP-based rule in the project uses the same function.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("TRUSTED_CLIENT_IP_HEADER", "") or None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media in S3-compatible object storage (django-storages) when a bucket is named, so
# that several app servers share them; local files under MEDIA_ROOT otherwise.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", "") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "") or None
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
            "access_key": env_str("AWS_ACCESS_KEY_ID", "") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY", "") or None,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            "file_overwrite": False,
            "default_acl": None,
            # Public-read buckets behind a custom domain need no signed URLs.
            "querystring_auth": not AWS_S3_CUSTOM_DOMAIN,
        },
    }
    # Images and documents now come from the bucket's host: the policy must say so.
    _media_origin = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else (AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    )
    _directives = CONTENT_SECURITY_POLICY["DIRECTIVES"]
    CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {
            **_directives,
            "img-src": [*_directives["img-src"], _media_origin],
            "media-src": [*_directives["media-src"], _media_origin],
        }
    }

# SMTP when EMAIL_HOST is set; the console (the process's log) otherwise.
if env_str("EMAIL_HOST", ""):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_str("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405

LOGGING = json_logging(env_str("LOG_LEVEL", "INFO"))

PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)

STAFF_REQUIRE_MFA = env_bool("STAFF_REQUIRE_MFA", True)

INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The site serves its own static files, compressed and hashed (collectstatic first).
MIDDLEWARE = [*MIDDLEWARE[:1], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
