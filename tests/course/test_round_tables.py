"""Writing a round table: speakers picked once, a text box per speaker under each
question, answers typed without a speaker seated in order; stored as before."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from course.models import ModulePage, TestimonialPage
from course.round_tables import seat_answers, speakers_in_order
from tests.factories import ParticipantFactory


def test_an_answer_without_a_speaker_goes_to_the_next_free_speaker_in_order():
    """Speakers 1, 2, 3; 2 already answers: the two unnamed answers go to 1 then 3."""
    seating = seat_answers(
        [1, 2, 3],
        [
            {"participant": None, "answer": "<p>A</p>"},
            {"participant": 2, "answer": "<p>B</p>"},
            {"participant": None, "answer": "<p>C</p>"},
        ],
    )
    assert [(a["participant"], a["answer"]) for a in seating.answers] == [
        (1, "<p>A</p>"),
        (2, "<p>B</p>"),
        (3, "<p>C</p>"),
    ]
    assert seating.unseated == 0


def test_every_speaker_without_an_answer_gets_an_empty_one_to_fill():
    seating = seat_answers([1, 2, 3], [{"participant": 2, "answer": "<p>B</p>"}])
    assert [(a["participant"], a["answer"]) for a in seating.answers] == [
        (2, "<p>B</p>"),
        (1, ""),
        (3, ""),
    ]


def test_an_empty_unnamed_answer_is_dropped_and_extra_unnamed_text_is_counted():
    """Nothing typed is lost: text that no speaker can take is counted, not dropped."""
    seating = seat_answers(
        [1],
        [
            {"participant": None, "answer": "<p></p>"},
            {"participant": None, "answer": "<p>A</p>"},
            {"participant": None, "answer": "<p>B</p>"},
        ],
    )
    assert [a["answer"] for a in seating.answers] == ["<p>A</p>", "<p>B</p>"]
    assert seating.unseated == 1


def test_a_table_without_a_list_of_speakers_takes_them_in_order_of_first_answer():
    assert speakers_in_order([[{"participant": 3}, {"participant": 1}], [{"participant": 2}]]) == [
        3,
        1,
        2,
    ]


@pytest.fixture
def admin_client(client, course):
    user = get_user_model().objects.create_superuser(email="admin@example.org", password="x")
    client.force_login(user)
    return client


def draftail(text: str) -> str:
    return (
        '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"' + text + '",'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
    )


def question(prefix: str, text: str, answers: list[tuple[str, str]]) -> dict:
    data = {
        f"{prefix}-type": "question",
        f"{prefix}-deleted": "",
        f"{prefix}-order": prefix.rsplit("-", 1)[1],
        f"{prefix}-id": "",
        f"{prefix}-value-question": text,
        f"{prefix}-value-answers-count": str(len(answers)),
    }
    for i, (participant, answer) in enumerate(answers):
        item = f"{prefix}-value-answers-{i}"
        data.update(
            {
                f"{item}-deleted": "",
                f"{item}-order": str(i),
                f"{item}-id": "",
                f"{item}-value-participant": participant,
                f"{item}-value-answer": draftail(answer) if answer else "",
            }
        )
    return data


@pytest.mark.django_db
def test_a_trainer_picks_the_speakers_once_and_each_question_gets_a_box_per_speaker(
    admin_client, client
):
    """Three speakers picked once, two questions typed with only two unnamed answers:
    after the save, each question holds one answer per speaker, in the table's order,
    the typed ones seated, the others empty; the page shows only the typed answers."""
    module = ModulePage.objects.first()
    people = [ParticipantFactory(display_name=name) for name in ("Aude", "Basile", "Cyril")]
    data = {
        "title": "Table rapide",
        "slug": "table-rapide",
        "format": "round_table",
        "layout": "side_by_side",
        "speakers-count": "3",
        "questions-count": "2",
        "body-count": "0",
        "action-publish": "publish",
    }
    for i, person in enumerate(people):
        data.update(
            {
                f"speakers-{i}-type": "speaker",
                f"speakers-{i}-value": str(person.pk),
                f"speakers-{i}-deleted": "",
                f"speakers-{i}-order": str(i),
                f"speakers-{i}-id": "",
            }
        )
    data.update(question("questions-0", "Pourquoi ?", [("", "Réponse d'Aude"), ("", "Et Basile")]))
    data.update(question("questions-1", "Comment ?", []))
    url = reverse("wagtailadmin_pages:add", args=["course", "testimonialpage", module.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors

    page = TestimonialPage.objects.get(slug="table-rapide")
    first, second = (block.value["answers"] for block in page.questions)
    assert [a["participant"].display_name for a in first] == ["Aude", "Basile", "Cyril"]
    assert "Réponse d'Aude" in str(first[0]["answer"]) and not first[2]["answer"]
    assert [a["participant"].display_name for a in second] == ["Aude", "Basile", "Cyril"]
    assert page.participants == people[:2]
    html = client.get(page.url).content.decode()
    assert "Réponse d&#x27;Aude" in html or "Réponse d'Aude" in html
    assert "Cyril" not in html


@pytest.mark.django_db
def test_a_round_table_written_before_speakers_renders_the_same_after_a_save(admin_client, client):
    """An existing table (no list of speakers) saved again: its speakers are taken from
    its answers, and the page's answers are unchanged."""
    from tests.trainers.form_data import stream_fields_data

    page = TestimonialPage.objects.filter(format="round_table").first()
    before = client.get(page.url).content.decode()
    data = {
        "title": page.title,
        "slug": page.slug,
        "format": page.format,
        "layout": page.layout,
        "intro": page.intro,
        "action-publish": "publish",
        **stream_fields_data(page),
    }
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = TestimonialPage.objects.get(pk=page.pk)
    assert [block.value.pk for block in page.speakers] == [p.pk for p in page.participants]
    after = client.get(page.url).content.decode()
    assert after.count('class="rt-answer"') == before.count('class="rt-answer"')
    assert Page.objects.filter(pk=page.pk, live=True).exists()


@pytest.mark.django_db
def test_a_round_table_without_a_list_of_speakers_opens_with_its_speakers_listed(admin_client):
    """The editor of an existing table shows its speakers, in order of first answer."""
    page = TestimonialPage.objects.filter(format="round_table").first()
    TestimonialPage.objects.filter(pk=page.pk).update(speakers=[])
    page.refresh_from_db()
    assert not page.speakers
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    form = response.context["form"]
    listed = [block.value.pk for block in form.initial["speakers"]]
    assert listed == [person.pk for person in page.participants]
