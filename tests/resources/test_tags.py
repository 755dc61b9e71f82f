import re

import pytest
from taggit.models import Tag

from resources import services
from resources.models import CaseStudyPage
from tests.factories.resources import approve, case_study, institution, uploaded_deck

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_tag_vocabulary_ignores_case(member, home_page):
    case_study(title="First", tags=["Instagram"])
    case_study(title="Second", tags=["instagram"], institution=institution(name="Another museum"))

    assert list(Tag.objects.values_list("name", flat=True)) == ["Instagram"]


def test_a_tag_page_gathers_case_studies_and_decks(client, member, editor, tmp_path):
    approve(uploaded_deck(member, tmp_path, title="Live on Instagram", tags=["instagram"]), editor)
    case_study(title="Instagram tours", tags=["Instagram"])
    case_study(title="Unrelated", tags=["accessibility"], institution=institution(name="MNAA"))
    case_study(
        title="Unpublished Instagram draft",
        tags=["instagram"],
        live=False,
        institution=institution(name="X"),
    )

    html = client.get("/tags/instagram/").content.decode()

    assert "<h1>instagram</h1>" in html
    assert html.count('class="card"') == 2
    assert "Live on Instagram" in html and "Instagram tours" in html
    assert "Unrelated" not in html and "Unpublished Instagram draft" not in html


def test_tag_chips_link_to_their_tag_page(client, home_page):
    page = case_study(tags=["open access"])

    html = client.get(page.url).content.decode()

    assert '<a class="tag" href="/tags/open-access/">open access</a>' in html


def test_an_unknown_tag_is_not_found(client, db):
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_popular_tags_count_published_items_only(home_page):
    case_study(title="A", tags=["instagram", "live"])
    case_study(title="B", tags=["instagram"], institution=institution(name="B museum"))
    case_study(title="C", tags=["draft only"], live=False, institution=institution(name="C museum"))

    assert [tag.name for tag in services.popular_tags()] == ["instagram", "live"]


def test_the_library_and_tag_feeds_list_published_items(client, home_page):
    case_study(title="Open access at scale", tags=["open access"])
    case_study(
        title="Secret draft", tags=["open access"], live=False, institution=institution(name="Y")
    )

    library_feed = client.get("/library/feed/").content.decode()
    tag_feed = client.get("/tags/open-access/feed/").content.decode()

    assert "<title>Open access at scale</title>" in library_feed
    assert "<title>Open access at scale</title>" in tag_feed
    assert "Secret draft" not in library_feed + tag_feed


def cards_in(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_library_filters_combine_and_live_in_the_address(client, member, editor, tmp_path):
    approve(uploaded_deck(member, tmp_path, title="Live slides", tags=["instagram"]), editor)
    case_study(title="Turin tours", tags=["instagram", "live"], year_start=2021)
    case_study(
        title="Lyon charter",
        tags=["instagram"],
        year_start=2019,
        language="fr",
        institution=institution(name="MBA Lyon", city="Lyon", country="FR"),
    )

    def titles(**query):
        return sorted(cards_in(client.get("/library/", query).content.decode()))

    assert titles() == ["Live slides", "Lyon charter", "Turin tours"]
    assert titles(kind="slides") == ["Live slides"]
    assert titles(kind="case-study", tag="instagram") == ["Lyon charter", "Turin tours"]
    assert titles(tag=["instagram", "live"]) == ["Turin tours"]
    assert titles(year="2019") == ["Lyon charter"]
    assert titles(language="fr") == ["Lyon charter"]
    assert titles(country="FR") == ["Lyon charter"]


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "99999"},
        {"kind": "everything"},
        {"tag": "no-such-tag"},
        {"language": "zz"},
        {"country": "XX"},
        {"page": "-3"},
        {"tag": "\x00"},
    ],
)
def test_malformed_filters_are_ignored_without_an_error(client, home_page, query):
    case_study(title="Turin tours")

    response = client.get("/library/", query)

    assert response.status_code == 200
    assert cards_in(response.content.decode()) == ["Turin tours"]


def test_filters_that_match_nothing_say_so(client, home_page):
    case_study(title="Turin tours", year_start=2021)

    html = client.get("/library/", {"year": "1995"}).content.decode()

    assert "Nothing matches these filters" in html
    assert "Clear filters" in html


def test_merging_tags_keeps_every_tagging_once(home_page):
    first = case_study(title="First", tags=["Instagram", "instagram-live"])
    second = case_study(
        title="Second", tags=["instagram-live"], institution=institution(name="Second museum")
    )
    keep, old = Tag.objects.get(name="Instagram"), Tag.objects.get(name="instagram-live")

    services.merge_tags([old], keep)

    assert list(Tag.objects.values_list("name", flat=True)) == ["Instagram"]
    assert [tag.name for tag in CaseStudyPage.objects.get(pk=first.pk).tags.all()] == ["Instagram"]
    assert [tag.name for tag in CaseStudyPage.objects.get(pk=second.pk).tags.all()] == ["Instagram"]


def test_editors_merge_tags_in_the_admin_and_members_cannot(client, editor, member, home_page):
    case_study(tags=["Instagram", "instagram-live"])
    keep, old = Tag.objects.get(name="Instagram"), Tag.objects.get(name="instagram-live")

    client.force_login(member)
    refused = client.post("/admin/tags/merge/", {"sources": [old.pk], "target": keep.pk})
    client.force_login(editor)
    form = client.get("/admin/tags/merge/")
    done = client.post("/admin/tags/merge/", {"sources": [old.pk], "target": keep.pk})

    assert refused.status_code in {302, 403}
    assert form.status_code == 200
    assert done.status_code == 302
    assert list(Tag.objects.values_list("name", flat=True)) == ["Instagram"]


def test_merging_a_tag_into_itself_is_refused(client, editor, home_page):
    case_study(tags=["Instagram"])
    keep = Tag.objects.get()
    client.force_login(editor)

    html = client.post(
        "/admin/tags/merge/", {"sources": [keep.pk], "target": keep.pk}
    ).content.decode()

    assert "Choose at least one tag other than the one to keep." in html
    assert Tag.objects.count() == 1


def test_editors_rename_a_tag_in_the_admin(client, editor, home_page):
    page = case_study(tags=["instagarm"])
    tag = Tag.objects.get()
    client.force_login(editor)

    client.post(
        f"/admin/snippets/taggit/tag/edit/{tag.pk}/", {"name": "instagram", "slug": "instagram"}
    )

    assert [t.name for t in CaseStudyPage.objects.get(pk=page.pk).tags.all()] == ["instagram"]


def test_tag_suggestions_complete_the_tag_being_typed(client, home_page):
    case_study(tags=["instagram", "live streaming", "open access"])

    typed = client.get("/tags/suggest/", {"q": "museum, inst"}).json()
    inside = client.get("/tags/suggest/", {"q": "stream"}).json()
    nothing = client.get("/tags/suggest/", {"q": "x" * 500}).json()

    assert typed == {"tags": ["instagram"]}
    assert inside == {"tags": ["live streaming"]}
    assert nothing == {"tags": []}


def test_tag_fields_offer_existing_tags_without_javascript(client, member, home_page):
    case_study(tags=["instagram"])
    client.force_login(member)

    html = client.get("/library/upload/").content.decode()

    assert 'list="tag-suggestions"' in html
    assert '<option value="instagram"></option>' in html
