"""An admin panel that shows a session's module release dates, read-only.

Release dates are set once per module, as days after a session starts, so that
opening a new session needs no date to retype; this panel shows the trainer what
those days mean for the session being edited.
"""

from wagtail.admin.panels import Panel

from course.outline import OutlineModule
from course.sessions import module_opens_on


class ReleaseSchedulePanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "course/admin/release_schedule_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["schedule"] = release_schedule(self.instance)
            return context


def release_schedule(session) -> list[dict] | None:
    """Each module of the session's course with the day it opens; None before the course is set."""
    from course.models import ModulePage  # here: the models import this module

    if session is None or session.course_id is None:
        return None
    modules = ModulePage.objects.child_of(session.course).live().order_by("path")
    rows = []
    for number, module in enumerate(
        modules.only("pk", "title", "release_date", "opens_after_days"), start=1
    ):
        rows.append(
            {
                "module": OutlineModule(page=module, number=number),
                "opens_on": module_opens_on(
                    module.release_date, module.opens_after_days, session.starts_on
                ),
            }
        )
    return rows
