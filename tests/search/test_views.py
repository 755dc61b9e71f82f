from wagtail.models import Page


def add_page(parent, title, live=True):
    return parent.add_child(
        instance=Page(title=title, slug=title.lower().replace(" ", "-"), live=live)
    )


def test_search_finds_published_pages_only(client, home_page):
    add_page(home_page, "Instagram live at the Museo Egizio")
    add_page(home_page, "Instagram draft", live=False)

    html = client.get("/search/", {"q": "instagram"}).content.decode()

    assert "1 result for “instagram”" in html
    assert "Instagram live at the Museo Egizio" in html
    assert "Instagram draft" not in html


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
        add_page(home_page, f"Open access collection {number}")

    html = client.get("/search/", {"q": "collection", "page": 2}).content.decode()

    assert "25 results" in html
    assert html.count('class="card"') == 5
    assert 'href="?q=collection&amp;page=1" rel="prev"' in html


def test_search_query_count_does_not_grow_with_results(
    client, home_page, django_assert_max_num_queries
):
    for number in range(20):
        add_page(home_page, f"Accessibility audit {number}")
    client.get("/search/", {"q": "accessibility"})

    with django_assert_max_num_queries(10):
        client.get("/search/", {"q": "accessibility"})
