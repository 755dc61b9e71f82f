import html as html_lib
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community import discussions
from community.models import Comment, CommentReport, Profile
from tests.factories.community import MemberFactory
from tests.factories.resources import case_study, institution

pytestmark = pytest.mark.django_db

QUEUE = "/admin/comments/"


def text_of(html):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def rows_of(html):
    """The queue's rows: comment ids, in the order shown."""
    return [int(pk) for pk in re.findall(r'<tr id="comment-(\d+)">', html)]


def row_of(html, comment):
    start = html.index(f'<tr id="comment-{comment.pk}">')
    return html[start : html.index("</tr>", start)]


def new_page(title="Instagram live tours in Turin"):
    return case_study(title=title, institution=institution(name=f"Museum of {title}"))


def trust(user):
    Profile.objects.filter(pk=user.profile.pk).update(is_trusted=True)
    user.profile.refresh_from_db()
    return user


def say(user, study, text, **fields):
    return discussions.post_comment(user.profile, study, text, **fields)


@pytest.fixture
def study(db):
    return new_page()


@pytest.fixture
def newcomer(db):
    return MemberFactory(display_name="Nina Newcomer")


@pytest.fixture
def regular(db):
    return trust(MemberFactory(display_name="Rui Regular"))


def reported(comment, count, reason="abuse"):
    """Reports on a comment from `count` different members."""
    for number in range(count):
        reporter = MemberFactory(display_name=f"Reporter {number}")
        discussions.report_comment(comment, reporter.profile, reason, f"Said by reporter {number}")
    comment.refresh_from_db()
    return comment


# Who moderates ---------------------------------------------------------------------------


def test_editors_have_the_moderation_permission(db):
    editors = Group.objects.get(name="Editors")

    codenames = set(editors.permissions.values_list("codename", flat=True))

    assert "moderate_comment" in codenames
    assert not Group.objects.get(name="Event organizers").permissions.filter(
        codename="moderate_comment"
    )


def test_the_comments_menu_item_is_for_moderators(client, editor, organizer, study, newcomer):
    say(newcomer, study, "Hello")
    menus = {}
    for name, user in (("editor", editor), ("organizer", organizer)):
        client.force_login(user)
        menus[name] = client.get("/admin/").content.decode()

    assert '"url": "/admin/comments/"' in menus["editor"]
    assert "Comments (1)" in menus["editor"]
    assert "/admin/comments/" not in menus["organizer"]


@pytest.mark.parametrize("who", ["anonymous", "member", "organizer"])
def test_only_moderators_open_the_queue_or_act(client, study, newcomer, member, organizer, who):
    comment = say(newcomer, study, "Waiting")
    if who != "anonymous":
        client.force_login({"member": member, "organizer": organizer}[who])

    queue = client.get(QUEUE)
    actions = [
        client.post(f"{QUEUE}{comment.pk}/approve/"),
        client.post(f"{QUEUE}{comment.pk}/hide/"),
        client.post(f"{QUEUE}{comment.pk}/delete/"),
        client.post(f"{QUEUE}members/{newcomer.profile.pk}/trust/"),
        client.post(f"{QUEUE}members/{newcomer.profile.pk}/suspend/", {"reason": "No"}),
    ]

    comment.refresh_from_db()
    newcomer.profile.refresh_from_db()
    assert queue.status_code == 302
    assert {response.status_code for response in actions} == {302}
    assert all(not response["Location"].startswith(QUEUE) for response in actions)
    assert (comment.status, comment.deleted_at) == ("pending", None)
    assert (newcomer.profile.is_trusted, newcomer.profile.is_suspended) == (False, False)


def test_moderators_only_post_actions(client, editor, study, newcomer):
    comment = say(newcomer, study, "Waiting")
    client.force_login(editor)

    response = client.get(f"{QUEUE}{comment.pk}/approve/")

    comment.refresh_from_db()
    assert response.status_code == 405
    assert comment.status == "pending"


