"""When the database is unreachable the site answers 503 with Retry-After, quickly, instead of 500.

Written without the database: a static template, no context processors, no session.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

logger = logging.getLogger("config.errors")

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def database_unavailable() -> HttpResponse:
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection in a view or its template into a 503 page.

    Django closes the broken connection at the end of the request (CONN_HEALTH_CHECKS
    checks the next one), so the site recovers by itself when the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.warning("database unavailable for %s: %s", request.path, exception)
            return database_unavailable()
        return None


def server_error(request):
    """handler500: the same 503 when a middleware, not a view, lost the database."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable()
    return HttpResponseServerError(loader.render_to_string("500.html"))
