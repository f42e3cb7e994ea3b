"""Reading the production settings in a child process, with test values for the environment."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TEST_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k" * 64 + "-production-test-value-not-used-anywhere",
    "ALLOWED_HOSTS": "gazouillis.example.org",
    "PATH": "/usr/bin:/bin",
}


def production_settings(names: list[str], **environment: str) -> dict:
    """The values of the named settings under config.settings.production."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}, default=repr))"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**TEST_ENVIRONMENT, **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)
