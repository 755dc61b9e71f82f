from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from community.demo import DEMO_EMAIL_DOMAIN, MEMBERS, STAFF_LOGINS
from community.models import User
from resources.demo import CASE_STUDIES, DECKS
from resources.models import CaseStudyPage, SlideDeckPage

# Seeding queues the processing of every demo deck; these tests look at what is seeded,
# and the pipeline has tests of its own.
pytestmark = pytest.mark.usefixtures("queued_tasks_only")


@pytest.fixture
def queued_tasks_only(settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "slides"],
        }
    }


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@override_settings(DEBUG=True)
def test_seed_demo_builds_a_browsable_site_and_prints_the_logins(client, home_page):
    output = seed()

    assert User.objects.count() == len(MEMBERS) + len(STAFF_LOGINS)
    assert SlideDeckPage.objects.count() == len(DECKS)
    assert CaseStudyPage.objects.count() == len(CASE_STUDIES)
    assert "Uploaded 8 demo slide decks" in output
    assert CaseStudyPage.objects.live().count() == len(CASE_STUDIES)
    assert (
        "A weekly Instagram live tour, run by two people"
        in client.get("/library/").content.decode()
    )
    assert f"admin@{DEMO_EMAIL_DOMAIN}" in output
    assert "password: vitrine-admin" in output
    html = client.get("/").content.decode()
    assert "What you will find" in html
    assert "lorem" not in html.lower()
    admin = User.objects.get(email=f"admin@{DEMO_EMAIL_DOMAIN}")
    assert client.login(email=admin.email, password="vitrine-admin")
    assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=True)
def test_seed_demo_adds_nothing_twice(db, home_page):
    seed()
    first = sorted(User.objects.values_list("email", flat=True))

    seed()

    assert sorted(User.objects.values_list("email", flat=True)) == first
    assert SlideDeckPage.objects.count() == len(DECKS)
    assert CaseStudyPage.objects.count() == len(CASE_STUDIES)


@override_settings(DEBUG=True)
def test_seed_demo_if_empty_leaves_an_existing_site_alone(db, member, home_page):
    output = seed("--if-empty")

    assert list(User.objects.all()) == [member]
    assert "already has content" in output


@override_settings(DEBUG=True)
def test_seed_demo_reset_replaces_demo_accounts_but_keeps_real_ones(db, member, home_page):
    seed()
    User.objects.filter(email__endswith=DEMO_EMAIL_DOMAIN).update(is_active=False)

    seed("--reset")

    assert User.objects.get(pk=member.pk).is_active
    assert not User.objects.filter(is_active=False).exists()


def test_seed_demo_creates_no_logins_with_debug_off(db, home_page):
    output = seed()

    assert not User.objects.filter(password__startswith="md5").exists()
    assert "no demo logins" in output
    assert "password:" not in output
