"""The task worker, which also runs scheduled publishing every minute.

django-tasks' `db_worker` runs the queued tasks (emails, notifications, exports);
this command is the same worker (it replaces it by name: this app comes first in
INSTALLED_APPS) with a thread that runs `publish_scheduled` every minute, so that
a page's "go live" date works with no cron. `--batch` (run the queue and exit)
starts no thread.
"""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from trainers.scheduling import start_in_background


class Command(DatabaseWorkerCommand):
    help = DatabaseWorkerCommand.help + " Also runs scheduled publishing every minute."

    def handle(self, *args, **options):
        stop = None if options.get("batch") else start_in_background()
        try:
            return super().handle(*args, **options)
        finally:
            if stop is not None:
                stop.set()