# The queue --------------------------------------------------------------------------------


def test_the_queue_lists_waiting_and_reported_comments_oldest_first(
    client, editor, study, newcomer, regular
):
    waiting = say(newcomer, study, "My first comment")
    fine = say(regular, study, "Nothing wrong here")
    flagged = reported(say(regular, study, "Buy followers now"), 1, reason="spam")
    hidden = reported(say(regular, study, "Something nasty"), 3)
    client.force_login(editor)

    html = client.get(QUEUE).content.decode()

    assert rows_of(html) == [waiting.pk, flagged.pk, hidden.pk]
    assert fine.pk not in rows_of(html)
    first = text_of(row_of(html, waiting))
    assert "Waiting for review" in first
    assert "Instagram live tours in Turin" in first
    assert "Nina Newcomer" in first
    assert "Not trusted yet" in first
    spam = text_of(row_of(html, flagged))
    assert "1 report" in spam
    assert (
        "<li><strong>Spam or advertising</strong>, by Reporter 0: “Said by reporter 0”</li>"
        in row_of(html, flagged)
    )
    assert "Published" in spam
    nasty = text_of(row_of(html, hidden))
    assert "Hidden until reviewed" in nasty
    assert "3 reports" in nasty
    assert f'href="{study.url}#comment-{hidden.pk}"' in row_of(html, hidden)


def test_an_empty_queue_says_so(client, editor, study, regular):
    say(regular, study, "All good")
    client.force_login(editor)

    html = client.get(QUEUE).content.decode()

    assert "Nothing to moderate." in text_of(html)


def test_the_queue_is_paginated(client, editor, study, settings):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 100
    author = MemberFactory(display_name="Prolific Newcomer")
    comments = [say(author, study, f"Comment {number}") for number in range(30)]
    client.force_login(editor)

    first = client.get(QUEUE).content.decode()
    second = client.get(f"{QUEUE}?p=2").content.decode()

    assert rows_of(first) == [comment.pk for comment in comments[:25]]
    assert rows_of(second) == [comment.pk for comment in comments[25:]]


def test_the_queue_takes_a_fixed_number_of_queries(client, editor, settings):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 100
    client.force_login(editor)
    counts = []
    for size in (1, 3, 12):
        for number in range(size):
            study = new_page(f"Case {size}-{number}")
            author = MemberFactory()
            comment = say(author, study, "Waiting")
            if number % 2:
                reported(discussions.approve_comment(comment), 2)
        client.get(QUEUE)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(QUEUE).content.decode()
        counts.append(len(queries))
        Comment.objects.all().delete()
        assert len(rows_of(html)) == size

    assert counts[0] == counts[1] == counts[2]


# Decisions --------------------------------------------------------------------------------


def test_approving_publishes_a_waiting_comment(client, editor, study, newcomer):
    comment = say(newcomer, study, "My first comment")
    client.force_login(editor)

    response = client.post(f"{QUEUE}{comment.pk}/approve/", {"p": "1"}, follow=True)
    client.logout()
    public = client.get(study.url).content.decode()

    comment.refresh_from_db()
    assert comment.status == "published"
    assert "Comment published." in text_of(response.content.decode())
    assert rows_of(response.content.decode()) == []
    assert "My first comment" in public


def test_approving_a_reported_comment_clears_its_reports(client, editor, study, regular):
    comment = reported(say(regular, study, "Strong opinion"), 3)
    client.force_login(editor)

    client.post(f"{QUEUE}{comment.pk}/approve/")
    again = client.get(QUEUE).content.decode()

    comment.refresh_from_db()
    assert comment.status == "published"
    assert CommentReport.objects.filter(resolved_at__isnull=True).count() == 0
    assert rows_of(again) == []


