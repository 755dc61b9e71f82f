import json

import pytest

from community import discussions
from community.models import Comment, Profile, SessionSpeaker, User
from resources.models import CaseStudyAuthor, SlideDeckPage
from tests.factories.community import PASSWORD
from tests.factories.events import event
from tests.factories.resources import approve, case_study, uploaded_deck

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_privacy_page_says_what_is_stored(client, db):
    html = client.get("/privacy/").content.decode()

    assert "Privacy: what we store and why" in html
    assert "It is never shown to anyone" in html
    assert '<a href="/privacy/">Privacy</a>' in client.get("/").content.decode()


def test_a_member_downloads_all_their_data(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path, title="Live tours"), editor)
    Profile.objects.filter(user=member).update(headline="Head of digital", is_trusted=True)
    member.profile.refresh_from_db()
    member.profile.links.create(kind="website", url="https://ana.example")
    comment = discussions.post_comment(member.profile, deck, "Questions welcome.")
    event(sessions=[("Live tours", 0, "10:00", "10:30", [member.profile])])
    client.force_login(member)

    response = client.get("/members/me/export/")
    data = json.loads(response.content)

    assert response["Content-Disposition"].startswith('attachment; filename="vitrine-ana-garcia-')
    assert data["account"]["email"] == member.email
    assert data["profile"]["role"] == "Head of digital"
    assert data["profile"]["links"] == [{"kind": "website", "url": "https://ana.example"}]
    assert [item["text"] for item in data["comments"]] == ["Questions welcome."]
    assert data["comments"][0]["id"] == comment.pk
    assert [(item["kind"], item["title"], item["slides"]) for item in data["uploads"]] == [
        ("slide deck", "Live tours", 3)
    ]
    assert data["talks"] == [{"event": "Vitrine Lisbon 2026", "session": "Live tours"}]


def test_the_export_is_for_the_signed_in_member_only(client, db):
    assert client.get("/members/me/export/")["Location"].startswith("/accounts/login/")


def test_deleting_asks_for_the_password_and_a_choice(client, member):
    client.force_login(member)

    html = client.post(
        "/members/me/delete/", {"password": "wrong", "uploads": "keep"}
    ).content.decode()

    assert "This is not your password." in html
    assert User.objects.filter(pk=member.pk).exists()


def test_deleting_an_account_keeps_threads_and_programmes_in_shape(
    client, member, editor, tmp_path
):
    other = editor
    deck = approve(uploaded_deck(other, tmp_path, title="Someone else's"), editor)
    Profile.objects.filter(user=member).update(is_trusted=True)
    member.profile.refresh_from_db()
    mine = discussions.post_comment(member.profile, deck, "My question.")
    Profile.objects.filter(user=other).update(is_trusted=True)
    other.profile.refresh_from_db()
    discussions.post_comment(other.profile, deck, "An answer.", parent=mine)
    event(sessions=[("Live tours", 0, "10:00", "10:30", [member.profile])])
    client.force_login(member)

    response = client.post(
        "/members/me/delete/", {"password": PASSWORD, "uploads": "delete"}, follow=True
    )

    assert not User.objects.filter(pk=member.pk).exists()
    assert "Your account is deleted." in response.content.decode()
    assert Comment.objects.get(pk=mine.pk).author is None
    assert "deleted member" in client.get(deck.url).content.decode().lower()
    assert SessionSpeaker.objects.get().name == "Ana García"
    assert client.get("/members/ana-garcia/").status_code == 404


def test_deleting_removes_or_anonymises_uploads_as_chosen(client, member, editor, tmp_path):
    kept = approve(uploaded_deck(member, tmp_path, title="Kept"), editor)
    draft = uploaded_deck(member, tmp_path, title="Draft")
    study = case_study(title="Our project", authors=[{"profile": member.profile}])
    client.force_login(member)

    client.post("/members/me/delete/", {"password": PASSWORD, "uploads": "keep"})

    kept.refresh_from_db()
    assert kept.live and kept.owner is None
    assert client.get(kept.url).status_code == 200
    assert not SlideDeckPage.objects.filter(pk=draft.pk).exists()
    assert CaseStudyAuthor.objects.get(page=study).name == "Ana García"


def test_deleting_with_uploads_leaves_removed_pages(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path, title="Gone"), editor)
    study = case_study(title="Our project", authors=[{"profile": member.profile}])
    client.force_login(member)

    client.post("/members/me/delete/", {"password": PASSWORD, "uploads": "delete"})

    assert client.get(deck.url).status_code == 410
    assert CaseStudyAuthor.objects.get(page=study).name == "A former member"
