import random

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from community import demo as community_demo
from community import demo_comments as community_demo_comments
from community import demo_events as community_demo_events
from community.models import User
from home import demo as home_demo
from resources import demo as resources_demo
from search import indexing as search_indexing


class Command(BaseCommand):
    help = (
        "Fill the site with demo content of a museum digital practitioners network. Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=42, help="Seed for repeatable content.")
        parser.add_argument(
            "--reset", action="store_true", help="Delete earlier demo content first."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the site already has accounts."
        )

    def handle(self, *, seed, reset, if_empty, **options):
        if if_empty and User.objects.exists():
            self.stdout.write("The database already has content: no demo content added.")
        else:
            # One rebuild of the search index at the end rather than an update per page.
            with transaction.atomic(), search_indexing.paused():
                self.seed(random.Random(seed), reset)
        if settings.DEBUG:
            self.print_logins()

    def seed(self, rng, reset):
        if reset:
            # First, while the accounts that wrote them are still there: the pages take their
            # discussions with them, and this takes demo comments anywhere else.
            community_demo_comments.delete_demo_comments()
            resources_demo.delete_demo_case_studies()
            decks = resources_demo.delete_demo_decks()
            # After the decks, which may point at sessions; before the accounts, so that no
            # speaker is left without a name.
            events = community_demo_events.delete_demo_events()
            deleted = community_demo.delete_demo_accounts()
            self.stdout.write(
                f"Deleted {decks} demo decks, {events} demo events and {deleted} demo records."
            )
        home_demo.seed_home_page()
        self.stdout.write(self.style.SUCCESS("Home page and site settings ready."))
        added = community_demo.seed_members(rng)
        self.stdout.write(self.style.SUCCESS(f"Added {added} demo members."))
        # The events come before the decks: the library's demo links decks to their sessions.
        events = community_demo_events.seed_events(rng, talks=resources_demo.deck_talks())
        self.stdout.write(self.style.SUCCESS(f"Published {events} demo events."))
        decks = resources_demo.seed_decks()
        self.stdout.write(
            self.style.SUCCESS(
                f"Uploaded {decks} demo slide decks: the task worker processes them."
            )
        )
        cases = resources_demo.seed_case_studies()
        self.stdout.write(self.style.SUCCESS(f"Published {cases} demo case studies."))
        # After the decks and case studies, by demo members; written without notifications.
        comments = community_demo_comments.seed_comments(
            rng,
            deck_slides=resources_demo.deck_slide_titles(),
            case_studies=[case[0] for case in resources_demo.CASE_STUDIES],
        )
        self.stdout.write(self.style.SUCCESS(f"Added {comments} demo comments."))
        # Nothing was queued for the index while seeding; this makes it whole at once (decks
        # join it when the worker has processed them).
        search_indexing.rebuild()
        self.stdout.write(self.style.SUCCESS("Search index built."))
        if settings.DEBUG:
            created = community_demo.seed_staff_logins()
            self.stdout.write(self.style.SUCCESS(f"Added {len(created)} demo logins."))
        else:
            self.stdout.write("DEBUG is off: no demo logins were created.")

    def print_logins(self):
        self.stdout.write("\nDemo logins (development only):")
        for email, password, _name, role in community_demo.STAFF_LOGINS:
            if User.objects.filter(email=email).exists():
                self.stdout.write(f"  {role:<17} {email:<38} password: {password}")
