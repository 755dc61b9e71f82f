import random
from collections import Counter
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django.utils.html import escape

from community import demo as community_demo
from community import demo_comments
from community import demo_events as community_demo_events
from community.discussions import moderation_queue
from community.models import Comment, CommentReport, EventPage, Notification, Profile
from resources import demo as resources_demo
from resources import services as resources_services
from resources.demo_content import CASE_STUDIES, DECKS
from resources.models import CaseStudyPage, SlideDeckPage

QUEUED_TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "slides"],
    }
}
TASKS_AT_ONCE = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "slides"],
    }
}
SLIDE_COUNTS = {deck[0]: len(deck[8]) for deck in DECKS}
FRENCH_TITLES = {deck[0] for deck in DECKS if deck[2] == "fr"} | {
    case[0] for case in CASE_STUDIES if case[3] == "fr"
}


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo, seeded once for this module (some ten seconds) and rolled back after it.

    Decks wait for the task worker, which does not run here: the pipeline has tests of its own.
    Announcing comments is watched: the demo must not announce any.
    """
    announce = mock.patch("community.notifications.queue_notifications")
    with (
        django_db_blocker.unblock(),
        override_settings(TASKS=QUEUED_TASKS),
        transaction.atomic(),
    ):
        out = StringIO()
        with announce as spy:
            call_command("seed_demo", stdout=out)
        yield {"output": out.getvalue(), "announced": spy.call_count}
        transaction.set_rollback(True)


@pytest.fixture
def queued_tasks_only(settings):
    settings.TASKS = QUEUED_TASKS


# Its module fixture seeds the demo once: keep its tests on one test worker.
pytestmark = [
    pytest.mark.usefixtures("demo_site", "queued_tasks_only"),
    pytest.mark.xdist_group("test_demo_comments"),
]


def seed_again():
    return demo_comments.seed_comments(
        random.Random(43),  # noqa: S311 - repeatable demo content, not security
        deck_slides=resources_demo.deck_slide_titles(),
        case_studies=[case[0] for case in CASE_STUDIES],
    )


def pool_texts(node):
    _role, text, replies = node
    yield text
    for reply in replies:
        yield from pool_texts(reply)


def english_openings():
    """How the English comments begin, up to their first placeholder."""
    pools = [*demo_comments.TAG_THREADS.values(), demo_comments.DECK_THREADS]
    pools += [demo_comments.CASE_THREADS, demo_comments.SLIDE_THREADS_EN]
    texts = {text for pool in pools for thread in pool for text in pool_texts(thread)}
    return {text.split("{")[0] for text in texts if len(text.split("{")[0]) > 12}


def test_seed_demo_adds_a_few_hundred_comments_on_most_demo_pages(db, demo_site):
    count = Comment.objects.count()
    decks = set(
        Comment.objects.filter(page__in=SlideDeckPage.objects.all()).values_list("page", flat=True)
    )
    cases = set(
        Comment.objects.filter(page__in=CaseStudyPage.objects.all()).values_list("page", flat=True)
    )
    events = EventPage.objects.filter(discussion_comments__isnull=False).distinct()

    assert 300 <= count <= 450
    assert f"Added {count} demo comments." in demo_site["output"]
    assert len(decks) >= 0.75 * len(DECKS)
    assert len(cases) >= 0.6 * len(CASE_STUDIES)
    assert 1 <= events.count() <= 5
    assert all(event.ends_on < timezone.now().date() for event in events)
    assert not Comment.objects.filter(author__isnull=True).exists()
    assert not Comment.objects.exclude(
        author__user__email__endswith=community_demo.DEMO_EMAIL_DOMAIN
    ).exists()
    assert "lorem" not in " ".join(Comment.objects.values_list("body", flat=True)).lower()


def test_demo_threads_go_three_levels_deep_and_speakers_answer(db):
    third_level = Comment.objects.filter(parent__parent__isnull=False)
    decks = SlideDeckPage.objects.filter(discussion_comments__parent__isnull=False).distinct()
    answered_by_speaker = [
        deck
        for deck in decks
        if Comment.objects.filter(page=deck, author__user=deck.owner, parent__isnull=False).exists()
    ]

    assert third_level.count() >= 10
    assert Comment.objects.filter(parent__parent__parent__isnull=False).exists()
    assert len(answered_by_speaker) >= 0.8 * decks.count()
    for reply in Comment.objects.filter(parent__isnull=False).select_related("parent"):
        assert reply.page_id == reply.parent.page_id
        assert reply.pk > reply.parent_id
        assert reply.created_at >= reply.parent.created_at


def test_demo_slide_comments_are_about_slides_of_their_deck(db):
    about_slides = Comment.objects.filter(slide_number__isnull=False).select_related("page")

    assert about_slides.count() >= 15
    for comment in about_slides:
        assert comment.page.title in SLIDE_COUNTS
        assert 2 <= comment.slide_number <= SLIDE_COUNTS[comment.page.title]


def test_demo_comments_are_varied_written_in_the_page_language_and_spread_over_years(db):
    comments = list(
        Comment.objects.filter(deleted_at__isnull=True).select_related("page", "author")
    )
    same_page = Counter((comment.page_id, comment.body) for comment in comments)
    french = [comment for comment in comments if comment.page.title in FRENCH_TITLES]
    openings = english_openings()
    html = " ".join(comment.body_html for comment in comments)

    assert same_page.most_common(1)[0][1] == 1
    assert len({comment.body for comment in comments}) >= 0.6 * len(comments)
    assert len(french) >= 15
    assert all("fr" in comment.author.languages for comment in french)
    assert not [c.body for c in french if any(c.body.startswith(text) for text in openings)]
    assert len({comment.created_at.year for comment in comments}) >= 8
    assert all(comment.created_at <= timezone.now() for comment in comments)
    assert "<em>" in html
    assert '<a href="https://' in html
    assert "<li>" in html
    assert all(comment.body_html for comment in comments)


def test_demo_discussions_give_the_moderators_something_to_do(db):
    pending = Comment.objects.filter(status=Comment.Status.PENDING).select_related("author")
    hidden = Comment.objects.get(status=Comment.Status.HIDDEN)
    deleted = Comment.objects.filter(deleted_at__isnull=False)
    edited = Comment.objects.filter(edited_at__isnull=False, deleted_at__isnull=True)
    reports = CommentReport.objects.filter(comment=hidden, resolved_at__isnull=True)

    assert 2 <= pending.count() <= 3
    for comment in pending:
        assert not comment.author.is_trusted
        assert not Comment.objects.filter(
            author=comment.author, status=Comment.Status.PUBLISHED
        ).exists()
    assert reports.count() == 3
    assert hidden.author_id not in set(reports.values_list("reporter", flat=True))
    assert set(moderation_queue()) == {*pending, hidden}
    assert 2 <= deleted.count() <= 3
    for comment in deleted:
        assert comment.body == ""
        assert comment.replies.filter(status=Comment.Status.PUBLISHED).exists()
        assert comment.deleted_at >= max(comment.replies.values_list("created_at", flat=True))
    assert edited.count() >= 3
    assert all(comment.edited_at > comment.created_at for comment in edited)


def test_demo_comments_announce_nothing(db, demo_site):
    assert demo_site["announced"] == 0
    assert not Notification.objects.exists()


def test_demo_comments_send_no_email_even_with_tasks_running_at_once(
    db, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = TASKS_AT_ONCE
    demo_comments.delete_demo_comments()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        added = seed_again()

    assert added >= 300
    assert mail.outbox == []
    assert not Notification.objects.exists()
    # A comment posted as a member would be, by contrast, is announced to the speaker.
    deck = SlideDeckPage.objects.filter(title=DECKS[0][0]).get()
    commenter = Profile.objects.exclude(user=deck.owner).filter(user__is_active=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        Comment.objects.create(page=deck, author=commenter, body="Which microphone was it?")
    assert Notification.objects.filter(recipient__user=deck.owner).exists()


def test_seed_demo_run_again_adds_no_comments(db):
    before = sorted(Comment.objects.values_list("page", "author", "body"))
    out = StringIO()

    call_command("seed_demo", stdout=out)

    assert "Added 0 demo comments." in out.getvalue()
    assert sorted(Comment.objects.values_list("page", "author", "body")) == before
    assert CommentReport.objects.count() == 3


def test_demo_pages_with_comments_get_no_more(db):
    discussed = set(Comment.objects.values_list("page", flat=True))
    before = Comment.objects.count()

    # Another draw may pick other pages, never one that already has its discussion.
    added = seed_again()

    assert Comment.objects.filter(page__in=discussed).count() == before
    assert Comment.objects.count() == before + added


def test_a_demo_deck_shows_its_discussion(db, client):
    deck = (
        SlideDeckPage.objects.filter(
            title__in=[deck[0] for deck in DECKS if deck[3] == "pdf"],
            discussion_comments__status=Comment.Status.PUBLISHED,
            discussion_comments__deleted_at__isnull=True,
        )
        .order_by("title")
        .first()
    )
    resources_services.process_deck(deck.pk)
    comment = Comment.objects.filter(
        page=deck, status=Comment.Status.PUBLISHED, deleted_at__isnull=True
    ).first()

    response = client.get(SlideDeckPage.objects.get(pk=deck.pk).url)

    assert response.status_code == 200
    assert escape(comment.body.split("*")[0][:40]) in response.content.decode()


def test_demo_discussions_go_with_the_demo_pages_and_accounts(db, member):
    page = CaseStudyPage.objects.get(title=CASE_STUDIES[0][0])
    # A demo member's comment somewhere else, and a real member's reply under it.
    library = page.get_parent()
    elsewhere = Comment.objects.create(
        page=library, author=Profile.objects.filter(comments__isnull=False).first(), body="Hello"
    )
    Comment.objects.create(page=library, author=member.profile, parent=elsewhere, body="Hi!")

    demo_comments.delete_demo_comments()
    resources_demo.delete_demo_case_studies()
    resources_demo.delete_demo_decks()
    community_demo_events.delete_demo_events()
    community_demo.delete_demo_accounts()

    assert not Comment.objects.exists()
    assert not CommentReport.objects.exists()
