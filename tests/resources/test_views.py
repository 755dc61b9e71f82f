import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from resources.models import SlideDeckPage
from tests.factories.community import MemberFactory
from tests.factories.files import make_executable
from tests.factories.resources import approve, pdf_upload, uploaded_deck

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FORM = {"title": "Instagram live at the Museo Egizio", "language": "en", "licence": "cc-by-4.0"}


def field_error(html, field):
    match = re.search(rf'<div class="field__errors" id="id_{field}_error">(.*?)</div>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split()) if match else None


def test_anonymous_visitors_are_asked_to_sign_in_to_upload(client):
    response = client.get("/library/upload/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/library/upload/"


def test_unverified_members_are_asked_to_verify_before_uploading(client, unverified_member):
    client.force_login(unverified_member)

    html = client.get("/library/upload/").content.decode()

    assert "Verify Your Email Address" in html
    assert 'name="file"' not in html


def test_a_member_uploads_slides_and_follows_their_processing(client, member, tmp_path):
    client.force_login(member)

    response = client.post(
        "/library/upload/",
        {**FORM, "file": pdf_upload(tmp_path), "tags": "instagram, live"},
        follow=True,
    )

    deck = SlideDeckPage.objects.get()
    html = response.content.decode()
    assert response.redirect_chain == [(f"/library/uploads/{deck.pk}/", 302)]
    assert "Thank you! Your slides are being processed." in html
    assert '<span class="badge">Awaiting review</span>' in html
    assert html.count('class="slide-grid"') == 1
    assert deck.owner == member


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (
            lambda tmp: SimpleUploadedFile("notes.txt", b"plain text"),
            "Upload a PDF, PPTX or ODP file.",
        ),
        (lambda tmp: SimpleUploadedFile("empty.pdf", b""), "The submitted file is empty."),
        (lambda tmp: None, "This field is required."),
    ],
)
def test_bad_uploads_are_refused_next_to_the_file_field(client, member, tmp_path, upload, error):
    client.force_login(member)
    data = {**FORM, "description": "Our <b>set-up</b>", "tags": "instagram"}
    if (file := upload(tmp_path)) is not None:
        data["file"] = file

    html = client.post("/library/upload/", data).content.decode()

    assert field_error(html, "file") == error
    assert 'value="Instagram live at the Museo Egizio"' in html
    assert "Our &lt;b&gt;set-up&lt;/b&gt;</textarea>" in html
    assert not SlideDeckPage.objects.exists()


def test_a_renamed_program_is_accepted_then_refused_by_processing_with_its_reason(
    client, member, tmp_path
):
    client.force_login(member)
    program = SimpleUploadedFile("slides.pdf", make_executable(tmp_path / "a.out").read_bytes())

    html = client.post("/library/upload/", {**FORM, "file": program}, follow=True).content.decode()

    assert "Could not be processed" in html
    assert "This is not a PDF, PPTX or ODP file." in html
    assert "Try processing again" in html


def test_a_valid_file_is_kept_while_another_field_is_corrected(client, member, tmp_path):
    client.force_login(member)

    first = client.post("/library/upload/", {**FORM, "title": "   ", "file": pdf_upload(tmp_path)})
    html = first.content.decode()
    kept = re.search(r'name="kept_file" value="([^"]+)"', html).group(1)
    second = client.post("/library/upload/", {**FORM, "kept_file": kept}, follow=True)

    assert field_error(html, "title") == "This field is required."
    assert "Your file is kept: you do not need to choose it again." in html
    assert second.redirect_chain[0][1] == 302
    assert SlideDeckPage.objects.get().slide_count == 3


def test_a_forged_kept_file_token_is_not_accepted(client, member, tmp_path):
    client.force_login(member)

    html = client.post("/library/upload/", {**FORM, "kept_file": "forged:token"}).content.decode()

    assert field_error(html, "file") == "This field is required."
    assert not SlideDeckPage.objects.exists()


