import pytest

from resources import services
from resources.models import Slide, SlideDeckPage
from resources.models.choices import ProcessingState
from tests.factories.files import make_executable
from tests.factories.resources import approve, pdf_upload, request_changes, uploaded_deck

# Processing starts when the upload commits (on_commit), so these tests commit too.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_an_upload_is_processed_and_waits_for_review(member, tmp_path):
    deck = uploaded_deck(member, tmp_path, tags=["Instagram", "live streaming"])

    assert deck.processing_state == ProcessingState.READY
    assert (deck.live, deck.slide_count, deck.source_kind) == (False, 3, "pdf")
    assert list(deck.slides.values_list("number", flat=True)) == [1, 2, 3]
    assert (
        deck.slides.get(number=2).text
        == "What we measured\nPeak viewers: 340\nReplays in a week: 2,100"
    )
    assert services.deck_status(deck).code == "in_review"
    assert sorted(tag.name for tag in deck.tags.all()) == ["Instagram", "live streaming"]


def test_a_trusted_member_publishes_at_once(member, tmp_path):
    member.profile.is_trusted = True
    member.profile.save()

    deck = uploaded_deck(member, tmp_path)

    assert deck.live
    assert services.deck_status(deck).code == "published"


def test_an_editor_approves_a_deck(member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path), editor)

    assert deck.live
    assert services.deck_status(deck).code == "published"


def test_an_editor_asks_for_changes_with_a_reason(member, editor, tmp_path):
    deck = request_changes(
        uploaded_deck(member, tmp_path), editor, "Please remove the phone numbers on slide 2."
    )

    status = services.deck_status(deck)
    assert not deck.live
    assert (status.code, status.explanation) == (
        "changes_requested",
        "Please remove the phone numbers on slide 2.",
    )


def test_a_bad_file_fails_with_its_reason_and_keeps_the_original(member, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    path = make_executable(tmp_path / "virus.pdf")
    upload = SimpleUploadedFile("virus.pdf", path.read_bytes())

    deck = services.upload_deck(owner=member, upload=upload, title="Not slides")
    deck.refresh_from_db()

    status = services.deck_status(deck)
    assert (status.code, status.explanation, status.can_retry) == (
        "failed",
        "This is not a PDF, PPTX or ODP file.",
        True,
    )
    assert deck.original.storage.exists(deck.original.name)
    assert not deck.live


def test_processing_again_replaces_the_slides(member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    first_ids = set(deck.slides.values_list("pk", flat=True))

    services.process_deck(deck.pk)

    assert Slide.objects.filter(deck=deck).count() == 3
    assert set(deck.slides.values_list("pk", flat=True)).isdisjoint(first_ids)


def test_a_kept_upload_belongs_to_its_owner_only(member, editor, tmp_path):
    token = services.keep_upload(pdf_upload(tmp_path), member)

    assert services.kept_upload(token, member).name == "talk.pdf"
    assert services.kept_upload(token, editor) is None
    assert services.kept_upload(token + "x", member) is None


def test_decks_owned_by_lists_only_the_members_decks_with_their_status(
    member, editor, tmp_path, django_assert_max_num_queries
):
    uploaded_deck(member, tmp_path, title="First")
    uploaded_deck(member, tmp_path, title="Second")
    uploaded_deck(editor, tmp_path, title="Not mine")

    with django_assert_max_num_queries(4):
        rows = [(row["deck"].title, row["status"].code) for row in services.decks_owned_by(member)]

    assert rows == [("Second", "in_review"), ("First", "in_review")]
    assert SlideDeckPage.objects.count() == 3


def test_the_owner_is_told_when_the_deck_is_published(member, editor, tmp_path, mailoutbox):
    deck = approve(uploaded_deck(member, tmp_path), editor)

    published = [m for m in mailoutbox if "published" in m.subject]
    assert [(m.to, m.subject) for m in published] == [
        ([member.email], "[Vitrine] Your slides are published: Instagram live at the Museo Egizio")
    ]
    assert deck.full_url in published[0].body


def test_the_owner_is_told_why_changes_were_requested(member, editor, tmp_path, mailoutbox):
    deck = request_changes(
        uploaded_deck(member, tmp_path), editor, "Slide 2 shows visitors' faces."
    )

    rejected = [m for m in mailoutbox if "not published" in m.subject]
    assert [m.to for m in rejected] == [[member.email]]
    assert "Slide 2 shows visitors' faces." in rejected[0].body
    assert f"/library/uploads/{deck.pk}/" in rejected[0].body
