import pytest

from tests.factories.resources import approve, case_study, institution, uploaded_deck


def test_a_case_study_tells_its_story_with_its_facts(client, home_page):
    page = case_study(
        tags=["instagram"],
        audience="Families",
        budget="under-5k",
        project_url="https://museoegizio.it/live",
    )

    html = client.get(page.url).content.decode()

    assert "<h1>Instagram live tours in Turin</h1>" in html
    assert "By Giulia Romano (Social media editor)" in html
    assert "<h2>Context</h2>" in html
    assert "<h2>Lessons learned</h2>" in html
    assert "<blockquote><p>Replays mattered more than the live.</p></blockquote>" in html
    assert "<dd>Turin, Italy</dd>" in html
    assert "<dd>2021–</dd>" in html
    assert "<dd>Under 5,000 euros</dd>" in html
    assert '<a class="tag" href="/tags/instagram/">instagram</a>' in html


def test_the_last_year_cannot_come_before_the_first(db, home_page):
    from django.core.exceptions import ValidationError

    page = case_study(year_start=2022)
    page.year_end = 2020

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert error.value.message_dict["year_end"] == ["The last year cannot come before the first."]


def test_an_institution_needs_a_well_formed_wikidata_identifier(db):
    from django.core.exceptions import ValidationError

    museum = institution(name="Rijksmuseum", city="Amsterdam", country="NL", wikidata_id="190804")

    with pytest.raises(ValidationError) as error:
        museum.full_clean()

    assert error.value.message_dict["wikidata_id"] == ["A Wikidata identifier looks like Q190804."]


def test_unpublished_case_studies_stay_out_of_the_library(client, home_page):
    case_study(title="Draft about holograms", live=False)
    case_study(
        title="Published audience research",
        institution=institution(name="MNAA", city="Lisbon", country="PT"),
    )

    html = client.get("/library/").content.decode()

    assert "Draft about holograms" not in html
    assert "Published audience research" in html
    assert "Case study · MNAA, 2021–" in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_case_studies_and_decks_link_to_each_other(client, member, editor, tmp_path):
    deck = approve(uploaded_deck(member, tmp_path, title="Going live with a phone"), editor)
    page = case_study(decks=[deck])

    case_html = client.get(page.url).content.decode()
    deck_html = client.get(deck.url).content.decode()

    assert "Slides about this project" in case_html
    assert f'<a href="{deck.url}">Going live with a phone</a>' in case_html
    assert f'<a href="{page.url}">Instagram live tours in Turin</a> · Museo Egizio' in deck_html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("count", [1, 3])
def test_the_library_mixes_case_studies_and_decks_in_a_fixed_number_of_queries(
    client, member, editor, tmp_path, count, django_assert_max_num_queries
):
    museum = institution()
    for number in range(count):
        case_study(title=f"Case study {number}", institution=museum, tags=["open access"])
        approve(
            uploaded_deck(member, tmp_path, title=f"Talk {number}", tags=["open access"]), editor
        )
    client.get("/library/")

    with django_assert_max_num_queries(26):
        html = client.get("/library/").content.decode()

    assert html.count('class="card"') == 2 * count
    assert html.count("Case study · Museo Egizio") == count


def test_editors_write_case_studies_in_the_admin_and_organizers_cannot(
    client, editor, organizer, home_page
):
    from resources.models import LibraryIndexPage

    library = LibraryIndexPage.objects.get()
    url = f"/admin/pages/add/resources/casestudypage/{library.pk}/"

    client.force_login(editor)
    by_editor = client.get(url)
    client.force_login(organizer)
    by_organizer = client.get(url)

    assert by_editor.status_code == 200
    assert by_organizer.status_code in {302, 403}
