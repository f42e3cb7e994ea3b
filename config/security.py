"""Response headers that protect every page: the Content-Security-Policy and Permissions-Policy.

The site's policy is strict: scripts and styles come from the site itself, inline
scripts only with the request's nonce (`{{ request.csp_nonce }}`), no plugins, no
framing by other sites. Django's SecurityMiddleware adds HSTS, nosniff and the
Referrer-Policy; this module adds what it does not.
"""

from csp.constants import NONCE, NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.utils.cache import patch_cache_control

from config.env import env_list

# Video hosts whose players the lesson's video block (Wagtail embeds) may frame.
EMBED_FRAME_HOSTS = env_list(
    "CSP_FRAME_HOSTS",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com,"
    "https://www.dailymotion.com,https://geo.dailymotion.com,https://peertube.fr",
)

SITE_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # Wagtail's responsive embeds (WAGTAILEMBEDS_RESPONSIVE_HTML) size the video
        # frame with a style attribute; an attribute cannot load or run anything.
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_FRAME_HOSTS],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's preview shows pages in an iframe of the admin (same origin).
        "frame-ancestors": [SELF],
    }
}


# Wagtail 8's admin still writes inline <script> elements without a nonce (the
# InlinePanel in wagtailadmin/panels/inline_panel.html, the date and time pickers in
# wagtailadmin/widgets/date_input.html, ...) and sets style attributes from its
# scripts and templates, so /admin/ gets 'unsafe-inline' for scripts and styles
# (admin_directives).
# Only signed-in staff reach those pages; a nonce would make browsers ignore
# 'unsafe-inline', so this policy has none. Everything else stays as strict as the site's.
def admin_directives(site_directives: dict) -> dict:
    """The site's directives (settings.CONTENT_SECURITY_POLICY) loosened for Wagtail's admin."""
    return {
        **site_directives,
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [*site_directives["img-src"], "blob:"],
        "font-src": [*site_directives["font-src"], "data:"],
    }


ADMIN_PREFIX = "/admin/"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
)
# Embedded videos may go full screen and play (the frames come from EMBED_FRAME_HOSTS).
PERMISSIONS_POLICY += ", fullscreen=(self), autoplay=(self)"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's looser policy on /admin/ (see admin_directives)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(config=default_config(admin_directives(directives)), nonce=None)
        return parts


class PermissionsPolicyMiddleware:
    """Turns off the browser features the site never uses, for it and anything it frames."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class PrivateResponseMiddleware:
    """`Cache-Control: private, no-store` on every response to a signed-in person.

    `Vary: Cookie` alone lets a shared cache in front of the site (a proxy, a CDN)
    keep a signed-in page and hand it to whoever sends the same cookie header;
    `private, no-store` tells it to keep nothing. A request that carries a session
    (a visitor who gave a page's password, or has a message waiting) is treated
    the same: its page may depend on that session. Visitors without a session are
    untouched, so their pages stay cacheable (config/pagecache.py keeps them).
    Placed right after SessionMiddleware, so that it also marks the responses of
    the middleware inside it (a CSRF refusal, the two-factor redirect).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or (
            settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            patch_cache_control(response, private=True, no_store=True)
        return response