def test_too_many_tags_are_refused(client, member, tmp_path):
    client.force_login(member)
    tags = ", ".join(f"tag {n}" for n in range(13))

    html = client.post(
        "/library/upload/", {**FORM, "file": pdf_upload(tmp_path), "tags": tags}
    ).content.decode()

    assert field_error(html, "tags") == "Use at most 12 tags."


def test_the_status_page_is_for_the_owner_and_editors_only(client, member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    other = MemberFactory(display_name="Another Member")
    url = f"/library/uploads/{deck.pk}/"

    anonymous = client.get(url)
    client.force_login(other)
    stranger = client.get(url)
    client.force_login(editor)
    by_editor = client.get(url)
    client.force_login(member)
    by_owner = client.get(url)

    assert anonymous.status_code == 302
    assert stranger.status_code == 404
    assert (by_editor.status_code, by_owner.status_code) == (200, 200)
    assert client.get(url, {"format": "json"}).json() == {
        "status": "in_review",
        "label": "Awaiting review",
    }


def test_retry_is_refused_while_a_deck_is_fine(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(member)

    client.post(f"/library/uploads/{deck.pk}/retry/")

    deck.refresh_from_db()
    assert deck.processing_state == "ready"


def test_unpublished_decks_stay_out_of_sight(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path, title="Secret draft about holograms")

    page = client.get("/library/secret-draft-about-holograms/")
    listing = client.get("/library/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    search = client.get("/search/", {"q": "holograms"}).content.decode()

    assert page.status_code == 404
    assert "Secret draft" not in listing
    assert "secret-draft" not in sitemap
    assert "Secret draft" not in search
    assert not deck.live


def test_a_published_deck_shows_its_slides_and_transcript(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path, description="How we went live."), editor)

    html = client.get(deck.url).content.decode()

    assert "<h1>Instagram live at the Museo Egizio</h1>" in html
    assert html.count('class="deck-viewer__slide"') == 3
    assert 'id="slide-2"' in html
    assert "Slide 2 of 3" in html
    assert "<p>What we measured<br>Peak viewers: 340<br>Replays in a week: 2,100</p>" in html
    assert 'By <a href="/members/ana-garcia/">Ana García</a>' in html
    assert (
        '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in html
    )


def test_published_decks_are_found_by_the_text_of_their_slides(client, member, editor, tmp_path):
    approve(uploaded_deck(member, tmp_path), editor)

    html = client.get("/search/", {"q": "replays"}).content.decode()

    assert "1 result for “replays”" in html
    assert "Instagram live at the Museo Egizio" in html


@pytest.mark.parametrize("count", [1, 3])
def test_library_listing_query_count_is_fixed(
    client, member, editor, tmp_path, count, django_assert_max_num_queries
):
    for number in range(count):
        approve(
            uploaded_deck(
                member, tmp_path, title=f"Open access talk {number}", tags=["open access"]
            ),
            editor,
        )
    client.get("/library/")

    # Wagtail's routing, the site settings and the navigation take most of these; none per card.
    with django_assert_max_num_queries(25):
        html = client.get("/library/").content.decode()

    assert html.count('class="card"') == count
    cards = html.split('aria-label="Case studies and slides"', 1)[1]
    assert cards.count('<a class="tag" href="/tags/open-access/">open access</a>') == count


def test_downloads_follow_the_speakers_choice_and_are_counted(client, member, editor, tmp_path):
    allowed = approve(uploaded_deck(member, tmp_path, title="Allowed"), editor)
    refused = approve(
        uploaded_deck(member, tmp_path, title="Refused", allow_download=False), editor
    )

    response = client.get(f"/library/decks/{allowed.pk}/original/")
    body = b"".join(response.streaming_content)
    refused_response = client.get(f"/library/decks/{refused.pk}/original/")

    assert response["Content-Disposition"] == 'attachment; filename="allowed.pdf"'
    assert body.startswith(b"%PDF-")
    assert refused_response.status_code == 404
    allowed.refresh_from_db()
    assert allowed.download_count == 1
    assert (
        "The speaker did not allow downloads of these slides."
        in client.get(refused.url).content.decode()
    )


def test_unpublished_files_are_for_the_owner_only(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    other = MemberFactory(display_name="Curious Member")

    anonymous = client.get(f"/library/decks/{deck.pk}/original/")
    client.force_login(other)
    stranger = client.get(f"/library/decks/{deck.pk}/original/")
    client.force_login(member)
    owner = client.get(f"/library/decks/{deck.pk}/original/")
    owner.close()

    assert (anonymous.status_code, stranger.status_code, owner.status_code) == (404, 404, 200)


def test_views_are_counted_by_the_viewers_beacon_except_the_owners(
    client, member, editor, tmp_path
):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    beacon = f"/library/decks/{deck.pk}/seen/"

    html = client.get(deck.url).content.decode()
    responses = [client.post(beacon), client.post(beacon), client.post(f"{beacon}?as=embed")]
    client.force_login(member)
    client.post(beacon)

    deck.refresh_from_db()
    assert f'data-seen-url="{beacon}"' in html
    assert [response.status_code for response in responses] == [204, 204, 204]
    assert (deck.view_count, deck.embed_count) == (2, 1)
    assert client.get(beacon).status_code == 405


def test_the_embed_page_shows_the_slides_without_the_site_around_them(
    client, member, editor, tmp_path
):
    deck = approve(uploaded_deck(member, tmp_path), editor)

    response = client.get(f"/library/decks/{deck.pk}/embed/")

    html = response.content.decode()
    assert "X-Frame-Options" not in response
    assert html.count('class="deck-viewer__slide"') == 3
    assert 'class="site-header"' not in html
    assert f'<link rel="canonical" href="{deck.full_url}">' in html
    assert f'data-seen-url="/library/decks/{deck.pk}/seen/?as=embed"' in html


def test_unpublished_decks_cannot_be_embedded(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)

    assert client.get(f"/library/decks/{deck.pk}/embed/").status_code == 404
    assert (
        client.get("/oembed/", {"url": f"http://testserver/library/{deck.slug}/"}).status_code
        == 404
    )


def test_oembed_describes_a_published_deck_and_is_discoverable(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path), editor)

    page = client.get(deck.url).content.decode()
    answer = client.get(
        "/oembed/", {"url": f"http://testserver{deck.url}", "maxwidth": "480"}
    ).json()

    assert 'type="application/json+oembed"' in page
    assert (answer["type"], answer["version"], answer["title"], answer["width"]) == (
        "rich",
        "1.0",
        "Instagram live at the Museo Egizio",
        480,
    )
    assert f'src="http://testserver/library/decks/{deck.pk}/embed/"' in answer["html"]
    assert answer["author_name"] == "Ana García"


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"url": "http://elsewhere.example/library/x/"},
        {"url": "javascript:alert(1)"},
        {"url": "/library/"},
    ],
)
def test_oembed_refuses_what_is_not_a_deck_here(client, db, query):
    assert client.get("/oembed/", query).status_code == 404


