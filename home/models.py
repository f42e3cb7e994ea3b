"""The site's home page and its site-wide settings."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from course.blocks import ContentStreamBlock
from course.models import CoursePage


class HomePage(Page):
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["course.CoursePage"]
    template = "pages/home_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Wagtail walks a URL one level at a time, two queries a level; lessons sit
        # three levels down, so the whole path is looked up at once by its url_path,
        # with the pages above it (a page under an unpublished module or course is not
        # reachable: course.reachability). Anything else (a 404, a page that routes
        # sub-URLs itself) takes Wagtail's walk.
        if len(path_components) > 1:
            url_paths = [
                f"{self.url_path}{'/'.join(path_components[:n])}/"
                for n in range(1, len(path_components) + 1)
            ]
            found = {
                page.url_path: page
                for page in Page.objects.filter(url_path__in=url_paths, path__startswith=self.path)
            }
            page = found.get(url_paths[-1])
            if page is not None:
                above = [found.get(url) for url in url_paths[:-1]]
                if not all(ancestor is not None and ancestor.live for ancestor in above):
                    raise Http404
                return page.specific.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.live().public().descendant_of(self).order_by("path")
        return context


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """What a school or association running the platform changes without a deploy."""

    footer_text = models.CharField(
        _("footer text"),
        max_length=300,
        blank=True,
        help_text=_("For example who runs this site and how to reach them."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [FieldPanel("footer_text"), FieldPanel("contact_email")]

    class Meta:
        verbose_name = _("site identity")
