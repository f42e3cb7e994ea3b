"""Background work of the course app: certificates a change of rules makes due."""

from django_tasks import task
from wagtail.models import Page

from course import learning


@task()
def issue_due_certificates(course_id: int) -> int:
    course = Page.objects.filter(pk=course_id).only("pk", "path", "depth").first()
    return 0 if course is None else learning.issue_due_certificates(course)


def on_rules_changed(sender, instance, **kwargs) -> None:
    """A step or a course published or unpublished: its rules may have changed (a step
    made optional, a minimum average lowered, a required step withdrawn), so learners
    who now have done everything the course asks receive their certificate."""
    from course.models import CoursePage
    from course.steps import StepRules

    page = instance
    if isinstance(page, CoursePage):
        course_id = page.pk
    elif isinstance(page, StepRules):
        course = page.get_ancestors().type(CoursePage).only("pk").last()
        if course is None:
            return
        course_id = course.pk
    else:
        return
    issue_due_certificates.enqueue(course_id=course_id)
