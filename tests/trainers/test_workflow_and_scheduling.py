"""Publishing for trainers: review by a second trainer, scheduled go-live, previews of every
page type."""

import datetime
import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import querydict_from_html

from course.models import CoursePage, LessonPage, ModulePage, TestimonialPage
from tests.exercises.conftest import add_exercise, one_or_two_questions
from tests.factories import ParticipantFactory, TestimonialPageFactory, paragraph
from tests.trainers.form_data import stream_fields_data
from trainers.workflow import TASK_NAME, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def new_lesson_data(title, slug, action, **extra):
    return {
        "title": title,
        "slug": slug,
        "summary": "",
        "kind": "lesson",
        "reading_minutes": "",
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-value": '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"Relisez-vous.",'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "",
        action: action,
        **extra,
    }


def add_lesson(client, module, title, slug, action, **extra):
    url = reverse("wagtailadmin_pages:add", args=["course", "lessonpage", module.pk])
    response = client.post(url, new_lesson_data(title, slug, action, **extra))
    assert response.status_code == 302, response.content.decode()[:3000]
    return LessonPage.objects.get(slug=slug)


def test_every_course_page_is_under_the_trainers_review_workflow(course):
    for page in [course, ModulePage.objects.first(), LessonPage.objects.first()]:
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == WORKFLOW_NAME
        [task] = workflow.tasks.specific()
        assert task.name == TASK_NAME
        assert [g.name for g in task.groups.all()] == ["Trainers"]


def test_a_lesson_submitted_for_review_goes_live_when_a_second_trainer_approves(
    client, course, trainer, second_trainer
):
    module = ModulePage.objects.first()
    client.force_login(trainer)
    lesson = add_lesson(client, module, "Relire avant de publier", "relire", "action-submit")
    assert not lesson.live
    assert lesson.workflow_in_progress
    task_state = TaskState.objects.get(workflow_state__base_content_type__isnull=False)
    assert task_state.status == TaskState.STATUS_IN_PROGRESS

    client.force_login(second_trainer)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "approve" in edit  # the reviewer is offered the workflow actions
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": "Très clair."}).status_code == 302
    lesson.refresh_from_db()
    assert lesson.live
    assert client.get(lesson.url).status_code == 200


def test_a_trainer_can_reject_and_the_lesson_stays_a_draft(client, course, trainer, second_trainer):
    module = ModulePage.objects.first()
    client.force_login(trainer)
    lesson = add_lesson(client, module, "Pas encore prêt", "pas-pret", "action-submit")
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    client.force_login(second_trainer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk])
    client.post(url, {"comment": "À reprendre."})
    lesson.refresh_from_db()
    assert not lesson.live
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED


def test_a_learner_cannot_approve_a_lesson_in_review(client, course, trainer, learner):
    module = ModulePage.objects.first()
    client.force_login(trainer)
    lesson = add_lesson(client, module, "En relecture", "en-relecture", "action-submit")
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    client.force_login(learner)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    lesson.refresh_from_db()
    assert not lesson.live


def test_a_scheduled_lesson_goes_live_on_its_date_with_publish_scheduled(client, course, trainer):
    module = ModulePage.objects.first()
    client.force_login(trainer)
    go_live = timezone.localtime() + datetime.timedelta(days=7)
    lesson = add_lesson(
        client,
        module,
        "La semaine prochaine",
        "semaine-prochaine",
        "action-publish",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    assert not lesson.live
    revision = lesson.revisions.get(approved_go_live_at__isnull=False)

    call_command("publish_scheduled", stdout=io.StringIO())
    lesson.refresh_from_db()
    assert not lesson.live  # not yet

    assert revision.approved_go_live_at > timezone.now()
    a_week_later = timezone.now() + datetime.timedelta(days=7, minutes=2)
    with mock.patch("django.utils.timezone.now", return_value=a_week_later):
        call_command("publish_scheduled", stdout=io.StringIO())
    lesson.refresh_from_db()
    assert lesson.live
    assert "Relisez-vous." in client.get(lesson.url).content.decode()


def page_of_each_type():
    """Every page type of the course tree: both testimonial formats, the three exercises."""

    def single_testimony():
        module = ModulePage.objects.first()
        return TestimonialPageFactory(
            parent=module,
            slug="temoignage",
            format="testimony",
            witness=ParticipantFactory(),
            body=paragraph("Mon histoire."),
        )

    return {
        "course": lambda: CoursePage.objects.first(),
        "module": lambda: ModulePage.objects.first(),
        "lesson": lambda: LessonPage.objects.first(),
        "round_table": lambda: TestimonialPage.objects.filter(format="round_table").first(),
        "testimony": single_testimony,
        "exercise_bio": lambda: add_exercise(ModulePage.objects.first()),
        "exercise_one_or_two": lambda: add_exercise(
            ModulePage.objects.first(),
            title="Un compte ou deux ?",
            slug="un-compte-ou-deux",
            kind="one_or_two",
            questions=one_or_two_questions(),
        ),
        "exercise_reflection": lambda: add_exercise(
            ModulePage.objects.first(),
            title="Prendre position",
            slug="prendre-position",
            kind="reflection",
            prompt="Faut-il un compte par métier ?",
            min_words=3,
            max_words=20,
            positions=[
                {"type": "position", "value": {"label": "Oui", "description": ""}},
                {"type": "position", "value": {"label": "Non", "description": ""}},
            ],
        ),
    }


@pytest.mark.parametrize("kind", list(page_of_each_type()))
def test_the_admin_preview_of_each_page_type_renders(client, course, trainer, kind):
    page = page_of_each_type()[kind]()
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form").dict()
    data.update(stream_fields_data(page))
    data["title"] = f"{page.title} (aperçu)"
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(preview, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    response = client.get(preview)
    assert response.status_code == 200
    assert f"{page.title} (aperçu)" in response.content.decode()
    assert not Page.objects.filter(title__endswith="(aperçu)").exists()
