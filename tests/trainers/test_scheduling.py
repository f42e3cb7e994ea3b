"""Scheduled publishing runs by itself in the task worker, and the admin says when it ran."""

import datetime
import io
import threading

import pytest
from django.core.cache import cache
from django.core.management import call_command, get_commands
from django.urls import reverse
from django.utils import timezone, translation

from course.models import LessonPage
from trainers import scheduling
from trainers.scheduling import State, scheduling_state

NOW = datetime.datetime(2026, 12, 1, 17, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _no_lock():
    cache.delete(scheduling.LOCK_KEY)
    yield
    cache.delete(scheduling.LOCK_KEY)


@pytest.mark.parametrize(
    ("last_run", "state"),
    [
        (None, State.NEVER),
        (NOW - datetime.timedelta(minutes=1), State.ON_TIME),
        (NOW - datetime.timedelta(minutes=5), State.ON_TIME),
        (NOW - datetime.timedelta(minutes=6), State.LATE),
    ],
)
def test_scheduling_is_late_after_five_minutes_without_a_run(last_run, state):
    assert scheduling_state(last_run, NOW) == state


@pytest.mark.django_db
def test_publish_scheduled_records_when_it_ran_but_not_on_a_dry_run():
    call_command("publish_scheduled", "--dryrun", stdout=io.StringIO())
    assert scheduling.last_run() is None
    call_command("publish_scheduled", stdout=io.StringIO())
    assert timezone.now() - scheduling.last_run() < datetime.timedelta(minutes=1)


@pytest.mark.django_db
def test_the_worker_loop_publishes_a_due_page_by_itself(course):
    """One turn of the worker's loop publishes a lesson whose go-live date has passed."""
    lesson = LessonPage.objects.first()
    lesson.unpublish()
    revision = lesson.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert revision.approved_go_live_at is not None
    stop = threading.Event()
    stop.set()  # one run, then the loop returns
    scheduling.loop(stop)
    lesson.refresh_from_db()
    assert lesson.live
    assert scheduling.last_run() is not None


@pytest.mark.django_db
def test_a_second_worker_skips_the_run_another_did_within_the_minute():
    assert scheduling.run_once() is True
    assert scheduling.run_once() is False


def test_the_task_worker_command_is_the_one_that_also_publishes():
    """`manage.py db_worker` is this project's worker, which starts the publishing thread."""
    assert get_commands()["db_worker"] == "trainers"
    assert get_commands()["publish_scheduled"] == "trainers"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("minutes_ago", "expected_fr"),
    [
        (None, "n’a jamais été exécutée"),
        (1, "s’est exécutée pour la dernière fois"),
        (30, "ne s’est pas exécutée depuis"),
    ],
)
def test_the_dashboard_says_when_scheduled_publishing_last_ran(
    trainer_client, minutes_ago, expected_fr
):
    if minutes_ago is not None:
        scheduling.record_run(timezone.now() - datetime.timedelta(minutes=minutes_ago))
    with translation.override("fr"):
        html = trainer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert expected_fr in html
