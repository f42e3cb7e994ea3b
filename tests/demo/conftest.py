import io

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(settings, tmp_path):
    """The demo course and its accounts, as `make run` loads them."""
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=io.StringIO())
    call_command("create_demo_accounts", "--force", stdout=io.StringIO())


@pytest.fixture
def demo_learners(demo):
    """The demo with its learners' progress, submissions and comments."""
    call_command("load_demo_learners", stdout=io.StringIO())
