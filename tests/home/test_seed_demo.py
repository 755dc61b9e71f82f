from collections import Counter
from io import StringIO

import pypdfium2 as pdfium
import pytest
from django.core.management import call_command
from django.test import override_settings

from community.demo import DEMO_EMAIL_DOMAIN, LIBRARY_SPEAKERS, MEMBERS, STAFF_LOGINS
from community.models import User
from resources.demo import CASE_STUDIES, DECKS
from resources.demo_content import INSTITUTIONS
from resources.demo_files import make_pdf
from resources.models import CaseStudyPage, Institution, SlideDeckPage
from resources.processing import normalise_text

# Seeding queues the processing of every demo deck; these tests look at what is seeded,
# and the pipeline has tests of its own.
pytestmark = pytest.mark.usefixtures("queued_tasks_only")


@pytest.fixture
def queued_tasks_only(settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "slides"],
        }
    }


@pytest.fixture
def a_few_demo_items(monkeypatch):
    """Three decks and two case studies about them, for tests of how seeding runs, not of what.

    Seeding publishes every page through the services, which takes seconds for the whole demo.
    """
    monkeypatch.setattr("resources.demo.DECKS", DECKS[:3])
    monkeypatch.setattr("resources.demo.CASE_STUDIES", CASE_STUDIES[:2])


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@override_settings(DEBUG=True)
def test_seed_demo_builds_a_browsable_site_and_prints_the_logins(client, home_page):
    output = seed()

    assert User.objects.count() == len(MEMBERS) + len(STAFF_LOGINS)
    assert SlideDeckPage.objects.count() == len(DECKS)
    assert CaseStudyPage.objects.count() == len(CASE_STUDIES)
    assert f"Uploaded {len(DECKS)} demo slide decks" in output
    assert CaseStudyPage.objects.live().count() == len(CASE_STUDIES)
    assert (
        "A weekly Instagram live tour, run by two people"
        in client.get("/library/?tag=live-streaming").content.decode()
    )
    assert [
        deck.title
        for deck in CaseStudyPage.objects.get(
            title="A weekly Instagram live tour, run by two people"
        ).related_decks.all()
    ] == ["Going live on Instagram with one phone"]
    assert (
        list(
            CaseStudyPage.objects.get(title="Teenagers take over our Instagram").related_decks.all()
        )
        == []
    )
    assert f"admin@{DEMO_EMAIL_DOMAIN}" in output
    assert "password: vitrine-admin" in output
    html = client.get("/").content.decode()
    assert "What you will find" in html
    assert "lorem" not in html.lower()
    admin = User.objects.get(email=f"admin@{DEMO_EMAIL_DOMAIN}")
    assert client.login(email=admin.email, password="vitrine-admin")
    assert client.get("/admin/").status_code == 200


