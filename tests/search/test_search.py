"""What a visitor finds at /search/, on every backend (see conftest.backend)."""

import json
import re

import pytest

from community.models import Profile
from tests.factories.community import MemberFactory
from tests.factories.events import event
from tests.factories.resources import approve, case_study, uploaded_deck

pytestmark = pytest.mark.django_db


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def titles(html):
    return re.findall(r'class="hit__title"><a href="[^"]*">([^<]+)</a>', html)


def search(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_case_study_is_found_by_any_words_of_its_story(client, reindex):
    case_study(
        title="Opening the storerooms",
        body=[("section", {"kind": "context", "heading": "", "text": "<p>We filmed the conservators restoring a tapestry.</p>"})],
    )  # fmt: skip
    case_study(title="A podcast for the collection")
    reindex()

    html = search(client, q="conservator tapestries")

    assert titles(html) == ["Opening the storerooms"]
    assert "<mark>conservators</mark> restoring a <mark>tapestry</mark>" in html


def test_english_and_french_words_find_their_other_forms(client, reindex):
    case_study(title="Streaming from the galleries", language="en")
    case_study(title="Les musées et leurs publics", language="fr", summary="Une étude des publics.")
    reindex()

    assert titles(search(client, q="stream")) == ["Streaming from the galleries"]
    assert titles(search(client, q="musée")) == ["Les musées et leurs publics"]
    assert titles(search(client, q="musee")) == ["Les musées et leurs publics"]


def test_snippets_escape_what_the_text_holds(client, reindex):
    case_study(title="Safe", summary="Our <script>alert(1)</script> instagram experiment & more.")
    reindex()

    html = search(client, q="instagram")

    assert "<script>alert(1)</script>" not in html
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; <mark>instagram</mark> experiment &amp; more" in html
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_deck_points_to_the_very_slides_that_match(client, member, editor, tmp_path, reindex):
    deck = approve(uploaded_deck(member, tmp_path, title="Going live"), editor)
    reindex()

    html = search(client, q="gimbal")

    assert titles(html) == ["Going live"]
    slides = re.findall(
        r'<a href="([^"]+)">\s*<img src="([^"]+)"[^>]*>\s*<span class="hit__slide-number">([^<]+)</span>',
        html,
    )
    assert [(url, label) for url, _thumbnail, label in slides] == [
        (f"{deck.url}#slide-1", "Slide 1")
    ]
    assert "<mark>gimbal</mark>" in html


def test_facets_count_and_combine(client, reindex):
    case_study(title="Instagram for small museums", tags=["Instagram", "Small museums"])
    case_study(title="Instagram live tours", tags=["Instagram"])
    case_study(title="Instagram in Lyon", tags=["Instagram"], language="fr")
    event(title="Vitrine Lisbon 2026", sessions=[("Instagram at night", 0, "10:00", "10:30", [])])
    reindex()

    html = search(client, q="instagram")
    facets = dict(
        re.findall(r'facet__value[^>]*>\s*([^<]+?)\s*<span class="facet__count">(\d+)', html)
    )
    assert facets["Case study"] == "3" and facets["Session"] == "1"
    assert facets["Instagram"] == "3" and facets["Small museums"] == "1"
    assert facets["French"] == "1"

    filtered = search(client, q="instagram", kind="casestudy", tag=["Instagram", "Small museums"])
    assert titles(filtered) == ["Instagram for small museums"]
    assert "1 result for “instagram”" in text_of(filtered)
    # The selected filters are links that remove them, and the state is in the address.
    assert 'aria-current="true"' in filtered
    assert "?q=instagram&amp;tag=Instagram&amp;tag=Small+museums" in filtered


def test_newest_first_on_request(client, reindex):
    older = case_study(title="Instagram, the first year")
    newer = case_study(title="Instagram, the second year")
    type(older).objects.filter(pk=older.pk).update(first_published_at="2020-01-01T10:00Z")
    type(newer).objects.filter(pk=newer.pk).update(first_published_at="2024-01-01T10:00Z")
    reindex()

    html = search(client, q="instagram", sort="newest")

    assert titles(html) == ["Instagram, the second year", "Instagram, the first year"]


def test_unpublished_pages_and_hidden_profiles_never_show(client, member, reindex):
    case_study(title="Instagram draft", live=False)
    event(title="Instagram meetup draft", live=False)
    hidden = MemberFactory(display_name="Instagram Hidden")
    Profile.objects.filter(user=hidden).update(visibility=Profile.Visibility.HIDDEN)
    members_only = MemberFactory(display_name="Instagram Members Only")
    Profile.objects.filter(user=members_only).update(visibility=Profile.Visibility.MEMBERS)
    MemberFactory(display_name="Instagram Unverified", verified=False)
    MemberFactory(display_name="Instagram Public")
    reindex()

    anonymous = search(client, q="instagram")
    suggested = client.get("/search/suggest/", {"q": "insta"}).json()["suggestions"]
    client.force_login(member)
    signed_in = search(client, q="instagram")

    assert titles(anonymous) == ["Instagram Public"]
    assert "Members Only" not in anonymous and "Hidden" not in anonymous
    assert [item["text"] for item in suggested] == ["Instagram Public"]
    assert sorted(titles(signed_in)) == ["Instagram Members Only", "Instagram Public"]


def test_a_misspelt_word_still_finds_what_was_meant(client, reindex):
    case_study(title="Instagram live tours", tags=["Instagram"])
    reindex()

    html = search(client, q="instagarm")

    assert titles(html) == ["Instagram live tours"]
    assert "Nothing matched “instagarm”. Showing results for “instagram”." in text_of(html)


def test_suggestions_offer_titles_tags_members_and_events(client, reindex):
    case_study(title="Instagram live tours", tags=["Instagram"])
    MemberFactory(display_name="Inès Martin")
    event(title="Vitrine Innsbruck 2027")
    reindex()

    response = client.get("/search/suggest/", {"q": "In"})

    suggestions = response.json()["suggestions"]
    assert response["Content-Type"] == "application/json"
    assert {(item["text"], item["label"]) for item in suggestions} >= {
        ("Instagram", "Tag"),
        ("Instagram live tours", "Case study"),
        ("Inès Martin", "Member"),
        ("Vitrine Innsbruck 2027", "Event"),
    }
    assert all(item["url"].startswith("/") for item in suggestions)


@pytest.mark.parametrize(
    "query", ['"unclosed', "AND OR NOT", "*", "title:secret", "<script>alert(1)</script>", "\x00", "a" * 199, "é"]
)  # fmt: skip
def test_hostile_queries_are_only_words(client, reindex, query):
    case_study(title="Instagram live tours")
    reindex()

    page = client.get(
        "/search/", {"q": query, "page": "-1", "year": "abc", "kind": "nope", "sort": "x"}
    )
    suggestions = client.get("/search/suggest/", {"q": query})

    assert page.status_code == 200
    assert suggestions.status_code == 200
    assert "<script>alert(1)</script>" not in page.content.decode()
    json.loads(suggestions.content)


@pytest.mark.parametrize("count", [3, 25])
def test_the_query_count_does_not_grow_with_results(
    client, reindex, count, django_assert_max_num_queries
):
    for number in range(count):
        case_study(title=f"Accessibility audit {number}", tags=["Accessibility"])
    reindex()
    client.get("/search/", {"q": "accessibility"})

    with django_assert_max_num_queries(16):
        html = search(client, q="accessibility", kind="casestudy")

    assert len(titles(html)) == min(count, 20)
