"""The library's detail pages stay within the performance budget: at most 15 SQL queries,
whatever the number of speakers, related decks and comments they show."""

import pytest

from community.discussions import post_comment
from community.models import Comment
from tests.factories.community import MemberFactory
from tests.factories.resources import approve, case_study, institution, uploaded_deck

DETAIL_PAGE_QUERIES = 15  # the performance issue's budget for a page rendered without cache


def comments_on(page, authors):
    for number, author in enumerate(authors):
        comment = post_comment(author.profile, page, f"Comment {number} on the talk")
        Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PUBLISHED)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("count", [1, 3])
def test_a_deck_page_keeps_to_the_query_budget(
    client, member, editor, tmp_path, count, django_assert_max_num_queries
):
    speakers = [MemberFactory(display_name=f"Speaker {number}") for number in range(count)]
    deck = approve(
        uploaded_deck(member, tmp_path, title="Open access talk", tags=["open access"]), editor
    )
    deck.speakers.set([speaker.profile for speaker in speakers])
    deck.save_revision().publish()
    for number in range(count):
        approve(
            uploaded_deck(member, tmp_path, title=f"Related talk {number}", tags=["open access"]),
            editor,
        )
    case_study(title="Open access at the Rijksmuseum", decks=[deck])
    comments_on(deck, speakers)
    client.get(deck.url)

    with django_assert_max_num_queries(DETAIL_PAGE_QUERIES):
        html = client.get(deck.url).content.decode()

    assert html.count("Related talk") == count
    assert html.count("Comment ") >= count
    for speaker in speakers:
        assert f'href="/members/{speaker.profile.handle}/"' in html


@pytest.mark.parametrize("count", [1, 4])
def test_a_case_study_page_keeps_to_the_query_budget(
    client, member, count, django_assert_max_num_queries
):
    authors = [MemberFactory(display_name=f"Author {number}") for number in range(count)]
    page = case_study(
        title="Open access at the Rijksmuseum",
        institution=institution(),
        tags=["open access"],
        authors=[{"profile": author.profile, "role": "Curator"} for author in authors],
    )
    comments_on(page, authors)
    client.get(page.url)

    with django_assert_max_num_queries(DETAIL_PAGE_QUERIES):
        html = client.get(page.url).content.decode()

    for author in authors:
        assert f'href="/members/{author.profile.handle}/"' in html
        assert f"Comment {authors.index(author)} on the talk" in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_related_decks_share_the_most_tags_then_the_meetup(member, editor, tmp_path, rf):
    from resources.services import related_decks
    from tests.factories.events import event

    meetup = event(title="Vitrine Lisbon 2026")

    def deck(title, tags, **fields):
        return approve(uploaded_deck(member, tmp_path, title=title, tags=tags, **fields), editor)

    talk = deck("Open access talk", ["open access", "wikidata"], event=meetup)
    deck("Both tags", ["open access", "wikidata"])
    deck("One tag", ["wikidata", "podcasts"])
    deck("Same meetup", ["podcasts"], event=meetup)
    deck("Nothing in common", ["tiktok"])
    request = rf.get(talk.url)
    request.user = member

    titles = [card.title for card in related_decks(talk, request)]

    assert titles == ["Both tags", "One tag", "Same meetup"]
