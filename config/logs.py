"""Structured logs: one JSON object per line on stdout, for the process manager or collector."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has: the rest were passed with `extra=` and are kept.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"], entry["path"] = request.method, request.path
        for name, value in vars(record).items():
            if name not in _STANDARD and name != "request":
                entry[name] = value if isinstance(value, str | int | float | bool) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def json_logging(level: str) -> dict:
    """A LOGGING dict that sends every logger's records to stdout as JSON lines."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "config.logs.JsonFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": "json",
            }
        },
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            "django": {"handlers": ["stdout"], "level": level, "propagate": False},
            # Django's own 5xx and 4xx lines; the security logger reports DisallowedHost etc.
            "django.request": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
            "django.security": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        },
    }