def test_the_owner_edits_a_deck_in_review(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(member)

    form = client.get(f"/library/uploads/{deck.pk}/edit/").content.decode()
    client.post(
        f"/library/uploads/{deck.pk}/edit/",
        {**FORM, "title": "Going live, revised", "tags": "live"},
    )

    deck.refresh_from_db()
    draft = deck.get_latest_revision_as_object()
    assert 'value="Instagram live at the Museo Egizio"' in form
    assert (draft.title, [tag.name for tag in draft.tags.all()]) == (
        "Going live, revised",
        ["live"],
    )
    assert not deck.live


def test_edits_of_a_published_deck_wait_for_review_unless_trusted(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    client.force_login(member)

    client.post(f"/library/uploads/{deck.pk}/edit/", {**FORM, "title": "A title nobody checked"})

    deck.refresh_from_db()
    assert deck.title == "Instagram live at the Museo Egizio"
    assert "A title nobody checked" not in client.get(deck.url).content.decode()
    assert deck.current_workflow_state is not None


def test_a_trusted_members_edits_show_at_once(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    member.profile.is_trusted = True
    member.profile.save()
    client.force_login(member)

    client.post(
        f"/library/uploads/{deck.pk}/edit/", {**FORM, "title": "Instagram live, two years on"}
    )

    assert "<h1>Instagram live, two years on</h1>" in client.get(deck.url).content.decode()


def test_others_cannot_edit_replace_or_delete(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(MemberFactory(display_name="Someone Else"))

    responses = [
        client.get(f"/library/uploads/{deck.pk}/edit/"),
        client.post(f"/library/uploads/{deck.pk}/edit/", {**FORM, "title": "Hijacked"}),
        client.post(f"/library/uploads/{deck.pk}/replace/", {"file": pdf_upload(tmp_path)}),
        client.post(f"/library/uploads/{deck.pk}/delete/"),
    ]

    assert [response.status_code for response in responses] == [404, 404, 404, 404]
    assert (
        SlideDeckPage.objects.get().get_latest_revision_as_object().title
        == "Instagram live at the Museo Egizio"
    )


def test_replacing_the_file_processes_the_new_one(client, member, tmp_path):
    from resources.demo_files import make_pdf

    deck = uploaded_deck(member, tmp_path)
    old_original = deck.original.name
    new = make_pdf(tmp_path / "v2.pdf", [("Version two", ["Only slide"])])
    client.force_login(member)

    client.post(
        f"/library/uploads/{deck.pk}/replace/",
        {"file": SimpleUploadedFile("v2.pdf", new.read_bytes())},
    )

    deck.refresh_from_db()
    assert (deck.slide_count, deck.slides.get().text) == (1, "Version two\nOnly slide")
    assert not deck.original.storage.exists(old_original)


def test_replacing_with_a_bad_file_says_so_and_keeps_the_deck(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(member)

    html = client.post(
        f"/library/uploads/{deck.pk}/replace/", {"file": SimpleUploadedFile("notes.txt", b"text")}
    ).content.decode()

    assert field_error(html, "file") == "Upload a PDF, PPTX or ODP file."
    deck.refresh_from_db()
    assert deck.slide_count == 3


def test_deleting_asks_first_then_a_never_published_deck_is_gone(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(member)

    confirm = client.get(f"/library/uploads/{deck.pk}/delete/").content.decode()
    client.post(f"/library/uploads/{deck.pk}/delete/")

    assert "This cannot be undone." in confirm
    assert not SlideDeckPage.objects.exists()


def test_a_deleted_published_deck_answers_410_and_its_files_are_gone(
    client, member, editor, tmp_path
):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    url, original, image = deck.url, deck.original.name, deck.slides.first().image.name
    client.force_login(member)

    client.post(f"/library/uploads/{deck.pk}/delete/")
    client.logout()
    response = client.get(url)

    assert response.status_code == 410
    assert "These slides were removed by their author" in response.content.decode()
    assert not deck.original.storage.exists(original)
    assert not deck.slides.model.image.field.storage.exists(image)
    assert "Instagram live" not in client.get("/library/").content.decode()
    assert client.get(f"/library/decks/{deck.pk}/original/").status_code == 404


def test_a_changed_slug_keeps_the_old_address_working(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    old_url = deck.url
    deck.slug = "instagram-live-turin"
    deck.save_revision(user=editor).publish(user=editor)

    response = client.get(old_url)

    assert response.status_code == 301
    assert response["Location"].endswith("/library/instagram-live-turin/")


def test_a_deleted_deck_leaves_the_owners_list_and_pages(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    client.force_login(member)

    confirmation = client.post(f"/library/uploads/{deck.pk}/delete/", follow=True).content.decode()

    assert "“Instagram live at the Museo Egizio” is deleted." in confirmation
    assert "Instagram live" not in client.get("/library/uploads/").content.decode()
    assert client.get(f"/library/uploads/{deck.pk}/").status_code == 404
    assert client.get(f"/library/uploads/{deck.pk}/edit/").status_code == 404
