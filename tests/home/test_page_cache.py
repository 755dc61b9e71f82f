"""Anonymous visitors get pages from the shared cache; nobody ever gets someone else's page."""

import pytest

from community.discussions import post_comment
from tests.factories.events import event
from tests.factories.resources import case_study

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def served(client, url):
    response = client.get(url)
    return response.get("X-Page-Cache"), response.content.decode()


def test_anonymous_visitors_share_cached_pages(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = case_study(title="Instagram live tours")

    first, _ = served(client, page.url)
    second, html = served(client, page.url)

    assert (first, second) == ("miss", "hit")
    assert "Instagram live tours" in html


def test_cached_pages_are_sent_compressed_to_browsers_that_accept_it(
    client, django_capture_on_commit_callbacks
):
    import gzip

    with django_capture_on_commit_callbacks(execute=True):
        page = case_study(title="Instagram live tours")
    client.get(page.url)

    compressed = client.get(page.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    plain = client.get(page.url, HTTP_ACCEPT_ENCODING="identity")

    assert compressed["X-Page-Cache"] == plain["X-Page-Cache"] == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert "Instagram live tours" in gzip.decompress(compressed.content).decode()
    assert not plain.has_header("Content-Encoding")
    assert "Instagram live tours" in plain.content.decode()
    assert gzip.decompress(compressed.content) == plain.content
    for response in (compressed, plain):
        assert "Accept-Encoding" in response["Vary"]


def test_publishing_empties_the_cache(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lisbon = event(title="Vitrine Lisbon 2026")
    served(client, "/events/")

    with django_capture_on_commit_callbacks(execute=True):
        event(title="Vitrine Riga 2027", starts_on=lisbon.starts_on.replace(year=2027))
    state, html = served(client, "/events/")

    assert state == "miss"
    assert "Vitrine Riga 2027" in html


def test_a_new_comment_empties_the_cache(client, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = case_study(title="Instagram live tours")
        member.profile.is_trusted = True
        member.profile.save()
    served(client, page.url)

    with django_capture_on_commit_callbacks(execute=True):
        post_comment(member, page, "We tried this in Lyon: the replays mattered most.")
    state, html = served(client, page.url)

    assert state == "miss"
    assert "the replays mattered most" in html


def test_signed_in_members_are_never_served_from_it_nor_stored(
    client, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = case_study(title="Instagram live tours")
    client.force_login(member)

    first, html = served(client, page.url)
    second, _ = served(client, page.url)
    client.logout()
    anonymous, anonymous_html = served(client, page.url)

    assert (first, second) == (None, None)
    assert "Ana García" in html  # the account menu: a personal page
    assert anonymous == "miss" and "Ana García" not in anonymous_html


def test_pages_with_a_form_token_or_a_cookie_are_not_stored(client):
    first, html = served(client, "/accounts/login/")
    served(client, "/search/?q=instagram")
    second, _ = served(client, "/search/?q=instagram")

    assert first is None and 'name="csrfmiddlewaretoken"' in html
    assert second == "hit"
    for response in [client.get("/accounts/signup/"), client.get("/accounts/signup/")]:
        assert response.get("X-Page-Cache") is None


def test_a_page_rendered_with_a_csrf_token_is_not_stored(client, settings, rf):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from home.page_cache import PageCacheMiddleware

    def view(request):
        return HttpResponse(f"<form><input value='{get_token(request)}'></form>")

    middleware = PageCacheMiddleware(view)
    responses = [middleware(rf.get("/a-form/")) for _ in range(2)]

    assert [response.get("X-Page-Cache") for response in responses] == [None, None]


def test_a_visitor_with_a_session_is_not_served_an_anonymous_page(client, member):
    page = case_study(title="Instagram live tours")
    served(client, page.url)
    client.cookies["sessionid"] = "not-a-real-session"

    state, _ = served(client, page.url)

    assert state is None


def test_rendering_a_page_does_not_empty_the_cache(client, django_capture_on_commit_callbacks):
    from wagtail.images.models import Rendition

    from community.content_version import current
    from home.page_cache import content_changed

    before = current()
    with django_capture_on_commit_callbacks(execute=True):
        content_changed(Rendition)

    assert current() == before
