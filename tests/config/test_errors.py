"""A lost database gets a quick 503 page with Retry-After, not a 500, wherever it is noticed."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client, RequestFactory
from wagtail.models import Site

from config.errors import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_page_whose_database_is_down_answers_503_with_retry_after(home, error):
    client = Client(raise_request_exception=False)
    with mock.patch.object(Site, "find_for_request", side_effect=error("connection refused")):
        response = client.get(home.url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "momentanément indisponible" in response.content.decode()
    assert "Content-Security-Policy" in response


def test_the_site_answers_again_once_the_database_is_back(home):
    client = Client(raise_request_exception=False)
    with mock.patch.object(Site, "find_for_request", side_effect=OperationalError("down")):
        assert client.get(home.url).status_code == 503
    assert client.get(home.url).status_code == 200


def test_a_database_error_outside_the_view_also_gets_the_503_page():
    request = RequestFactory().get("/fr/")
    try:
        raise OperationalError("the session could not be saved")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503


def test_other_errors_keep_the_500_page():
    request = RequestFactory().get("/fr/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500
    assert "Une erreur est survenue" in response.content.decode()
