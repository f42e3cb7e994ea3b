"""Empty the site's shared cache: `scripts/restore` runs it after loading a backup.

What the cache keeps (the signed-in people's rows, the learners' records, shared HTML,
visitors' pages) is keyed by generations (config/generations.py) that live in the cache
itself, not in the database: a restored database does not change them, so a running
site would go on serving what it kept from the data the restore replaced. Emptied, the
cache starts new generations and every process reads the restored data again.

Through Django's `cache.clear()`: with REDIS_URL it empties the Redis database of that
URL (give the site one of its own, config/cache.py); a local-memory cache (no REDIS_URL)
lives in each app process and only restarting them empties it.
"""

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Empty the site's cache (the Redis database of REDIS_URL), as after a database "
        "restore: what it kept was keyed by generations a restore does not change."
    )
    # Needs neither the database nor the checks: it runs right after a restore.
    requires_system_checks = []

    def handle(self, *args, **options):
        cache = caches["default"]
        if isinstance(cache, LocMemCache):
            self.stdout.write(
                "No shared cache (no REDIS_URL): each app process keeps its own in memory; "
                "restart the app servers to empty it."
            )
            return
        # The site's Redis cache answers False, rather than failing, when Redis is away.
        if cache.clear() is False:
            raise CommandError(
                "The cache did not answer: nothing was emptied. Run `manage.py clear_cache` "
                "again once Redis answers, before the site serves the restored data."
            )
        self.stdout.write("Emptied the site's cache (the Redis database of REDIS_URL).")
