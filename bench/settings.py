"""The benchmark's settings: production, plus the bench app (seeding command, ceiling view).

Served over plain http on 127.0.0.1 by bench/run.py, which sets the environment.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import INSTALLED_APPS, WRITE_RATE_LIMITS

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"
# The comment-post and autosave runs measure writing, not the per-user limits.
WRITE_RATE_LIMITS = dict.fromkeys(WRITE_RATE_LIMITS, "1000000/m")
