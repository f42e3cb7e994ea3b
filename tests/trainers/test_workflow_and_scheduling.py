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
        "format": "lesson",
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


def test_a_scheduled_lesson_goes_live_on_its_date_with_publish_scheduled(
    client, course, lead_trainer
):
    module = ModulePage.objects.first()
    client.force_login(lead_trainer)
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


def submit_lesson(client, trainer, slug="a-relire"):
    client.force_login(trainer)
    lesson = add_lesson(client, ModulePage.objects.first(), "À relire", slug, "action-submit")
    return lesson, TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)


def test_the_submitter_is_offered_no_review_action_and_cannot_approve_their_own_page(
    client, course, trainer
):
    """The reviewer is someone else: the submitter sees no approve button and a POST is refused."""
    lesson, task_state = submit_lesson(client, trainer)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk]
    )
    assert approve not in edit
    refused = client.post(approve, {"comment": ""})
    assert refused.status_code == 403 or refused.url == reverse("wagtailadmin_home")
    lesson.refresh_from_db()
    task_state.refresh_from_db()
    assert not lesson.live
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_review_task_refuses_the_submitter_even_when_called_directly(course, trainer, client):
    """on_action itself refuses the submitter, whatever view calls it."""
    from django.core.exceptions import PermissionDenied

    lesson, task_state = submit_lesson(client, trainer)
    task = task_state.task.specific
    assert task.get_actions(lesson, trainer) == []
    assert not task.user_can_access_editor(lesson, trainer)
    assert not task.get_task_states_user_can_moderate(trainer).exists()
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, trainer, "approve")


def test_the_second_trainer_sees_the_page_awaiting_their_review(
    client, course, trainer, second_trainer
):
    lesson, task_state = submit_lesson(client, trainer)
    task = task_state.task.specific
    assert [a[0] for a in task.get_actions(lesson, second_trainer)] == [
        "reject",
        "approve",
        "approve",
    ]
    assert list(task.get_task_states_user_can_moderate(second_trainer)) == [task_state]


def test_a_trainer_cannot_publish_at_once_but_a_lead_trainer_can(
    client, course, trainer, lead_trainer
):
    """Publishing without review is the lead trainers' (and admins') permission only."""
    module = ModulePage.objects.first()
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=["course", "lessonpage", module.pk])
    assert 'name="action-publish"' not in client.get(add_url).content.decode()
    client.post(add_url, new_lesson_data("Publiée d’un coup", "d-un-coup", "action-publish"))
    assert not LessonPage.objects.filter(slug="d-un-coup", live=True).exists()

    client.force_login(lead_trainer)
    assert 'name="action-publish"' in client.get(add_url).content.decode()
    lesson = add_lesson(
        client, module, "Publiée par la responsable", "responsable", "action-publish"
    )
    assert lesson.live


def test_changes_requested_reach_the_submitter_in_their_language_with_that_word(
    client, course, trainer, second_trainer, mailoutbox
):
    """A French trainer gets French mail that says "modifications demandées", not "rejetée",
    even when the reviewer works in English; the English reviewer was told in English."""
    second_trainer.preferred_language = "en"
    second_trainer.save()
    lesson, task_state = submit_lesson(client, trainer)
    submitted = [m for m in mailoutbox if second_trainer.email in m.to]
    assert submitted and "Relecture par un formateur" not in submitted[0].body
    assert "Review by a trainer" in submitted[0].body  # the English reviewer's own language
    mailoutbox.clear()

    client.force_login(second_trainer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Ajoutez un exemple."}, HTTP_ACCEPT_LANGUAGE="en")
    [message] = [m for m in mailoutbox if trainer.email in m.to]
    text = message.subject + message.body
    assert "Modifications demandées" in message.subject
    assert "Relecture par un formateur" in text and "Ajoutez un exemple." in text
    assert "rejet" not in text.lower() and "reject" not in text.lower()


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


def test_the_approval_email_names_the_workflow_in_the_submitters_language(
    client, course, trainer, second_trainer, mailoutbox
):
    """The workflow's name is stored in English; a French trainer reads it in French."""
    lesson, task_state = submit_lesson(client, trainer)
    mailoutbox.clear()
    client.force_login(second_trainer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""}, HTTP_ACCEPT_LANGUAGE="en")
    [message] = [m for m in mailoutbox if trainer.email in m.to]
    assert "Relecture du cours" in message.subject + message.body
    assert "Course review" not in message.subject + message.body


def test_an_older_plain_group_approval_is_replaced_by_the_review_task(course):
    """A database from before the review task: the plain group approval leaves the workflow."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    from trainers.models import TrainerReviewTask
    from trainers.workflow import ensure_review_workflow

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    WorkflowTask.objects.filter(workflow=workflow).delete()
    TrainerReviewTask.objects.all().delete()
    old = GroupApprovalTask.objects.create(name=TASK_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=old, sort_order=0)

    ensure_review_workflow()
    [task] = workflow.tasks.specific()
    assert isinstance(task, TrainerReviewTask)
    old.refresh_from_db()
    assert not old.active


def test_the_submit_button_names_the_workflow_in_the_trainers_language(client, course, trainer):
    """The French admin read "Soumettre à Course review": the name is translated now."""
    module = ModulePage.objects.first()
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:add", args=["course", "lessonpage", module.pk])
    html = client.get(url).content.decode()
    assert "Relecture du cours" in html
    assert "Course review" not in html
