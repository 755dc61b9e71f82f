from search import indexing
from tests.factories.resources import case_study


def test_search_without_a_query_invites_one(client, db):
    html = client.get("/search/").content.decode()

    assert "What are you looking for?" in html
    assert "result" not in html


def test_search_with_no_results_says_so_kindly(client, home_page):
    html = client.get("/search/", {"q": "holograms"}).content.decode()

    assert "0 results for “holograms”" in html
    assert "Nothing matches that search yet" in html


def test_search_refuses_a_query_that_is_too_long(client, db):
    response = client.get("/search/", {"q": "museum " * 100})

    html = response.content.decode()
    assert response.status_code == 200
    assert "That search is too long: keep it under 200 characters." in html
    assert 'id="id_q_error"' in html


def test_search_survives_hostile_input(client, home_page):
    queries = ['"unclosed', "AND OR NOT", "*", "<script>alert(1)</script>", "\x00", "' OR 1=1 --"]

    responses = [client.get("/search/", {"q": query, "page": "-1"}) for query in queries]

    assert [response.status_code for response in responses] == [200] * len(queries)
    assert all("<script>alert(1)</script>" not in r.content.decode() for r in responses)


def test_search_paginates_and_keeps_the_query(client, home_page):
    for number in range(25):
        case_study(title=f"Open access collection {number}")
    indexing.rebuild()

    html = client.get(
        "/search/", {"q": "collection", "page": 2, "kind": "casestudy"}
    ).content.decode()

    assert "25 results" in html
    assert html.count('class="hit hit--casestudy"') == 5
    assert 'href="?q=collection&amp;page=1&amp;kind=casestudy" rel="prev"' in html


def test_a_page_past_the_end_shows_the_last_one(client, home_page):
    case_study(title="Open access collection")
    indexing.rebuild()

    html = client.get("/search/", {"q": "collection", "page": 7}).content.decode()

    assert html.count('class="hit hit--casestudy"') == 1
