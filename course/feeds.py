"""An Atom feed of new testimonials: the learners of such courses follow feeds.

Every text goes through `xml_safe`: a summary pasted from a word processor may
hold a vertical tab, which XML cannot carry (Django's writer would answer 500).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from course.models import TestimonialPage
from course.reachability import reachable
from course.text import xml_safe

FEED_SIZE = 20


class PlainTextAtomFeed(Atom1Feed):
    """Atom whose entry summaries are declared as what they are: plain text.

    Django's Atom writer declares every summary `type="html"`, so a reader would
    take "<b>" typed in a summary as markup; these summaries are text.
    """

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class NewTestimonialsFeed(Feed):
    feed_type = PlainTextAtomFeed
    title = _("Gazouillis: new testimonials")
    subtitle = _("Round tables and testimonies as they are published.")

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return "/"

    def items(self):
        return (
            reachable(TestimonialPage.objects.live().public())
            .order_by("-first_published_at", "-pk")
            .select_related("witness")[:FEED_SIZE]
        )

    def item_title(self, item):
        return xml_safe(item.title)

    def item_description(self, item):
        return xml_safe(item.summary or item.intro)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        """Who speaks: the witness of a testimony, the participants of a round table.

        Atom needs an author for every entry; a round table has several, named in one
        author element as readers show only one.
        """
        names = [person.display_name for person in item.participants]
        return ", ".join(names) if names else str(self.title)

    def item_categories(self, item):
        return [xml_safe(tag.name) for tag in item.tags.all()]
