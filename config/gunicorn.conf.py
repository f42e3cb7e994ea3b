"""gunicorn settings for production: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

Every value can be changed from the environment (GUNICORN_BIND, WEB_CONCURRENCY, ...).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: the site's requests are short and database-bound. Two per core
# is a good start; each worker holds one persistent database connection.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after this many requests, so slow growth of memory never adds up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# The proxy in front (nginx) sets X-Forwarded-For/-Proto; trust it only from loopback.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Access log on stdout beside the application's JSON lines; errors on stderr.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = (
    '{"time":"%(t)s","level":"INFO","logger":"gunicorn.access","method":"%(m)s",'
    '"path":"%(U)s","status":%(s)s,"bytes":"%(B)s","duration_ms":%(M)s}'
)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# gunicorn's control socket is one path per user by default: several instances on one
# machine (the multi-server test, the benchmark) would take it from each other.
control_socket_disable = os.environ.get("GUNICORN_CONTROL_SOCKET", "") == ""
if not control_socket_disable:
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
