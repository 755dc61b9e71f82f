import re

import pytest
import wagtail_factories

from tests.factories.resources import approve, case_study, institution, uploaded_deck

# Processing an upload with immediate tasks needs the transaction to commit, as in test_views.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def images(html, css_class=None):
    """The attributes of every <img> (with this class), in the order of the page."""
    tags = re.findall(r"<img [^>]*>", html)
    found = []
    for tag in tags:
        attributes = dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))
        if css_class is None or css_class in attributes.get("class", "").split():
            found.append(attributes)
    return found


# Wagtail never closes the temporary file it renders an image into (generate_rendition_file).
RENDITION_FILE_WARNING = pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <function SpooledTemporaryFile.__del__"
    ":pytest.PytestUnraisableExceptionWarning"
)


@RENDITION_FILE_WARNING
def test_library_cards_have_sized_responsive_images_lazy_after_the_first(
    client, member, editor, tmp_path
):
    approve(uploaded_deck(member, tmp_path, title="Going live with a phone"), editor)
    hero = wagtail_factories.ImageFactory(file__width=1600, file__height=1000)
    case_study(title="Open access at scale", institution=institution(), hero_image=hero)

    cards = images(client.get("/library/").content.decode(), "card__image")

    # Newest first: the case study's card, then the deck's.
    first, second = cards
    assert first["width"] == "640"
    assert first["height"] == "360"
    assert first["fetchpriority"] == "high"
    assert "loading" not in first
    assert [entry.split(" ")[1] for entry in first["srcset"].split(", ")] == [
        "320w",
        "640w",
        "960w",
    ]
    assert all(".format-webp." in entry for entry in first["srcset"].split(", "))
    assert first["sizes"].endswith("calc(100vw - 2rem)")
    assert first["alt"] == ""
    assert second["src"].endswith("slide-001-thumb.jpg")
    assert second["width"] == "320"
    assert second["height"] == "180"
    assert second["loading"] == "lazy"


def test_deck_slides_are_sized_and_lazy_after_the_first_with_their_text_as_alt(
    client, member, editor, tmp_path
):
    deck = approve(uploaded_deck(member, tmp_path), editor)

    html = client.get(deck.url).content.decode()

    slides = [image for image in images(html) if "data-thumbnail" in image]
    assert [image.get("loading") for image in slides] == [None, "lazy", "lazy"]
    assert slides[0]["fetchpriority"] == "high"
    assert all(image["width"] == "1280" and image["height"] for image in slides)
    assert slides[0]["alt"].startswith("Slide 1: ")
    assert "{{" not in slides[0]["alt"]
    assert "\n" not in slides[0]["alt"]


@RENDITION_FILE_WARNING
def test_an_event_cover_is_a_sized_webp_srcset_loaded_at_once(client, home_page):
    from tests.factories.events import event

    cover = wagtail_factories.ImageFactory(file__width=2000, file__height=1000)
    page = event(cover_image=cover, cover_image_alt="The audience in the main hall")

    (image,) = images(client.get(page.url).content.decode(), "event__cover")

    assert image["width"] == "1200"
    assert image["height"] == "500"
    assert [entry.split(" ")[1] for entry in image["srcset"].split(", ")] == ["1200w", "640w"]
    assert all(".format-webp." in entry for entry in image["srcset"].split(", "))
    assert image["sizes"]
    assert image["alt"] == "The audience in the main hall"
    assert "loading" not in image


@RENDITION_FILE_WARNING
def test_a_featured_link_card_on_the_home_page_has_a_webp_srcset(client, home_page):
    picture = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
    home_page.featured = [
        (
            "link",
            {"title": "Museum Booster report", "url": "https://example.org/", "image": picture},
        )
    ]
    home_page.save_revision().publish()

    (image,) = images(client.get("/").content.decode(), "card__image")

    assert [entry.split(" ")[1] for entry in image["srcset"].split(", ")] == [
        "320w",
        "640w",
        "960w",
    ]
    assert all(".format-webp." in entry for entry in image["srcset"].split(", "))
    assert (image["width"], image["height"]) == ("320", "180")
    assert image["loading"] == "lazy"
    assert image["alt"] == ""
