"""Weigh the programme editor: `make bench-programme` (or python bench/programme_editor.py).

Builds, in a throw-away SQLite database, a network of MEMBERS members and an event whose
programme has SESSIONS sessions with two speakers each, then opens the event's edit page in
the Wagtail admin as an organizer would and saves it. Prints figures; asserts nothing.
"""

import datetime
import gzip
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
DATABASE = Path(tempfile.mkdtemp(prefix="vitrine-bench-")) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()
logging.disable(logging.INFO)  # the task backend logs every job it runs

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from community.models import Profile, User  # noqa: E402
from tests.admin_forms import posted_fields  # noqa: E402
from tests.factories.community import MemberFactory  # noqa: E402
from tests.factories.events import event, session  # noqa: E402

MEMBERS = int(os.environ.get("MEMBERS", 5000))
SESSIONS = int(os.environ.get("SESSIONS", 60))
RUNS = 5


def build():
    call_command("migrate", verbosity=0)
    password = make_password("bench")
    User.objects.bulk_create(
        User(email=f"bench{n}@example.org", password=password) for n in range(MEMBERS)
    )
    Profile.objects.bulk_create(
        Profile(user=user, handle=f"member-{user.pk}", display_name=f"Member {user.pk}")
        for user in User.objects.filter(profile__isnull=True)
    )
    profiles = list(Profile.objects.order_by("pk")[: SESSIONS * 2])
    starts_on = datetime.date(2027, 5, 12)
    page = event(
        title="Vitrine Bench 2027",
        starts_on=starts_on,
        ends_on=starts_on + datetime.timedelta(days=2),
    )
    page.sessions = [
        session(
            page,
            f"Session {number}: collections online",
            day=number % 3,
            starts=f"{9 + number % 8:02d}:00",
            ends=f"{9 + number % 8:02d}:45",
            speakers=profiles[number * 2 : number * 2 + 2],
            abstract="How a museum opened its collection online. " * 8,
        )
        for number in range(SESSIONS)
    ]
    page.save_revision().publish()
    organizer = MemberFactory(organizer=True, editor=True)
    return page, organizer


def timed(request, runs=RUNS):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = request()
        times.append(time.perf_counter() - started)
    return response, times


def main():
    page, organizer = build()
    client = Client()
    client.force_login(organizer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    client.get(edit_url)  # warm up: the first request loads templates and caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(edit_url)
    query_count = len(queries)  # now: every request empties the log it reads from
    html = response.content
    response, times = timed(lambda: client.get(edit_url))
    print(f"Edit page of an event with {SESSIONS} sessions x 2 speakers, {MEMBERS} members")
    print(f"  status {response.status_code}, {len(html) / 1024:.0f} KB HTML")
    print(f"  {len(gzip.compress(html)) / 1024:.0f} KB gzipped")
    print(f"  {html.count(b'<option')} <option> elements, {query_count} SQL queries")
    print(
        f"  render median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
    )

    # Save a draft with the form exactly as the page rendered it.
    data = posted_fields(html)
    print(f"  {len(data)} fields posted")
    response, times = timed(lambda: client.post(edit_url, data), runs=3)
    saved = response.status_code == 302
    print(f"  save draft: {'saved' if saved else f'not saved ({response.status_code})'},")
    print(f"  median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
