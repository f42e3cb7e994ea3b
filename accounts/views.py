"""The learner's own account pages: profile, export of their data, deletion.

Every view works on request.user only: no URL carries a user id, so nobody can
reach another person's profile, data or account through them.
"""

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from accounts import ratelimit as write_rate
from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.models import User
from accounts.privacy import erase_user_data, export_user_data, sections

EXPORT_FILENAME = "gazouillis-mes-donnees.json"


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    # The form edits its own copy: a refused submission must not show up in the
    # rest of the page (the header, the public preview) as if it were saved.
    instance = User.objects.get(pk=request.user.pk)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        if not write_rate.allow("profile_change", request.user):
            form.add_error(None, write_rate.TOO_FAST)
            return TemplateResponse(request, "accounts/profile.html", {"form": form}, status=429)
        user = form.save()
        language = user.preferred_language
        # The next page is in the chosen language, and so is the message on it.
        with translation.override(language):
            messages.success(request, gettext("Your profile has been saved."))
        response = redirect(translate_url(request.path, language))
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
    return TemplateResponse(request, "accounts/profile.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def export_data(request):
    """GET explains what the file holds; POST downloads it (a POST: it is never cached
    or prefetched, and a link elsewhere cannot trigger it)."""
    if request.method == "POST":
        if not write_rate.allow("data_export", request.user):
            return TemplateResponse(
                request,
                "accounts/export_data.html",
                {
                    "sections": [section.name for section in sections()],
                    "too_fast": write_rate.TOO_FAST_NOTHING_TYPED,
                },
                status=429,
            )
        payload = {
            "exported_at": timezone.now(),
            "sections": export_user_data(request.user),
        }
        response = JsonResponse(
            payload,
            encoder=DjangoJSONEncoder,
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
        response["Content-Disposition"] = f'attachment; filename="{EXPORT_FILENAME}"'
        response["Cache-Control"] = "no-store"
        return response
    return TemplateResponse(
        request,
        "accounts/export_data.html",
        {"sections": [section.name for section in sections()]},
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    if user.is_superuser:
        # The last administrator deleting themselves would lock everyone out of the
        # admin: another administrator removes the account instead.
        status = 403 if request.method == "POST" else 200
        return TemplateResponse(
            request, "accounts/delete_account.html", {"can_delete": False}, status=status
        )
    form = DeleteAccountForm(request.POST or None, user=user)
    rate_limited = False
    if request.method == "POST":
        # The password check is a way to guess the password of an open session:
        # it counts with allauth's reauthentication attempts.
        if not ratelimit.consume(request, action="reauthenticate", user=user):
            rate_limited = True
            form = DeleteAccountForm(user=user)
        elif form.is_valid():
            with transaction.atomic():
                erase_user_data(user)
                user.delete()
            logout(request)
            messages.success(
                request, gettext("Your account has been deleted, with your personal data.")
            )
            return redirect(reverse("wagtail_serve", args=[""]))
    return TemplateResponse(
        request,
        "accounts/delete_account.html",
        {"form": form, "can_delete": True, "rate_limited": rate_limited},
    )
