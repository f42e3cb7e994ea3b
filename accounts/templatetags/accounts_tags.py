"""Template helpers for the account pages: the account menu, the way back to the admin."""

from allauth.mfa.utils import is_mfa_enabled
from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from accounts.middleware import ADMIN_PREFIX, RETURN_SESSION_KEY

register = template.Library()

ACCOUNT_MENU = [
    ("profile", _("Profile")),
    ("account_email", _("Email addresses")),
    ("account_change_password", _("Password")),
    ("mfa_index", _("Two-factor authentication")),
    ("export_data", _("Export my data")),
    ("delete_account", _("Delete my account")),
]
# Pages that belong to a menu entry without being its own URL.
MENU_SECTIONS = {
    "account_set_password": "account_change_password",
    "mfa_activate_totp": "mfa_index",
    "mfa_deactivate_totp": "mfa_index",
    "mfa_view_recovery_codes": "mfa_index",
    "mfa_generate_recovery_codes": "mfa_index",
}


@register.simple_tag(takes_context=True)
def account_menu(context):
    """The entries of the account menu, the current page's section marked."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    current = MENU_SECTIONS.get(match.url_name, match.url_name) if match else None
    items = []
    for url_name, label in ACCOUNT_MENU:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "is_current": url_name == current})
    return items


@register.simple_tag(takes_context=True)
def staff_admin_return(context) -> str:
    """The admin page a staff member was sent away from, once their second factor is on."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return ""
    path = request.session.get(RETURN_SESSION_KEY, "")
    if not path.startswith(ADMIN_PREFIX) or not is_mfa_enabled(request.user):
        return ""
    return path
