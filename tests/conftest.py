import os
import shutil

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from tests.factories.community import MemberFactory

# Sync Playwright runs an event loop in the test thread; Django's ORM must still be usable there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(playwright, django_db_setup):
    """Start Playwright before the test database is created.

    Sync Playwright switches the thread's context; Django's connection there must be the
    one that holds the serialized copy of the migrated database, which browser tests
    (serialized_rollback) restore after each flush.
    """
    return


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: allauth keeps its rate limits there."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The home page that the migrations create, as a HomePage."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def root_page(db):
    return Page.objects.get(depth=1)


@pytest.fixture
def member(db):
    return MemberFactory(display_name="Ana García")


@pytest.fixture
def unverified_member(db):
    return MemberFactory(display_name="Jonas Lindqvist", verified=False)


@pytest.fixture
def editor(db):
    return MemberFactory(display_name="Elena Editor", editor=True)


@pytest.fixture
def organizer(db):
    return MemberFactory(display_name="Olivier Organizer", organizer=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(executable):
        message = "Chromium is not installed: run `make system-packages` (Debian: apt-get install chromium)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }
