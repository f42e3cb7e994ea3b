"""Production reads everything from the environment: media storage, email, logs, connections."""

import json
import logging

from config.logs import JsonFormatter
from tests.config.production import production_settings


def test_media_are_local_files_by_default():
    values = production_settings(["STORAGES", "CONTENT_SECURITY_POLICY"])
    assert values["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")


def test_media_go_to_s3_compatible_storage_when_a_bucket_is_named():
    values = production_settings(
        ["STORAGES", "CONTENT_SECURITY_POLICY"],
        AWS_STORAGE_BUCKET_NAME="gazouillis-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
    )
    default = values["STORAGES"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert default["OPTIONS"]["bucket_name"] == "gazouillis-media"
    assert default["OPTIONS"]["endpoint_url"] == "https://s3.example.net"
    # The pages may show images from the bucket's domain, and from nowhere else new.
    img_src = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert img_src == ["'self'", "data:", "https://media.example.org"]


def test_database_connections_persist_with_health_checks_and_sessions_survive_redis():
    values = production_settings(
        ["DATABASES", "SESSION_ENGINE", "CACHES"], REDIS_URL="redis://127.0.0.1:6379/3"
    )
    assert values["DATABASES"]["default"]["CONN_MAX_AGE"] > 0
    assert values["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert values["CACHES"]["default"]["BACKEND"] == "config.cache.TolerantRedisCache"


def test_email_goes_through_smtp_when_a_host_is_given():
    values = production_settings(["EMAIL_BACKEND", "EMAIL_HOST"], EMAIL_HOST="smtp.example.org")
    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org",
    }


def test_log_records_are_single_json_lines_with_their_extra_fields():
    record = logging.makeLogRecord(
        {"name": "config.cache", "levelname": "ERROR", "msg": "cache %s", "args": ("down",)}
    )
    record.retry_after = 5
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "cache down"
    assert entry["level"] == "ERROR"
    assert entry["retry_after"] == 5
