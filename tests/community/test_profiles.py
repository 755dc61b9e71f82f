import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from community.models import Profile
from tests.factories.community import PASSWORD, MemberFactory
from tests.factories.events import event

pytestmark = pytest.mark.django_db


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def field_error(html, field):
    match = re.search(rf'<div class="field__errors" id="id_{field}_error">(.*?)</div>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split()) if match else None


def photo(name="me.png", size=(900, 600), kind="PNG"):
    output = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(output, kind)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/png")


FORM = {
    "display_name": "Ana García",
    "handle": "ana-garcia",
    "headline": "Head of digital",
    "organisation": "Museo Egizio",
    "city": "Turin",
    "country": "IT",
    "bio": "",
    "expertise": "",
    "visibility": "public",
    "links-TOTAL_FORMS": "2",
    "links-INITIAL_FORMS": "0",
    "links-MIN_NUM_FORMS": "0",
    "links-MAX_NUM_FORMS": "8",
    "links-0-kind": "website",
    "links-0-url": "",
    "links-1-kind": "website",
    "links-1-url": "",
}


def test_a_profile_shows_what_the_member_says_and_never_the_email(client, member):
    profile = member.profile
    profile.headline, profile.organisation, profile.city, profile.country = (
        "Head of digital",
        "Museo Egizio",
        "Turin",
        "IT",
    )
    profile.bio = "I run **live tours**. See [our blog](https://example.org/blog)."
    profile.languages = ["it", "en"]
    profile.save()
    profile.expertise.set(["instagram", "live streaming"])
    profile.links.create(kind="mastodon", url="https://mastodon.social/@ana")

    html = client.get("/members/ana-garcia/").content.decode()
    text = text_of(html)

    assert "<h1>Ana García</h1>" in html
    assert "Head of digital, Museo Egizio" in text
    assert "Turin, Italy" in text
    assert "<strong>live tours</strong>" in html
    assert '<a href="https://example.org/blog" rel="nofollow ugc noopener">our blog</a>' in html
    assert "Speaks Italian, English" in text
    assert 'href="/members/?expertise=live-streaming">live streaming</a>' in html
    assert '<a href="https://mastodon.social/@ana" rel="me nofollow ugc noopener">Mastodon' in html
    assert member.email not in html


@pytest.mark.parametrize(
    ("bio", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("[click](javascript:alert(1))", 'href="javascript'),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("<b onclick=alert(1)>unclosed", "<b "),
        ("<a href='https://evil.example' style='position:fixed'>x</a>", "<a href='https://evil"),
    ],
)
def test_a_bio_cannot_carry_markup_or_scripts(client, member, bio, forbidden):
    Profile.objects.filter(pk=member.profile.pk).update(bio=bio)

    html = client.get("/members/ana-garcia/").content.decode()
    bio_html = html.split('class="prose profile__bio">', 1)[1].split("</div>", 1)[0]

    assert forbidden not in bio_html


def test_a_profile_lists_talks_at_published_events_only(client, member):
    event(
        title="Vitrine Lisbon 2026",
        sessions=[("Instagram live, one phone", 0, "11:00", "11:30", [member.profile])],
    )
    event(
        title="Vitrine Oslo 2027",
        live=False,
        sessions=[("Secret talk", 0, "10:00", "10:30", [member.profile])],
    )

    text = text_of(client.get("/members/ana-garcia/").content.decode())

    assert "Instagram live, one phone · Vitrine Lisbon 2026, 14 May 2026" in text
    assert "Secret talk" not in text


@pytest.mark.parametrize(
    ("visibility", "viewer", "status"),
    [
        ("public", None, 200),
        ("public", "other", 200),
        ("members", None, 403),
        ("members", "other", 200),
        ("members", "unverified", 403),
        ("members", "editor", 200),
        ("hidden", None, 404),
        ("hidden", "other", 404),
        ("hidden", "self", 200),
        ("hidden", "editor", 200),
    ],
)
def test_profile_visibility(client, member, editor, visibility, viewer, status):
    Profile.objects.filter(pk=member.profile.pk).update(visibility=visibility)
    viewers = {
        "other": MemberFactory,
        "unverified": lambda: MemberFactory(verified=False),
        "editor": lambda: editor,
        "self": lambda: member,
    }
    if viewer:
        client.force_login(viewers[viewer]())

    response = client.get("/members/ana-garcia/")

    assert response.status_code == status
    if status == 403:
        assert "This profile is for members only" in response.content.decode()
        assert "Ana García" not in response.content.decode()


def test_an_unverified_account_stays_out_of_sight_except_for_itself(client, unverified_member):
    handle = unverified_member.profile.handle

    assert client.get(f"/members/{handle}/").status_code == 404
    assert "Jonas Lindqvist" not in client.get("/members/").content.decode()
    client.force_login(unverified_member)
    assert client.get(f"/members/{handle}/").status_code == 200


def test_anonymous_visitors_are_asked_to_sign_in_to_edit(client):
    response = client.get("/members/me/edit/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/members/me/edit/"


def test_a_member_edits_their_own_profile(client, member):
    client.force_login(member)

    response = client.post(
        "/members/me/edit/",
        {
            **FORM,
            "bio": "Live tours, *weekly*.",
            "expertise": "instagram, Live streaming",
            "languages": ["it", "fr"],
            "links-0-kind": "bluesky",
            "links-0-url": "bsky.app/profile/ana.example",
        },
        follow=True,
    )

    profile = Profile.objects.get(pk=member.profile.pk)
    assert response.redirect_chain == [("/members/ana-garcia/", 302)]
    assert "Your profile is saved." in response.content.decode()
    assert profile.headline == "Head of digital"
    assert sorted(profile.expertise.names()) == ["Live streaming", "instagram"]
    assert profile.languages == ["it", "fr"]
    assert [link.url for link in profile.links.all()] == ["https://bsky.app/profile/ana.example"]
    assert profile.completed_at is not None


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"display_name": "   "}, "display_name", "This field is required."),
        ({"handle": "me"}, "handle", "This address is reserved. Choose another one."),
        ({"handle": "Ana García!"}, "handle", "Enter a valid “slug”"),
        ({"handle": "taken-handle"}, "handle", "Another member uses this address already."),
        ({"links-0-url": "javascript:alert(1)"}, "links-0-url", "Enter a valid URL."),
        ({"bio": "x" * 2001}, "bio", "Ensure this value has at most 2000 characters"),
        ({"visibility": "everyone-and-their-dog"}, "visibility", "Select a valid choice."),
    ],
)
def test_bad_profile_input_is_refused_next_to_its_field_and_the_rest_is_kept(
    client, member, changes, field, error
):
    MemberFactory(display_name="Taken Handle")
    client.force_login(member)

    html = client.post(
        "/members/me/edit/", {**FORM, "organisation": "Kept Museum", **changes}
    ).content.decode()

    assert error in field_error(html, field)
    assert 'value="Kept Museum"' in html
    assert Profile.objects.get(pk=member.profile.pk).organisation == ""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_new_photo_is_cropped_to_a_square_webp_in_the_worker(client, member):
    client.force_login(member)

    client.post("/members/me/edit/", {**FORM, "avatar_upload": photo()})

    profile = Profile.objects.get(pk=member.profile.pk)
    with profile.avatar.open("rb") as stored, Image.open(stored) as image:
        assert (image.format, image.size) == ("WEBP", (400, 400))
    html = client.get("/members/ana-garcia/").content.decode()
    assert f'<img class="avatar avatar--large" src="{profile.avatar.url}"' in html


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (
            SimpleUploadedFile("me.png", b"#!/bin/sh\necho not a photo\n"),
            "This file is not a photo we can read.",
        ),
        (SimpleUploadedFile("me.png", b""), "The submitted file is empty."),
        (photo("me.tiff", kind="TIFF"), "Use a JPEG, PNG or WebP image."),
        (photo(size=(8000, 6000)), "The photo is too large: use one under 40 megapixels."),
    ],
)
def test_bad_photos_are_refused_with_a_reason(client, member, upload, error):
    client.force_login(member)

    html = client.post("/members/me/edit/", {**FORM, "avatar_upload": upload}).content.decode()

    assert error in field_error(html, "avatar_upload")
    assert not Profile.objects.get(pk=member.profile.pk).avatar


