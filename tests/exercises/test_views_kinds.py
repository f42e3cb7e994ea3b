"""One account or two (weighted answers, reasoned result, testimonials, agree or not)
and reflections (word range, stand, the class split after answering)."""

import pytest

from course.models import Completion, Enrolment, TestimonialPage
from exercises.models import Submission
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def question_keys(page):
    return [q["key"] for q in page.question_list()]


def test_one_or_two_gives_a_reasoned_recommendation_with_testimonials(
    client, one_or_two, enrolment, learner
):
    testimonial = TestimonialPage.objects.first()
    other = TestimonialPage.objects.exclude(pk=testimonial.pk).first()
    one_or_two.outcomes = [
        {
            "type": "outcome",
            "value": {
                "choice": "two",
                "explanation": "Deux comptes séparent les voix.",
                "testimonials": [testimonial.pk],
            },
        },
        {
            "type": "outcome",
            "value": {"choice": "one", "explanation": "Un seul.", "testimonials": [other.pk]},
        },
    ]
    one_or_two.save_revision().publish()
    client.force_login(learner)
    first, second = question_keys(one_or_two)
    response = client.post(
        one_or_two.url,
        {"action": "submit", f"q-{first}": "1", f"q-{second}": "0", "version": "0"},
    )
    assert response.status_code == 303
    submission = Submission.objects.get(user=learner)
    assert submission.choice == "two"  # one: 2, two: 3
    assert Completion.objects.filter(enrolment=enrolment, page_id=one_or_two.pk).exists()
    content = client.get(one_or_two.url).content.decode()
    assert "Deux comptes" in content
    assert "Deux comptes séparent les voix." in content
    assert "Séparer protège les deux." in content
    assert testimonial.url in content
    assert "Ils ont choisi autrement" in content
    assert other.url in content


def test_one_or_two_needs_every_question_answered(client, one_or_two, enrolment, learner):
    client.force_login(learner)
    first, _second = question_keys(one_or_two)
    response = client.post(one_or_two.url, {"action": "submit", f"q-{first}": "0"})
    assert response.status_code == 400
    assert "Répondez à la dernière question" in response.content.decode()
    assert Submission.objects.get(user=learner).last_version is None


@pytest.mark.parametrize("bad", ["7", "-1", "x", ""])
def test_one_or_two_ignores_answers_that_do_not_exist(client, one_or_two, learner, bad):
    client.force_login(learner)
    first, _second = question_keys(one_or_two)
    response = client.post(one_or_two.url, {"action": "save", f"q-{first}": bad, "q-nope": "0"})
    assert response.status_code == 303
    assert Submission.objects.get(user=learner).answers == {}


def test_the_learner_says_whether_they_agree_and_why(client, one_or_two, enrolment, learner):
    client.force_login(learner)
    first, second = question_keys(one_or_two)
    client.post(one_or_two.url, {"action": "submit", f"q-{first}": "0", f"q-{second}": "1"})
    response = client.post(
        one_or_two.url,
        {"action": "agree", "agreement": "disagree", "agreement_reason": "Je préfère <b>deux</b>"},
    )
    assert response.status_code == 303
    submission = Submission.objects.get(user=learner)
    assert submission.choice == "organisation"
    assert (submission.agreement, submission.agreement_reason) == (
        "disagree",
        "Je préfère <b>deux</b>",
    )
    assert submission.last_version.agreement == "disagree"
    assert submission.versions.count() == 1
    bad = client.post(one_or_two.url, {"action": "agree", "agreement": "maybe"})
    assert bad.status_code == 303
    assert Submission.objects.get(user=learner).agreement == "disagree"


def test_the_french_why_above_the_opinion_keeps_its_question_mark_on_its_line(
    client, one_or_two, enrolment, learner
):
    """ "Pourquoi ?" takes a narrow non-breaking space, so "?" never wraps alone."""
    client.force_login(learner)
    first, second = question_keys(one_or_two)
    client.post(one_or_two.url, {"action": "submit", f"q-{first}": "0", f"q-{second}": "1"})
    content = client.get(one_or_two.url).content.decode()
    assert "Pourquoi\u202f?" in content
    assert "Pourquoi ?" not in content


def test_agreeing_before_submitting_is_refused_politely(client, one_or_two, learner):
    client.force_login(learner)
    response = client.post(one_or_two.url, {"action": "agree", "agreement": "agree"}, follow=True)
    assert response.status_code == 200
    assert "Soumettez d’abord votre réponse" in response.content.decode()
    assert not Submission.objects.exists()


def stand_keys(page):
    return [key for key, _label in page.position_choices]


def test_a_reflection_checks_the_word_range_and_the_stand(client, reflection, enrolment, learner):
    client.force_login(learner)
    yes, _no = stand_keys(reflection)
    short = client.post(reflection.url, {"action": "submit", "text": "Oui.", "stand": yes})
    assert short.status_code == 400
    assert "écrivez-en au moins 3" in short.content.decode()
    long = client.post(reflection.url, {"action": "submit", "text": "mot " * 21, "stand": yes})
    assert "le maximum est de 20" in long.content.decode()
    no_stand = client.post(reflection.url, {"action": "submit", "text": "un deux trois quatre"})
    assert "Prenez position" in no_stand.content.decode()
    assert Submission.objects.get(user=learner).last_version is None
    version = Submission.objects.get(user=learner).version
    ok = client.post(
        reflection.url,
        {"action": "submit", "text": "un deux trois quatre", "stand": yes, "version": version},
    )
    assert ok.status_code == 303


def test_the_class_split_shows_after_answering_and_counts_the_session_only(
    client, reflection, session, enrolment, learner, course
):
    yes, no = stand_keys(reflection)
    for stand in (yes, no, no):
        peer = UserFactory()
        Enrolment.objects.create(user=peer, session=session)
        client.force_login(peer)
        client.post(reflection.url, {"action": "submit", "text": "un deux trois", "stand": stand})
    other_session = CourseSessionFactory(course=course)
    outsider = UserFactory()
    Enrolment.objects.create(user=outsider, session=other_session)
    client.force_login(outsider)
    client.post(reflection.url, {"action": "submit", "text": "un deux trois", "stand": yes})

    client.force_login(learner)
    before = client.get(reflection.url).content.decode()
    assert "Comment la classe s’est répartie" not in before
    client.post(reflection.url, {"action": "submit", "text": "un deux trois", "stand": yes})
    after = client.get(reflection.url).content.decode()
    assert "Comment la classe s’est répartie" in after
    # Learner and one peer said yes, two peers no; the other session's learner is not counted.
    assert "50 % (2 apprenants)" in after
    assert after.count("50 % (2 apprenants)") == 2


def test_a_stand_that_is_not_a_position_is_not_kept(client, reflection, learner):
    client.force_login(learner)
    client.post(reflection.url, {"action": "save", "text": "x", "stand": "<script>"})
    assert Submission.objects.get(user=learner).stand == ""


@pytest.mark.parametrize("language", ["fr", "en"])
def test_one_or_two_questions_keep_their_question_mark_on_their_line_under_either_interface(
    client, one_or_two, enrolment, learner, language
):
    """The questions are the course's French text, typed "vie privée ?": they take a narrow
    no-break space before "?" (it never starts a line), under /en/ as under /fr/."""
    client.force_login(learner)
    html = client.get(f"/{language}{one_or_two.url[3:]}").content.decode()
    question = "Voulez-vous parler aussi de votre vie privée\u202f?"
    assert f'<legend lang="fr">2. {question}</legend>' in html
    assert "vie privée ?" not in html
