"""The review workflow of course pages: a trainer submits, another trainer approves.

One Wagtail workflow with one task, `TrainerReviewTask` (a group approval by the
Trainers group that never lets the submitter review), assigned to every course page
and so to everything under it. Only lead trainers (and admins) hold the "publish"
permission: other trainers submit for review, and approval publishes.
Scheduled publishing is Wagtail's own (the "go live" date, `publish_scheduled`, run
every minute by the task worker: trainers.scheduling).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Task, Workflow, WorkflowPage, WorkflowTask

from trainers.groups import trainers_group

# Stored in the database in English; the emails and screens translate them.
WORKFLOW_NAME = gettext_noop("Course review")
TASK_NAME = gettext_noop("Review by a trainer")
STORED_NAMES = (WORKFLOW_NAME, TASK_NAME)


class StoredName(str):
    """A stored workflow or task name that reads in the language of whoever sees it.

    Wagtail shows `workflow.name` and `task.name` as stored, in a dozen templates (the
    status side panel, the dashboard's review lists, the workflow history) and in
    template tags: copying them all would freeze Wagtail's markup in this project.
    The value stays the English name (what the database holds and the lookups
    compare); only its text when shown (str(), %s, format, templates) is translated.
    """

    __slots__ = ()

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)


def name_in_the_readers_language(sender, instance, **kwargs):
    """post_init of Workflow and every task model: our names read translated."""
    name = instance.__dict__.get("name")  # a deferred name is not fetched for this
    if name in STORED_NAMES and type(name) is str:
        instance.name = StoredName(name)


def name_stored_in_english(sender, instance, raw=False, **kwargs):
    """pre_save: a form in the admin shows the translated name and would save it."""
    for name in STORED_NAMES:
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                if instance.name == gettext(name):
                    instance.name = name
                    return


def review_task():
    """The review task, created once; a plain group approval of an older database is retired."""
    from trainers.models import TrainerReviewTask

    task = TrainerReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = TrainerReviewTask.objects.create(name=TASK_NAME)
    for old in Task.objects.filter(name=TASK_NAME, active=True).exclude(pk=task.pk):
        WorkflowTask.objects.filter(task=old).delete()
        old.specific.deactivate()  # cancels its reviews under way: they are submitted again
    return task


def ensure_review_workflow() -> Workflow | None:
    """Create the workflow and its task once, and assign it to every course."""
    from course.models import CoursePage

    group = trainers_group()
    if group is None:
        return None
    task = review_task()
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for course in CoursePage.objects.all():
        WorkflowPage.objects.get_or_create(page=course, defaults={"workflow": workflow})
    return workflow


def assign_review_workflow(course) -> None:
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        workflow = ensure_review_workflow()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=course, defaults={"workflow": workflow})
