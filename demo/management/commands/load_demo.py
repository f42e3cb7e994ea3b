from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoLoader
from demo.reader import DemoContentError, read_content


class Command(BaseCommand):
    help = (
        "Create the demo site and its French TwittMOOC course. "
        "Safe to run again: it adds only what is missing."
    )

    def handle(self, *args, **options):
        self.stdout.write("Loading the demo course…")
        try:
            # Every file is checked before the loader writes anything.
            content = read_content()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        report = DemoLoader(content, log=self.stdout.write).run()
        if report.changed:
            self.stdout.write("Rebuilding the search and reference indexes…")
            call_command("update_index", verbosity=0)
            call_command("rebuild_references_index", verbosity=0)
            self.stdout.write(
                self.style.SUCCESS(f"Demo ready: {len(report.created)} items created.")
            )
        else:
            self.stdout.write(self.style.SUCCESS("Demo already complete: nothing to do."))
