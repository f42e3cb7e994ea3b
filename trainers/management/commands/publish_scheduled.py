"""Wagtail's `publish_scheduled`, which also records when it ran (trainers.scheduling)."""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from trainers.scheduling import record_run


class Command(WagtailCommand):
    help = "Publish the pages whose go-live date has come; record when this ran."

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if not options.get("dryrun"):
            record_run()
