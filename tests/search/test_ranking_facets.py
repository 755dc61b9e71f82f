"""Ranking tiers and the facet sets kept per process (database backend)."""

from unittest import mock

import pytest

from community.models import Profile
from search import indexing
from search.backends import DatabaseBackend
from search.query import Query
from tests.factories.community import MemberFactory
from tests.factories.resources import case_study

pytestmark = pytest.mark.django_db


@pytest.fixture
def database(settings):
    settings.ELASTICSEARCH_URL = ""
    return DatabaseBackend()


def story(text):
    return [("section", {"kind": "context", "heading": "", "text": f"<p>{text}</p>"})]


def pages(backend, text, per_page, **filters):
    """Every page of a search, in order, as lists of titles."""
    found, page = [], 1
    while hits := backend.search(Query(text=text, per_page=per_page, page=page, **filters)).hits:
        found.append([hit.title for hit in hits])
        page += 1
    return found


def test_titles_that_hold_every_word_come_first_on_every_page(database):
    for number in range(3):
        case_study(title=f"Audio guide {number}", summary="A tour.", body=story("Plain."))
        case_study(
            title=f"Family visit {number}",
            summary="An audio guide, audio guides and more audio guides.",
            body=story("The audio guide again: audio guide, audio guide."),
        )
    case_study(title="Audio without the other word", summary="A guide.", body=story("Plain."))
    indexing.rebuild()

    found = pages(database, "audio guide", per_page=2)

    titles = [title for page in found for title in page]
    assert [len(page) for page in found] == [2, 2, 2, 1]
    assert sorted(titles[:3]) == ["Audio guide 0", "Audio guide 1", "Audio guide 2"]
    assert sorted(titles[3:]) == [
        "Audio without the other word",
        "Family visit 0",
        "Family visit 1",
        "Family visit 2",
    ]
    # A page beyond the titles only (page 3: rows 5 and 6) needs the count of the title tier.
    assert found[2] == [
        hit.title for hit in database.search(Query(text="audio guide", per_page=2, page=3)).hits
    ]


def test_filters_restrict_the_ranking_both_ways(database):
    for number in range(4):
        case_study(title=f"Podcast {number}", tags=["Audio"] if number else ["Video"])
    indexing.rebuild()

    kept = database.search(Query(text="podcast", tags=("Video",)))
    dropped = database.search(Query(text="podcast", tags=("Audio",)))

    assert [hit.title for hit in kept.hits] == ["Podcast 0"] and kept.total == 1
    assert sorted(hit.title for hit in dropped.hits) == ["Podcast 1", "Podcast 2", "Podcast 3"]
    assert dropped.total == 3
    assert {item.value: item.count for item in dropped.facets["tag"]} == {"Audio": 3}


def test_members_only_entries_stay_hidden_whatever_the_facet_sets_know(database, member):
    for number in range(3):
        MemberFactory(display_name=f"Podcast Public {number}")
    hidden = MemberFactory(display_name="Podcast Members Only")
    Profile.objects.filter(user=hidden).update(visibility=Profile.Visibility.MEMBERS)
    indexing.rebuild()

    anonymous = database.search(Query(text="podcast"))
    members = database.search(Query(text="podcast", audiences=("public", "members")))

    assert anonymous.total == 3 and "Podcast Members Only" not in [h.title for h in anonymous.hits]
    assert members.total == 4
    assert {item.value: item.count for item in anonymous.facets["kind"]} == {"member": 3}


def test_entries_indexed_by_another_process_are_counted(database):
    case_study(title="Podcast one", tags=["Audio"])
    indexing.rebuild()
    before = database.search(Query(text="podcast"))

    # Another process (the task worker) indexes: this one is not told.
    with mock.patch("search.backends.database.forget"):
        second = case_study(title="Podcast two", tags=["Audio", "Radio"], language="fr")
        indexing.update([f"casestudy:{second.pk}"])
        after = database.search(Query(text="podcast"))
        indexing.update([f"casestudy:{second.pk}"])  # indexed again: a new id, the old one gone
        again = database.search(Query(text="podcast", languages=("fr",)))
        second.unpublish()
        indexing.update([f"casestudy:{second.pk}"])
        removed = database.search(Query(text="podcast"))

    assert before.total == 1
    assert after.total == 2
    assert {item.value: item.count for item in after.facets["tag"]} == {"Audio": 2, "Radio": 1}
    assert again.total == 1 and [hit.title for hit in again.hits] == ["Podcast two"]
    assert {item.value: item.count for item in again.facets["language"]} == {"fr": 1}
    assert removed.total == 1 and [hit.title for hit in removed.hits] == ["Podcast one"]
