"""Staff enter the Wagtail admin only with two-factor authentication, when required.

With settings.STAFF_REQUIRE_MFA on, a staff member without an authenticator who
asks for a page of /admin/ is sent to the authenticator activation page (under
/<lang>/account/2fa/, outside /admin/, so always reachable). The admin page
they asked for is kept in the session: once the authenticator is active, the
account pages offer to continue there (see accounts_tags.staff_admin_return).
Learners, anonymous visitors and everything outside /admin/ are never affected.
"""

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect

ADMIN_PREFIX = "/admin/"
# Signing out of the admin must stay possible without a second factor.
ADMIN_PATHS_WITHOUT_MFA = ("/admin/logout/",)
RETURN_SESSION_KEY = "accounts.staff_mfa_return"


def needs_two_factor(request) -> bool:
    user = request.user
    return bool(
        settings.STAFF_REQUIRE_MFA
        and user.is_authenticated
        and user.is_staff
        and not is_mfa_enabled(user)
    )


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX):
            if needs_two_factor(request) and request.path not in ADMIN_PATHS_WITHOUT_MFA:
                if request.method == "GET":
                    request.session[RETURN_SESSION_KEY] = request.get_full_path()
                return redirect("mfa_activate_totp")
            if RETURN_SESSION_KEY in request.session and request.user.is_authenticated:
                # They made it to the admin: the offer to continue there has served.
                del request.session[RETURN_SESSION_KEY]
        return self.get_response(request)
