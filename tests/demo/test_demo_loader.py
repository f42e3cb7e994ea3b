"""The demo loader builds a complete course, and a second run changes nothing."""

import hashlib
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from course.models import LessonPage, ModulePage, Participant, TestimonialPage
from demo.reader import CONTENT_DIR, read_content

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    models = [
        m
        for m in apps.get_models()
        if m._meta.app_label in {"course", "home", "wagtailcore", "wagtailimages", "taggit"}
    ]
    return {m._meta.label: m.objects.count() for m in models}


def test_loading_twice_changes_no_count(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _counts() == first
    assert first["wagtailcore.Revision"] == Revision.objects.count()


def test_demo_course_has_the_promised_shape(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page_id).exists()

    assert ModulePage.objects.live().count() >= 4
    assert LessonPage.objects.live().filter(format="lesson").count() >= 12
    assert LessonPage.objects.filter(format="case_study").count() == 1
    debate = LessonPage.objects.get(format="debate")
    assert any(block.block_type == "debate" for block in debate.body)

    round_tables = TestimonialPage.objects.filter(format="round_table")
    assert round_tables.count() == 2
    for round_table in round_tables:
        assert len(round_table.participants) >= 5
        assert len(round_table.questions) >= 4
        for question in round_table.questions:
            assert len(question.value["answers"]) >= 5
    assert TestimonialPage.objects.filter(format="testimony", witness__isnull=False).count() == 1
    assert Participant.objects.count() == len(read_content().participants)
    assert all(p.picture_id for p in Participant.objects.all())


def test_every_demo_page_renders(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url


# SHA-256 prefixes of the handles in the seed posts (../shared/seeds): the project
# keeps only these fingerprints, never the handles themselves.
SEED_HANDLE_FINGERPRINTS = {
    "0b5e740846e68ae2",
    "0c7d0158b0bd323d",
    "39cbca5d966a81a4",
    "5967453b329cf70c",
    "6740532b25af0509",
    "6da2af9eea57a7e5",
    "6faed403ecd4334c",
    "8f6b491277ddae47",
    "901bfb582d6e12d5",
    "904aaa2d2c731b78",
    "9b71e331d6ea15be",
    "9e1e70d269f78c17",
    "a58a3aeaa45865c3",
    "aad9d96ae7f69828",
}


def _fingerprint(word: str) -> str:
    return hashlib.sha256(word.lower().encode()).hexdigest()[:16]


def test_demo_text_uses_no_handle_of_the_seed_posts():
    """Neither as @mention nor as a participant handle does a seed handle appear."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in CONTENT_DIR.glob("*.yaml"))
    words = set(re.findall(r"\w{3,}", text))
    assert {w for w in words if _fingerprint(w) in SEED_HANDLE_FINGERPRINTS} == set()


def test_loading_after_a_flush_rebuilds_the_wagtail_root(settings, tmp_path):
    # `manage.py flush` empties the tables Wagtail's migrations filled.
    from wagtail.models import Collection, Locale

    Site.objects.all().delete()
    Page.objects.all().delete()
    Collection.objects.all().delete()
    Locale.objects.all().delete()
    settings.MEDIA_ROOT = tmp_path

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    root = Page.get_first_root_node()
    assert root.depth == 1
    assert Site.objects.get(is_default_site=True).root_page.get_parent() == root
    assert Locale.objects.filter(language_code="fr").exists()
    assert Collection.get_first_root_node() is not None
