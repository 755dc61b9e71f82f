"""The index follows the site through the task worker, and survives Elasticsearch going away."""

import socket

import pytest
from django.core.management import call_command

from community.models import Profile
from search import indexing
from search.models import SearchEntry, SearchSlide
from tests.factories.community import MemberFactory
from tests.factories.events import event
from tests.factories.resources import approve, case_study, uploaded_deck

pytestmark = pytest.mark.django_db


def indexed(kind):
    return set(SearchEntry.objects.filter(kind=kind).values_list("title", flat=True))


def test_publishing_indexes_after_the_commit_not_in_the_request(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        case_study(title="Instagram live tours")
        assert indexed("casestudy") == set()  # nothing written while the request runs

    for callback in callbacks:
        callback()  # the task is queued on commit; tests run tasks at once

    assert indexed("casestudy") == {"Instagram live tours"}


def test_unpublishing_and_deleting_take_things_out(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = case_study(title="Instagram live tours")
        lisbon = event(sessions=[("Opening keynote", 0, "09:30", "10:15", [])])
    assert indexed("session") == {"Opening keynote"}

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
        lisbon.delete()

    assert indexed("casestudy") == indexed("event") == indexed("session") == set()


def test_a_profile_follows_its_visibility(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        member = MemberFactory(display_name="Ana García")
    assert SearchEntry.objects.get(kind="member").audience == "public"

    with django_capture_on_commit_callbacks(execute=True):
        member.profile.visibility = Profile.Visibility.MEMBERS
        member.profile.save()
    assert SearchEntry.objects.get(kind="member").audience == "members"

    with django_capture_on_commit_callbacks(execute=True):
        member.profile.visibility = Profile.Visibility.HIDDEN
        member.profile.save()
    assert indexed("member") == set()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_deck_is_indexed_with_its_slides_once_processed_and_published(member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path, title="Going live")
    assert indexed("deck") == set()  # awaiting review

    approve(deck, editor)

    assert indexed("deck") == {"Going live"}
    assert list(SearchSlide.objects.values_list("number", flat=True)) == [1, 2, 3]


def test_reindex_rebuilds_everything(capsys):
    case_study(title="Instagram live tours")
    event(sessions=[("Opening keynote", 0, "09:30", "10:15", [])])
    SearchEntry.objects.all().delete()

    call_command("search_reindex")

    assert "Indexed 3 entries" in capsys.readouterr().out
    assert indexed("casestudy") | indexed("session") == {"Instagram live tours", "Opening keynote"}


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_without_elasticsearch_nothing_is_lost_and_search_answers(
    client, settings, closed_port, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"

    with django_capture_on_commit_callbacks(execute=True):
        page = case_study(title="Instagram live tours")
    html = client.get("/search/", {"q": "instagram"}).content.decode()

    assert indexing.update([f"casestudy:{page.pk}"]) is False  # to be retried later
    assert indexed("casestudy") == {"Instagram live tours"}
    assert "Instagram live tours" in html
