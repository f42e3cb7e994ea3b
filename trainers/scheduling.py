"""Scheduled publishing that runs by itself, and whether it does.

Wagtail publishes pages whose "go live" date has come (and unpublishes expired ones)
only when `manage.py publish_scheduled` runs. The task worker (`manage.py db_worker`,
trainers/management/commands/db_worker.py) runs it every minute in a thread of its
own; every run, whoever starts it (the worker, cron, a person), records when it
finished, and the admin dashboard says when that was, or warns when it is late.
"""

import datetime
import logging
import threading

from django.core.cache import cache
from django.core.management import call_command
from django.db import close_old_connections, connection
from django.utils import timezone

logger = logging.getLogger(__name__)

EVERY = datetime.timedelta(minutes=1)
LATE_AFTER = datetime.timedelta(minutes=5)
LOCK_KEY = "trainers:publish_scheduled:lock"


class State:
    NEVER = "never"
    ON_TIME = "on_time"
    LATE = "late"


def scheduling_state(last_run: datetime.datetime | None, now: datetime.datetime) -> str:
    """Whether scheduled publishing keeps up: never ran, ran lately, or is late."""
    if last_run is None:
        return State.NEVER
    return State.LATE if now - last_run > LATE_AFTER else State.ON_TIME


def record_run(now: datetime.datetime | None = None) -> None:
    from trainers.models import ScheduledPublishingRun

    ScheduledPublishingRun.objects.update_or_create(
        pk=1, defaults={"finished_at": now or timezone.now()}
    )


def last_run() -> datetime.datetime | None:
    from trainers.models import ScheduledPublishingRun

    return ScheduledPublishingRun.objects.filter(pk=1).values_list("finished_at", flat=True).first()


def run_once() -> bool:
    """Run `publish_scheduled` unless another worker did within the minute; True if run.

    The lock is in the shared cache: with several workers, one of them publishes.
    """
    if not cache.add(LOCK_KEY, 1, timeout=int(EVERY.total_seconds()) - 5):
        return False
    call_command("publish_scheduled", verbosity=0)
    return True


def loop(stop: threading.Event, every: datetime.timedelta = EVERY) -> None:
    """Run scheduled publishing now, then every `every`, until `stop` is set."""
    while True:
        try:
            run_once()
        except Exception:  # a failed run must not stop the next ones
            logger.exception("Scheduled publishing failed")
        finally:
            # The worker's thread holds no transaction; inside one (a test) Django would
            # close the connection under it rather than a stale one.
            if not connection.in_atomic_block:
                close_old_connections()
        if stop.wait(every.total_seconds()):
            return


def start_in_background() -> threading.Event:
    """The worker's scheduled publishing thread; set the returned event to stop it."""
    stop = threading.Event()
    threading.Thread(target=loop, args=(stop,), name="scheduled-publishing", daemon=True).start()
    return stop
