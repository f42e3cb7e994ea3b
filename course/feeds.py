"""An Atom feed of new testimonials: the learners of such courses follow feeds."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from course.models import TestimonialPage
from course.reachability import reachable

FEED_SIZE = 20


class NewTestimonialsFeed(Feed):
    feed_type = Atom1Feed
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
        return item.title

    def item_description(self, item):
        return item.summary or item.intro

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
        return [tag.name for tag in item.tags.all()]