def test_members_without_a_photo_get_their_initials(client, member):
    html = client.get("/members/ana-garcia/").content.decode()

    assert re.search(
        r'<span class="avatar avatar--large avatar--colour-\d" aria-hidden="true">AG</span>', html
    )


def test_a_suspended_member_cannot_change_their_profile(client, member):
    Profile.objects.filter(pk=member.profile.pk).update(
        is_suspended=True, suspension_reason="Spam links."
    )
    client.force_login(member)

    response = client.post("/members/me/edit/", {**FORM, "headline": "Buy now"})

    assert response.status_code == 403
    assert "Spam links." in response.content.decode()
    assert Profile.objects.get(pk=member.profile.pk).headline == ""


def test_a_new_member_is_led_to_their_profile_after_signing_in(client, member):
    first = client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})
    Profile.objects.filter(pk=member.profile.pk).update(completed_at="2026-01-01T00:00Z")
    client.logout()
    later = client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})

    assert first["Location"] == "/members/me/edit/"
    assert later["Location"] == "/"


def test_the_account_menu_links_to_the_profile(client, member):
    client.force_login(member)

    html = client.get("/").content.decode()

    assert '<a href="/members/me/">Your profile</a>' in html
    assert '<a href="/members/me/edit/">Edit profile</a>' in html
    assert client.get("/members/me/")["Location"] == "/members/ana-garcia/"
    assert EmailAddress.objects.filter(user=member, verified=True).exists()


@pytest.mark.parametrize("count", [1, 4])
def test_a_profile_keeps_to_the_query_budget(client, member, count, django_assert_max_num_queries):
    from community.discussions import post_comment
    from community.models import Comment
    from tests.factories.resources import case_study

    for number in range(count):
        page = case_study(
            title=f"Live tours {number}", authors=[{"profile": member.profile, "role": "Editor"}]
        )
        comment = post_comment(member.profile, page, f"Notes from tour {number}")
        Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PUBLISHED)
    address = f"/members/{member.profile.handle}/"
    client.get(address)

    with django_assert_max_num_queries(15):  # the performance budget of a detail page
        html = client.get(address).content.decode()

    assert html.count("Live tours") == 2 * count  # a case study, and a comment on it
    assert html.count("#comment-") == count
