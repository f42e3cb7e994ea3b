"""Signing out of the admin takes a POST: a GET (a link, an image on any page) changes nothing."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_get_of_the_admin_logout_keeps_the_staff_session_and_its_cookie(admin_client):
    response = admin_client.get("/admin/logout/")
    assert response.status_code == 405
    assert settings.SESSION_COOKIE_NAME not in response.cookies  # not deleted, not replaced
    assert admin_client.get("/admin/").status_code == 200  # still signed in


def test_a_post_of_the_admin_logout_signs_out_and_deletes_the_cookie(admin_client):
    assert reverse("wagtailadmin_logout") == "/admin/logout/"
    response = admin_client.post("/admin/logout/")
    assert response.status_code == 302
    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 0
    assert admin_client.get("/admin/").status_code == 302  # to the sign-in page


def test_a_cross_site_post_of_the_admin_logout_is_refused(admin_user):
    """Without the CSRF token a form on another site cannot sign staff out either."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.post("/admin/logout/")
    assert response.status_code == 403
    assert client.get("/admin/").status_code == 200
