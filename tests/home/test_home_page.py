import re

from django.template.loader import render_to_string
from wagtail.models import Page

from home.models import SiteSettings


def add_page(parent, title, live=True):
    page = parent.add_child(
        instance=Page(title=title, slug=title.lower().replace(" ", "-"), live=live)
    )
    page.search_description = f"About {title.lower()}."
    page.save()
    return page


def test_home_page_shows_hero_intro_and_live_featured_pages(client, home_page):
    shown = add_page(home_page, "Live streaming guide")
    hidden = add_page(home_page, "Unpublished draft", live=False)
    home_page.intro = "<p>Practitioners share what worked.</p>"
    home_page.featured = [
        ("page", {"page": shown, "summary": ""}),
        ("page", {"page": hidden, "summary": ""}),
        (
            "link",
            {
                "title": "Museum Booster report",
                "url": "https://example.org/report",
                "summary": "Yearly study.",
            },
        ),
    ]
    home_page.save_revision().publish()

    html = client.get("/").content.decode()

    assert '<h1 class="hero__title">Learn from the museums that tried it first</h1>' in html
    assert "<p>Practitioners share what worked.</p>" in html
    assert html.count('class="card"') == 2
    assert '<a href="/live-streaming-guide/">Live streaming guide</a>' in html
    assert "About live streaming guide." in html
    assert "Unpublished draft" not in html
    assert '<a href="https://example.org/report">Museum Booster report</a>' in html


def test_every_page_has_title_description_and_open_graph_tags(client, home_page):
    home_page.search_description = "Talks and case studies by museum practitioners."
    home_page.save_revision().publish()

    html = client.get("/").content.decode()

    assert (
        "<title>The knowledge-sharing network for museum digital practitioners · Vitrine</title>"
        in html
    )
    assert (
        '<meta name="description" content="Talks and case studies by museum practitioners.">'
        in html
    )
    assert '<meta property="og:title" content="Vitrine">' in html
    assert '<meta property="og:url" content="http://testserver/">' in html
    assert '<meta property="og:site_name" content="Vitrine">' in html


def test_site_settings_change_the_chrome(client, home_page):
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.name = "Vitrine Europe"
    site_settings.tagline = "Museum digital practice, shared"
    site_settings.footer_text = "<p>Run by volunteers.</p>"
    site_settings.social_links = [
        ("link", {"platform": "mastodon", "url": "https://museum.social/@v"})
    ]
    site_settings.save()

    html = client.get("/search/").content.decode()

    assert "<title>Search · Vitrine Europe</title>" in html
    assert '<meta name="description" content="Museum digital practice, shared">' in html
    assert "<p>Run by volunteers.</p>" in html
    assert '<a href="https://museum.social/@v" rel="me noopener">Mastodon</a>' in html


def test_navigation_lists_menu_pages_and_search(client, home_page):
    in_menu = add_page(home_page, "About")
    in_menu.show_in_menus = True
    in_menu.save()
    add_page(home_page, "Not in menu")

    html = client.get("/search/").content.decode()

    nav = html.split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r"<li>(.*?)</li>", nav) == [
        '<a href="/library/">Library</a>',
        '<a href="/events/">Events</a>',
        '<a href="/about/">About</a>',
        '<a href="/members/">Members</a>',
        '<a href="/search/" aria-current="page">Search</a>',
    ]


def test_skip_link_and_landmarks_are_on_every_page(client, home_page):
    html = client.get("/").content.decode()

    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    assert '<main id="main" tabindex="-1">' in html
    assert html.count("<header") == 1
    assert html.count("<footer") == 1


def test_home_page_query_count_is_bounded(client, home_page, django_assert_max_num_queries):
    home_page.featured = [
        ("page", {"page": add_page(home_page, f"Page {n}"), "summary": ""}) for n in range(6)
    ]
    home_page.save_revision().publish()
    client.get("/")

    with django_assert_max_num_queries(12):
        client.get("/")


def test_not_found_page_is_in_the_site_design(client, home_page):
    response = client.get("/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "We could not find that page" in html
    assert 'class="site-header"' in html
    assert 'name="q"' in html


def test_server_error_page_renders_without_a_request_or_database():
    html = render_to_string("500.html")

    assert "Something went wrong on our side" in html
    assert "/static/home/css/vitrine.css" in html


def test_csrf_failure_page_explains_what_to_do(db, home_page):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)

    response = client.post("/accounts/login/", {"login": "a@example.org", "password": "x"})

    assert response.status_code == 403
    assert "That form expired" in response.content.decode()


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /search/",
        "",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def test_sitemap_lists_live_public_pages_only(client, home_page):
    add_page(home_page, "Published guide")
    add_page(home_page, "Draft guide", live=False)

    xml = client.get("/sitemap.xml").content.decode()

    assert "/published-guide/</loc>" in xml
    assert "draft-guide" not in xml


def test_forbidden_page_offers_sign_in_to_visitors(rf, home_page):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied
    from django.views.defaults import permission_denied

    request = rf.get("/members-only/")
    request.user = AnonymousUser()

    response = permission_denied(request, PermissionDenied())

    html = response.content.decode()
    assert response.status_code == 403
    assert "You do not have access to this page" in html
    assert 'href="/accounts/login/?next=/members-only/"' in html
