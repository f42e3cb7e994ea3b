"""The review workflow of course pages: a trainer submits, another trainer approves.

One Wagtail workflow with one group approval task (the Trainers group), assigned
to every course page and so to everything under it. Trainers keep the publish
permission: publishing at once stays possible (a typo fixed on a live lesson);
"submit for review" is there for the new lessons a second pair of eyes should see.
Scheduled publishing is Wagtail's own (the "go live" date, `publish_scheduled`).
"""

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from trainers.groups import trainers_group

WORKFLOW_NAME = "Course review"
TASK_NAME = "Review by a trainer"


def ensure_review_workflow() -> Workflow | None:
    """Create the workflow and its task once, and assign it to every course."""
    from course.models import CoursePage

    group = trainers_group()
    if group is None:
        return None
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
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
