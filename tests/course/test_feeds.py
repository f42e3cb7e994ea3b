"""The Atom feed lists the newest published testimonials."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from course.models import TestimonialPage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_lists_published_testimonials_newest_first_as_atom(client, course):
    # Pages published in the same instant are listed newest created first.
    start = timezone.now() - datetime.timedelta(days=10)
    for n, page in enumerate(TestimonialPage.objects.order_by("pk")):
        TestimonialPage.objects.filter(pk=page.pk).update(
            first_published_at=start + datetime.timedelta(days=n % 2)
        )
    hidden = TestimonialPage.objects.first()
    hidden.unpublish()
    response = client.get(reverse("testimonials_feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    live = TestimonialPage.objects.live().order_by("-first_published_at", "-pk")
    assert titles == [p.title for p in live]
    assert hidden.title not in titles
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    assert all(link.startswith("http://testserver/fr/") for link in links)


def test_every_page_announces_the_feed(client, course):
    html = client.get(course.url).content.decode()
    assert 'type="application/atom+xml"' in html


def test_every_entry_has_an_author_who_speaks_in_the_testimonial(
    client, course, django_assert_max_num_queries
):
    """Atom readers show an author: the witness, or a round table's participants."""
    pages = list(TestimonialPage.objects.live())
    with django_assert_max_num_queries(5 + 2 * len(pages)):
        response = client.get(reverse("testimonials_feed"))
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    by_title = {page.title: page for page in pages}
    for entry in entries:
        author = entry.find(f"{ATOM}author/{ATOM}name").text
        page = by_title[entry.find(f"{ATOM}title").text]
        assert author == ", ".join(p.display_name for p in page.participants)


def test_every_page_shows_a_visible_link_to_the_feed(client, course):
    """The feed is not only in <link rel=alternate>: a person can see and follow it."""
    html = client.get(course.url).content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    assert f'href="{reverse("testimonials_feed")}"' in footer
    assert "Suivre les nouveaux témoignages" in footer


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_feed_leaves_out_testimonials_kept_private_in_the_admin(client, course, kind):
    """Privacy set on a testimonial or on its module: neither title nor summary in the feed."""
    from wagtail.models import PageViewRestriction

    own, by_module = TestimonialPage.objects.order_by("pk")[:2]
    PageViewRestriction.objects.create(page=own, restriction_type=kind, password="x")
    PageViewRestriction.objects.create(page=by_module.get_parent(), restriction_type=kind)
    feed = ET.fromstring(client.get(reverse("testimonials_feed")).content)  # noqa: S314
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert titles and own.title not in titles and by_module.title not in titles


def test_feed_carries_a_summary_with_control_characters_as_plain_text(client, course):
    """A vertical tab pasted from a word processor: a line break, not a 500; markup stays text."""
    page = TestimonialPage.objects.order_by("pk").first()
    page.title = "Table\x07 ronde"
    page.summary = "Première ligne\x0bseconde <b>ligne</b>\x01."
    page.save_revision().publish()
    response = client.get(reverse("testimonials_feed"))
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    # The bell character is dropped from the title: that entry is the one edited.
    entry = next(
        e for e in feed.findall(f"{ATOM}entry") if e.find(f"{ATOM}title").text == "Table ronde"
    )
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert summary.text == "Première ligne\nseconde <b>ligne</b>."
    assert entry.find(f"{ATOM}title").text == "Table ronde"