def test_hiding_takes_a_comment_out_of_sight_and_out_of_the_queue(client, editor, study, regular):
    comment = reported(say(regular, study, "Nasty words"), 1)
    client.force_login(editor)

    client.post(f"{QUEUE}{comment.pk}/hide/")
    queue = client.get(QUEUE).content.decode()
    client.logout()
    public = client.get(study.url).content.decode()

    comment.refresh_from_db()
    assert comment.status == "hidden"
    assert rows_of(queue) == []
    assert "Nasty words" not in public


def test_deleting_erases_the_text(client, editor, study, newcomer):
    comment = say(newcomer, study, "Spam spam spam")
    client.force_login(editor)

    client.post(f"{QUEUE}{comment.pk}/delete/")

    comment.refresh_from_db()
    assert comment.deleted_at is not None
    assert comment.body == comment.body_html == ""


def test_marking_the_author_trusted_publishes_their_waiting_comments(
    client, editor, study, newcomer
):
    first = say(newcomer, study, "One")
    second = say(newcomer, study, "Two")
    client.force_login(editor)

    response = client.post(f"{QUEUE}members/{newcomer.profile.pk}/trust/", follow=True)
    third = say(newcomer, study, "Three")

    newcomer.profile.refresh_from_db()
    assert newcomer.profile.is_trusted
    assert (
        list(Comment.objects.order_by("pk").values_list("status", flat=True)) == ["published"] * 3
    )
    assert [first.pk, second.pk, third.pk] == list(Comment.objects.values_list("pk", flat=True))
    assert "Nina Newcomer is trusted; 2 waiting comments are published." in text_of(
        response.content.decode()
    )


def test_suspending_the_author_with_a_reason(client, editor, study, newcomer):
    comment = say(newcomer, study, "Insults")
    client.force_login(editor)

    form = client.get(f"{QUEUE}members/{newcomer.profile.pk}/suspend/?p=1").content.decode()
    empty = client.post(f"{QUEUE}members/{newcomer.profile.pk}/suspend/", {"reason": ""})
    response = client.post(
        f"{QUEUE}members/{newcomer.profile.pk}/suspend/",
        {"reason": "Insults towards other members.", "p": "1"},
    )
    queue = client.get(QUEUE).content.decode()
    client.force_login(newcomer)
    refused = client.post(f"/discussions/pages/{study.pk}/comment/", {"text": "Again"})

    newcomer.profile.refresh_from_db()
    assert "Suspend Nina Newcomer" in text_of(form)
    assert "Write the reason: the member will read it." in text_of(empty.content.decode())
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?p=1"
    assert newcomer.profile.is_suspended
    assert newcomer.profile.suspension_reason == "Insults towards other members."
    assert "Suspended" in text_of(row_of(queue, comment))
    assert "Lift the suspension" in text_of(row_of(queue, comment))
    assert refused.status_code == 403
    assert "Reason: Insults towards other members." in text_of(refused.content.decode())
    assert "Again" in refused.content.decode()


def test_suspended_members_are_listed_and_their_suspension_lifted(client, editor, newcomer):
    discussions.suspend_member(newcomer.profile, "Cooling off.")
    client.force_login(editor)

    queue = client.get(QUEUE).content.decode()
    client.post(f"{QUEUE}members/{newcomer.profile.pk}/unsuspend/")
    after = client.get(QUEUE).content.decode()

    newcomer.profile.refresh_from_db()
    listed = queue[queue.index('id="suspended-heading"') :]
    assert "Nina Newcomer Cooling off. Lift the suspension" in text_of(listed)
    assert (newcomer.profile.is_suspended, newcomer.profile.suspension_reason) == (False, "")
    assert "Nobody is suspended." in text_of(after)


def test_unknown_actions_are_not_found(client, editor, study, newcomer):
    comment = say(newcomer, study, "Waiting")
    client.force_login(editor)

    response = client.post(f"{QUEUE}{comment.pk}/publish-everything/")

    assert response.status_code == 404
