from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.http import require_POST
from django.views.i18n import set_language
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import LogoutView as WagtailLogoutView
from wagtail.documents import urls as wagtaildocs_urls

from config.health import healthz
from home import views as home_views

# A database outage gets a 503 page with Retry-After, anything else the 500 page.
handler500 = "config.errors.server_error"

# Wagtail's admin logout answers a GET with 405 yet deletes the session cookie on
# the way out, so a link or an image on any page could sign staff out. Here only a
# POST (which carries its CSRF token) reaches it: a GET changes nothing.
admin_logout = require_POST(WagtailLogoutView.as_view())

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/logout/", admin_logout, name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()


def serve_media(request, path):
    # MEDIA_ROOT is read per request, not when the URLconf loads, so that a test
    # pointing it at a temporary folder is served from there.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    # Development and tests only: in production the proxy or object storage serves media.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

# French under /fr/ (the default) and English under /en/: the same pages, the
# interface in the visitor's language.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("account/", include("accounts.urls")),
    path("account/", include("allauth.urls")),
    path("discussions/", include("discussions.urls")),
    path("exercises/", include("exercises.urls")),
    path("practice/", include("practice.urls")),
    path("", include("course.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