@pytest.mark.usefixtures("a_few_demo_items")
def test_seed_demo_builds_the_search_index_once_rather_than_queue_an_update_per_page(
    db, home_page, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    from search.models import SearchEntry

    with django_capture_on_commit_callbacks(execute=True):
        seed()

    queued = Counter(result.task.name for result in default_task_backend.results)
    assert queued["update_entries"] == 0
    assert queued["process_deck"] == 3
    assert SearchEntry.objects.filter(kind="casestudy").count() == 2


@override_settings(DEBUG=True)
def test_seed_demo_adds_nothing_twice(db, home_page):
    seed()
    first = sorted(User.objects.values_list("email", flat=True))

    seed()

    assert sorted(User.objects.values_list("email", flat=True)) == first
    assert SlideDeckPage.objects.count() == len(DECKS)
    assert CaseStudyPage.objects.count() == len(CASE_STUDIES)


@override_settings(DEBUG=True)
def test_seed_demo_if_empty_leaves_an_existing_site_alone(db, member, home_page):
    output = seed("--if-empty")

    assert list(User.objects.all()) == [member]
    assert "already has content" in output


@override_settings(DEBUG=True)
@pytest.mark.usefixtures("a_few_demo_items")
def test_seed_demo_reset_replaces_demo_content_but_keeps_real_accounts(db, member, home_page):
    seed()
    User.objects.filter(email__endswith=DEMO_EMAIL_DOMAIN).update(is_active=False)
    earlier = set(SlideDeckPage.objects.values_list("pk", flat=True))
    earlier |= set(CaseStudyPage.objects.values_list("pk", flat=True))

    seed("--reset")

    assert User.objects.get(pk=member.pk).is_active
    assert not User.objects.filter(is_active=False).exists()
    assert SlideDeckPage.objects.filter(pk__in=earlier).count() == 0
    assert CaseStudyPage.objects.filter(pk__in=earlier).count() == 0
    assert SlideDeckPage.objects.count() == 3
    assert CaseStudyPage.objects.count() == 2


@pytest.mark.usefixtures("a_few_demo_items")
def test_seed_demo_creates_no_logins_with_debug_off(db, home_page):
    output = seed()

    assert not User.objects.filter(password__startswith="md5").exists()
    assert "no demo logins" in output
    assert "password:" not in output


def test_demo_content_is_a_library_worth_browsing():
    slide_counts = {len(deck[8]) for deck in DECKS}
    tag_uses = Counter(tag for deck in DECKS for tag in deck[4])
    tag_uses.update(tag for case in CASE_STUDIES for tag in case[8])

    assert len(DECKS) >= 30
    assert len(CASE_STUDIES) >= 40
    assert min(slide_counts) >= 5
    assert max(slide_counts) <= 40
    assert len([tag for tag, uses in tag_uses.items() if uses >= 2]) >= 30
    assert [tag for tag in tag_uses if tag != tag.lower()] == []
    assert {deck[2] for deck in DECKS} == {"en", "fr"}
    assert {case[3] for case in CASE_STUDIES} == {"en", "fr"}
    assert {deck[3] for deck in DECKS} == {"pdf", "pptx", "odp"}


def test_demo_content_covers_every_choice_and_links_what_exists():
    deck_titles = {deck[0] for deck in DECKS}
    titles = Counter([deck[0] for deck in DECKS] + [case[0] for case in CASE_STUDIES])
    countries = {INSTITUTIONS[case[1]][1] for case in CASE_STUDIES}

    assert {deck[1] for deck in DECKS} == set(MEMBERS[:LIBRARY_SPEAKERS])
    assert {deck[6] for deck in DECKS} == set(range(2013, 2027))
    assert {deck[7] for deck in DECKS} == {"talk", "keynote", "panel", "workshop", "lightning"}
    assert {case[5] for case in CASE_STUDIES} == set(CaseStudyPage.Status.values)
    assert {case[7] for case in CASE_STUDIES} == set(CaseStudyPage.Budget.values)
    assert {kind for _city, _country, kind, _size, _id in INSTITUTIONS.values()} <= set(
        Institution.Kind.values
    )
    assert {size for _city, _country, _kind, size, _id in INSTITUTIONS.values()} <= set(
        Institution.Size.values
    )
    assert len(countries) >= 15
    assert {case[9] for case in CASE_STUDIES} - {None} <= deck_titles
    assert [title for title, uses in titles.items() if uses > 1] == []


def test_demo_pdf_slides_keep_all_their_text(tmp_path):
    # The generated PDFs write Latin-1 and never wrap a line: text off the page would be lost to
    # search, so every word written here must come back out of the file.
    pdf_decks = [deck for deck in DECKS if deck[3] == "pdf"]
    expected, extracted = [], []

    for number, (_title, *_rest, slides) in enumerate(pdf_decks):
        path = make_pdf(tmp_path / f"deck-{number}.pdf", [(t, lines) for t, lines, _n in slides])
        document = pdfium.PdfDocument(str(path))
        for page, (slide_title, lines, _notes) in zip(document, slides, strict=True):
            textpage = page.get_textpage()
            extracted.append(normalise_text(textpage.get_text_bounded()))
            textpage.close()
            page.close()
            expected.append("\n".join([slide_title, *lines]))
        document.close()

    assert extracted == expected
