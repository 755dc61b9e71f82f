import datetime
import html as html_lib
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from community import discussions
from community.discussions import DiscussionError
from community.models import Comment, CommentReport, Profile
from tests.factories.community import MemberFactory
from tests.factories.events import event
from tests.factories.resources import approve, institution, uploaded_deck
from tests.factories.resources import case_study as case_study_page

pytestmark = pytest.mark.django_db


# Helpers -------------------------------------------------------------------------------


def text_of(html):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def discussion_of(html):
    """The discussion section of a page, as HTML."""
    start = html.index('<section class="discussion" id="discussion"')
    return html[start : html.index("</section>", html.rindex('class="discussion__', start))]


def comment_item(html, comment):
    """The HTML of one comment of a thread, without its replies."""
    start = html.index(">", html.index(f'id="{comment.anchor}"')) + 1
    end = html.find("</article>", start)
    placeholder_end = html.find("</p>", start)
    if end == -1 or html.find("comment__placeholder", start, start + 200) != -1:
        end = placeholder_end
    return html[start:end]


def body_of(html, comment):
    """The rendered text of one comment (the sanitiser never lets a div through)."""
    start = html.index('<div class="comment__body">', html.index(f'id="{comment.anchor}"'))
    return html[start + len('<div class="comment__body">') : html.index("</div>", start)]


def ids_in(html):
    return [int(pk) for pk in re.findall(r'<li class="comment[^"]*" id="comment-(\d+)"', html)]


def field_error(html, field):
    match = re.search(rf'<div class="field__errors" id="id_{field}_error">(.*?)</div>', html, re.S)
    return text_of(match.group(1)) if match else None


def form_errors(html):
    match = re.search(r'<div class="alert alert--error" role="alert"[^>]*>(.*?)</div>', html, re.S)
    return text_of(match.group(1)) if match else None


def textarea_value(html):
    match = re.search(r"<textarea[^>]*name=\"text\"[^>]*>(.*?)</textarea>", html, re.S)
    return html_lib.unescape(match.group(1)).strip() if match else None


def case_study(title="Instagram live tours in Turin", **fields):
    """A published case study, each at an institution of its own."""
    return case_study_page(
        title=title, institution=institution(name=f"Museum of {title}"), **fields
    )


def trust(user):
    Profile.objects.filter(pk=user.profile.pk).update(is_trusted=True)
    user.profile.refresh_from_db()
    return user


def say(user, study, text, **fields):
    """A comment through the service, as the form posts it."""
    return discussions.post_comment(user.profile, study, text, **fields)


def comment_url(study):
    return f"/discussions/pages/{study.pk}/comment/"


def action_url(comment, action):
    return f"/discussions/comments/{comment.pk}/{action}/"


@pytest.fixture
def study(db):
    return case_study(title="Instagram live tours in Turin")


@pytest.fixture
def deck(member, editor, tmp_path, django_capture_on_commit_callbacks):
    """A published deck of three slides (processing starts on commit: run it here)."""
    with django_capture_on_commit_callbacks(execute=True):
        uploaded = uploaded_deck(member, tmp_path)
    uploaded.refresh_from_db()
    return approve(uploaded, editor)


@pytest.fixture
def trusted(db):
    return trust(MemberFactory(display_name="Tomás Ferreira"))


@pytest.fixture
def other(db):
    return trust(MemberFactory(display_name="Birgit Olsen"))


@pytest.fixture
def suspended(db):
    user = MemberFactory(display_name="Sam Troll")
    discussions.suspend_member(user.profile, "Repeated insults in the Lisbon thread.")
    return user


# Posting -------------------------------------------------------------------------------


def test_a_trusted_member_comments_and_lands_on_the_comment(client, study, trusted):
    client.force_login(trusted)

    response = client.post(comment_url(study), {"text": "We did this with *one* phone."})
    followed = client.get(study.url).content.decode()

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{study.url}#comment-{comment.pk}"
    assert "Your comment is published." in text_of(followed)
    item = comment_item(discussion_of(followed), comment)
    assert "<p>We did this with <em>one</em> phone.</p>" in item
    assert 'href="/members/tomas-ferreira/"' in item
    assert f'href="#comment-{comment.pk}"' in item
    assert "Waiting for review" not in item


def test_every_kind_of_page_has_a_discussion(client, deck, trusted):
    meetup = event(title="Vitrine Lisbon 2026")
    study = case_study(title="Open access in Rijksmuseum")
    for target in (deck, meetup, study):
        say(trusted, target, f"A question about {target.title}")

    pages = [client.get(target.url).content.decode() for target in (deck, meetup, study)]

    assert [text_of(discussion_of(html)).count("A question about") for html in pages] == [1, 1, 1]
    assert 'name="slide_number"' not in pages[0]  # anonymous visitors see no form
    assert "Sign in or create an account to join the discussion." in text_of(pages[1])


def test_the_form_shows_the_formatting_help_and_a_slide_field_only_on_slides(client, deck, trusted):
    client.force_login(trusted)

    on_deck = discussion_of(client.get(deck.url).content.decode())
    on_case_study = discussion_of(client.get(case_study().url).content.decode())

    assert '<label for="discussion-text">Your comment</label>' in on_deck
    assert "<code>[a link](https://example.org)</code>" in on_deck
    assert 'name="slide_number" type="number" min="1" max="3"' in on_deck
    assert 'name="slide_number"' not in on_case_study
    assert 'aria-describedby="discussion-text-help"' in on_case_study


def test_comments_about_a_slide_link_to_it_and_feed_the_viewer(client, deck, trusted):
    client.force_login(trusted)

    response = client.post(comment_url(deck), {"text": "Which gimbal?", "slide_number": "2"})
    refused = client.post(comment_url(deck), {"text": "And this one?", "slide_number": "9"})
    html = client.get(deck.url).content.decode()

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.slide_number == 2
    assert field_error(refused.content.decode(), "slide_number") == (
        "Ensure this value is less than or equal to 3."
    )
    assert textarea_value(refused.content.decode()) == "And this one?"
    item = comment_item(discussion_of(html), comment)
    assert 'data-slide="2"' in html
    assert '<a href="#slide-2">About slide 2</a>' in item
    assert "data-slide-comments" in html
    assert "resources/js/slide-comments" in html


def test_a_slide_number_is_checked_against_the_deck_by_the_service(deck, trusted, study):

    with pytest.raises(DiscussionError) as too_far:
        say(trusted, deck, "Slide four?", slide_number=4)
    with pytest.raises(DiscussionError) as not_slides:
        say(trusted, study, "Slide one?", slide_number=1)

    assert too_far.value.message == "Choose a slide between 1 and 3."
    assert not_slides.value.message == "Only comments on slides can be about a slide."
    assert say(trusted, deck, "Slide three.", slide_number=3).slide_number == 3


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "Write something before posting."),
        ("   \n\n  ", "Write something before posting."),
    ],
)
def test_empty_comments_are_refused_next_to_the_field(client, study, trusted, text, error):
    client.force_login(trusted)

    response = client.post(comment_url(study), {"text": text})

    assert response.status_code == 200
    assert field_error(response.content.decode(), "text") == error
    assert Comment.objects.count() == 0


def test_a_megabyte_of_text_is_refused_with_a_clear_message_and_kept(client, study, trusted):
    client.force_login(trusted)
    text = "Long story. " * 87382  # about a megabyte

    response = client.post(comment_url(study), {"text": text})

    html = response.content.decode()
    assert response.status_code == 200
    assert field_error(html, "text") == (
        f"A comment is at most 5000 characters long; this one has {len(text.strip())}. "
        "Shorten it, or split it into two comments."
    )
    assert textarea_value(html) == text.strip()
    assert Comment.objects.count() == 0


def test_the_service_refuses_overlong_text_too(study, trusted, settings):
    settings.DISCUSSION_COMMENT_MAX_LENGTH = 20

    with pytest.raises(DiscussionError) as refused:
        say(trusted, study, "x" * 21)

    assert refused.value.message == "A comment is at most 20 characters long; this one has 21."


# Sanitising ------------------------------------------------------------------------------

HOSTILE = [
    "<script>alert('owned')</script>",
    "[click me](javascript:alert(1))",
    '[also me](JaVaScRiPt:alert(1)) and <a href="javascript:alert(2)">raw</a>',
    '<img src=x onerror="alert(1)"> <p onclick="alert(2)">hi</p>',
    "<b>unclosed <i>tags <div><table><tr><td>and **unclosed emphasis",
    "<iframe src=https://evil.example></iframe><style>body{display:none}</style>",
    "![pixel](https://tracker.example/p.gif) <svg onload=alert(1)>",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_markup_is_escaped_and_the_page_keeps_its_shape(client, study, trusted, text):
    hostile = say(trusted, study, text)
    after = say(trusted, study, "The comment after it.")

    html = client.get(study.url).content.decode()

    thread = discussion_of(html)
    body = body_of(thread, hostile)
    tags = re.findall(r"<[^>]*>", body)
    assert "<script" not in thread
    assert {re.match(r"</?(\w+)", tag).group(1) for tag in tags} <= {"p", "em", "strong", "a"}
    assert not [tag for tag in tags if re.search(r"\son\w+\s*=", tag)]
    assert not [
        tag for tag in re.findall(r"<[^>]*>", thread) if re.search(r"(javascript|data):", tag, re.I)
    ]
    assert ids_in(thread) == [hostile.pk, after.pk]
    assert "The comment after it." in comment_item(thread, after)
    assert '<footer class="site-footer">' in html


def test_links_are_kept_with_nofollow_ugc(client, study, trusted):
    comment = say(
        trusted, study, "See [the report](https://example.org/report) and `code`.\n\n- one\n- two"
    )

    body = comment_item(discussion_of(client.get(study.url).content.decode()), comment)

    assert '<a href="https://example.org/report" rel="nofollow ugc noopener">the report</a>' in body
    assert "<code>code</code>" in body
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in body


def test_script_text_is_shown_as_typed(client, study, trusted):
    comment = say(trusted, study, "Try <script>alert(1)</script> in the chat")

    body = comment_item(discussion_of(client.get(study.url).content.decode()), comment)

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# Who may do what: every view, every kind of visitor ------------------------------------

MEMBER_VIEWS = ["comment", "reply", "edit", "delete", "report"]


def view_url(view, study, comment):
    return comment_url(study) if view == "comment" else action_url(comment, view)


@pytest.mark.parametrize("view", MEMBER_VIEWS)
def test_anonymous_visitors_are_sent_to_sign_in(client, study, trusted, view):
    comment = say(trusted, study, "Hello")
    url = view_url(view, study, comment)

    got = client.get(url)
    posted = client.post(url, {"text": "Sneaky", "reason": "spam"})

    assert got.status_code == posted.status_code == 302
    assert got["Location"] == f"/accounts/login/?next={url}"
    assert Comment.objects.count() == 1
    assert CommentReport.objects.count() == 0


@pytest.mark.parametrize("view", MEMBER_VIEWS)
def test_unverified_members_are_asked_to_verify(client, study, trusted, unverified_member, view):
    comment = say(trusted, study, "Hello")
    client.force_login(unverified_member)

    response = client.post(view_url(view, study, comment), {"text": "Hi", "reason": "spam"})

    assert "Verify Your Email Address" in response.content.decode()
    assert Comment.objects.count() == 1
    assert Comment.objects.get().body == "Hello"
    assert CommentReport.objects.count() == 0


def test_unverified_members_see_why_they_cannot_comment(client, study, unverified_member):
    client.force_login(unverified_member)

    html = discussion_of(client.get(study.url).content.decode())

    assert "Confirm your email address to join the discussion" in text_of(html)
    assert "<textarea" not in html


@pytest.mark.parametrize(("view", "status"), [("edit", 403), ("delete", 403)])
def test_another_member_cannot_edit_or_delete(client, study, trusted, other, view, status):
    comment = say(trusted, study, "Mine")
    client.force_login(other)

    got = client.get(action_url(comment, view))
    posted = client.post(action_url(comment, view), {"text": "Yours now"})

    comment.refresh_from_db()
    assert (got.status_code, posted.status_code) == (status, status)
    assert (comment.body, comment.deleted_at) == ("Mine", None)


def test_another_member_sees_reply_and_report_but_not_edit_or_delete(client, study, trusted, other):
    comment = say(trusted, study, "Mine")
    client.force_login(other)

    item = comment_item(discussion_of(client.get(study.url).content.decode()), comment)

    assert f'href="/discussions/comments/{comment.pk}/reply/"' in item
    assert f'href="/discussions/comments/{comment.pk}/report/"' in item
    assert "/edit/" not in item
    assert "/delete/" not in item


def test_the_author_sees_edit_and_delete_but_cannot_report_themselves(client, study, trusted):
    comment = say(trusted, study, "Mine")
    client.force_login(trusted)

    item = comment_item(discussion_of(client.get(study.url).content.decode()), comment)
    report = client.post(action_url(comment, "report"), {"reason": "spam"})

    assert f'href="/discussions/comments/{comment.pk}/edit/"' in item
    assert f'href="/discussions/comments/{comment.pk}/delete/"' in item
    assert "/report/" not in item
    assert report.status_code == 403
    assert CommentReport.objects.count() == 0


@pytest.mark.parametrize("view", ["comment", "reply"])
def test_suspended_members_are_told_why_and_keep_their_text(
    client, study, trusted, suspended, view
):
    comment = say(trusted, study, "Hello")
    client.force_login(suspended)
    url = view_url(view, study, comment)

    got = client.get(url)
    posted = client.post(url, {"text": "Let me explain myself"})

    html = posted.content.decode()
    assert (got.status_code, posted.status_code) == (403, 403)
    assert form_errors(html) == (
        "Your account is suspended: you can read, but not post. "
        "Reason: Repeated insults in the Lisbon thread."
    )
    assert textarea_value(html) == "Let me explain myself"
    assert Comment.objects.count() == 1


def test_suspended_members_see_the_reason_instead_of_the_form(client, study, suspended):
    client.force_login(suspended)

    html = discussion_of(client.get(study.url).content.decode())

    assert "Reason: Repeated insults in the Lisbon thread." in text_of(html)
    assert "<textarea" not in html


def test_suspended_members_cannot_edit_or_report_but_may_delete_their_own(client, study, trusted):
    suspended = trust(MemberFactory(display_name="Sam Troll"))
    own = say(suspended, study, "Before the suspension")
    other = say(trusted, study, "Hello")
    discussions.suspend_member(suspended.profile, "Repeated insults in the Lisbon thread.")
    client.force_login(suspended)

    edit = client.post(action_url(own, "edit"), {"text": "Changed"})
    report = client.post(action_url(other, "report"), {"reason": "spam"})
    delete = client.post(action_url(own, "delete"))

    own.refresh_from_db()
    assert edit.status_code == 403
    assert "Reason: Repeated insults" in form_errors(edit.content.decode())
    assert report.status_code == 403
    assert CommentReport.objects.count() == 0
    assert delete.status_code == 302
    assert own.deleted_at is not None


def test_editors_delete_anyones_comment_but_do_not_edit_it(client, study, trusted, editor):
    comment = say(trusted, study, "Off topic")
    client.force_login(editor)

    item = comment_item(discussion_of(client.get(study.url).content.decode()), comment)
    edit = client.post(action_url(comment, "edit"), {"text": "Edited by an editor"})
    confirm = client.get(action_url(comment, "delete"))
    delete = client.post(action_url(comment, "delete"))

    comment.refresh_from_db()
    assert f'href="/discussions/comments/{comment.pk}/delete/"' in item
    assert "/edit/" not in item
    assert edit.status_code == 403
    assert "Delete this comment?" in text_of(confirm.content.decode())
    assert delete.status_code == 302
    assert comment.deleted_at is not None


def test_editors_comments_are_published_at_once(client, study, editor):
    client.force_login(editor)

    client.post(comment_url(study), {"text": "Welcome, everyone."})

    assert Comment.objects.get().status == Comment.Status.PUBLISHED


def test_comments_on_unpublished_or_private_pages_are_refused(client, trusted):
    draft = case_study(title="A draft", live=False)
    private = case_study(title="For members of the board")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    client.force_login(trusted)

    statuses = [
        client.post(comment_url(target), {"text": "Hello"}).status_code
        for target in (draft, private)
    ]

    assert statuses == [404, 404]
    assert Comment.objects.count() == 0
    with pytest.raises(DiscussionError):
        say(trusted, draft, "Through the service")


def test_the_discussion_of_a_private_page_is_closed(trusted):
    private = case_study(title="For members of the board")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    thread = discussions.thread_for(private, trusted)

    assert (thread.is_open, thread.can_post) == (False, False)


def test_comments_on_pages_without_a_discussion_are_refused(client, trusted, home_page):
    client.force_login(trusted)

    response = client.post(comment_url(home_page), {"text": "Hello"})

    assert response.status_code == 404


def test_posting_needs_csrf(study, trusted):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trusted)

    response = client.post(comment_url(study), {"text": "Hello"})

    assert response.status_code == 403
    assert Comment.objects.count() == 0


# Replies and the shape of threads ------------------------------------------------------


def test_replies_nest_two_levels_and_deeper_ones_say_whom_they_answer(
    client, study, trusted, other
):
    first = say(trusted, study, "First")
    reply = say(other, study, "A reply", parent=first)
    deeper = say(trusted, study, "A reply to the reply", parent=reply)
    deepest = say(other, study, "Deeper still", parent=deeper)
    client.force_login(other)

    response = client.post(action_url(deepest, "reply"), {"text": "And deeper"})
    html = discussion_of(client.get(study.url).content.decode())

    last = Comment.objects.latest("pk")
    assert response.status_code == 302
    assert last.parent == deepest
    assert ids_in(html) == [first.pk, reply.pk, deeper.pk, deepest.pk, last.pk]
    found = {
        int(pk): int(level)
        for level, pk in re.findall(
            r'class="comment comment--level-(\d)[^"]*" id="comment-(\d+)"', html
        )
    }
    assert found == {first.pk: 0, reply.pk: 1, deeper.pk: 2, deepest.pk: 2, last.pk: 2}
    assert "In reply to Tomás Ferreira" in text_of(comment_item(html, deepest))
    assert "In reply to Birgit Olsen" in text_of(comment_item(html, last))
    assert "In reply to" not in text_of(comment_item(html, deeper))


def test_the_reply_page_quotes_the_comment_and_keeps_a_refused_text(client, study, trusted, other):
    comment = say(trusted, study, "Did you *measure* replays?")
    client.force_login(other)

    form = client.get(action_url(comment, "reply")).content.decode()
    refused = client.post(action_url(comment, "reply"), {"text": ""}).content.decode()

    assert "<h1>Reply to Tomás Ferreira</h1>" in form
    assert "<em>measure</em>" in form
    assert field_error(refused, "text") == "Write something before posting."


def test_a_deleted_comment_keeps_its_place_while_replies_hang_from_it(
    client, study, trusted, other
):
    first = say(trusted, study, "A question that I regret")
    reply = say(other, study, "An answer", parent=first)
    lonely = say(trusted, study, "Another one I regret")
    client.force_login(trusted)

    client.post(action_url(first, "delete"))
    response = client.post(action_url(lonely, "delete"))
    client.logout()
    html = discussion_of(client.get(study.url).content.decode())

    first.refresh_from_db()
    assert response["Location"] == f"{study.url}#discussion"
    assert ids_in(html) == [first.pk, reply.pk]
    assert text_of(comment_item(html, first)) == "Comment deleted"
    assert "regret" not in html
    assert first.body == ""
    assert "An answer" in comment_item(html, reply)


def test_a_deleted_comment_cannot_be_replied_to_edited_or_deleted_again(client, study, trusted):
    comment = say(trusted, study, "Gone soon")
    discussions.delete_comment(comment, trusted)
    client.force_login(trusted)

    statuses = [
        client.post(action_url(comment, action), {"text": "x", "reason": "spam"}).status_code
        for action in ("reply", "edit", "delete", "report")
    ]

    assert statuses == [404, 404, 404, 404]


def test_hidden_comments_show_as_placeholders_only_when_replied_to(
    client, study, trusted, other, editor
):
    hidden = say(trusted, study, "Rude words")
    reply = say(other, study, "Please be kind", parent=hidden)
    hidden_leaf = say(trusted, study, "More rude words")
    discussions.hide_comment(hidden)
    discussions.hide_comment(hidden_leaf)

    visitor = discussion_of(client.get(study.url).content.decode())
    client.force_login(editor)
    moderator = discussion_of(client.get(study.url).content.decode())

    assert ids_in(visitor) == [hidden.pk, reply.pk]
    assert text_of(comment_item(visitor, hidden)) == "Comment hidden by a moderator"
    assert "rude" not in visitor.lower()
    assert ids_in(moderator) == [hidden.pk, reply.pk, hidden_leaf.pk]
    assert "Hidden by a moderator" in text_of(comment_item(moderator, hidden_leaf))
    assert "More rude words" in moderator


def test_hidden_comments_cannot_be_replied_to(study, trusted, other):
    hidden = say(trusted, study, "Rude words")
    discussions.hide_comment(hidden)

    with pytest.raises(DiscussionError):
        say(other, study, "Reply", parent=hidden)


def test_waiting_and_hidden_comments_cannot_be_quoted_by_others(
    client, study, member, trusted, other
):
    waiting = say(member, study, "My first words")
    hidden = say(trusted, study, "Rude words")
    discussions.hide_comment(hidden)
    client.force_login(other)

    statuses = [client.get(action_url(item, "reply")).status_code for item in (waiting, hidden)]
    client.force_login(member)
    own = client.get(action_url(waiting, "reply"))

    assert statuses == [404, 404]
    assert "My first words" in own.content.decode()


def test_a_reply_must_be_on_the_same_page(study, trusted, other):
    elsewhere = say(trusted, case_study(title="Another case"), "Elsewhere")

    with pytest.raises(DiscussionError) as refused:
        say(other, study, "Reply", parent=elsewhere)

    assert refused.value.message == "You can only reply to a comment on the same page."


def test_a_deleted_members_comments_stay_without_a_name(client, study, trusted, other):
    comment = say(trusted, study, "Still useful")
    trusted.delete()

    html = discussion_of(client.get(study.url).content.decode())

    assert "Deleted member" in text_of(comment_item(html, Comment.objects.get(pk=comment.pk)))
    assert "Still useful" in html


def test_author_names_link_to_profiles_only_the_viewer_may_see(client, study, trusted, other):
    Profile.objects.filter(pk=other.profile.pk).update(visibility=Profile.Visibility.MEMBERS)
    Profile.objects.filter(pk=trusted.profile.pk).update(visibility=Profile.Visibility.HIDDEN)
    members_only = say(other, study, "Members-only profile")
    hidden = say(trusted, study, "Hidden profile")

    anonymous = discussion_of(client.get(study.url).content.decode())
    client.force_login(MemberFactory())
    signed_in = discussion_of(client.get(study.url).content.decode())

    assert "/members/" not in anonymous
    assert 'href="/members/birgit-olsen/"' in comment_item(signed_in, members_only)
    assert "/members/" not in comment_item(signed_in, hidden)


# Editing -------------------------------------------------------------------------------


def test_the_author_edits_within_the_window_and_the_comment_says_edited(client, study, trusted):
    comment = say(trusted, study, "Teh first version")
    client.force_login(trusted)

    form = client.get(action_url(comment, "edit")).content.decode()
    response = client.post(action_url(comment, "edit"), {"text": "The **first** version"})
    html = discussion_of(client.get(study.url).content.decode())

    comment.refresh_from_db()
    assert textarea_value(form) == "Teh first version"
    assert response["Location"] == f"{study.url}#comment-{comment.pk}"
    assert comment.body_html == "<p>The <strong>first</strong> version</p>"
    assert comment.edited_at is not None
    assert "(edited)" in text_of(comment_item(html, comment))


def test_editing_is_refused_after_the_window_and_the_text_is_kept(client, study, trusted):
    comment = say(trusted, study, "Old words")
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=16)
    )
    client.force_login(trusted)

    item = comment_item(discussion_of(client.get(study.url).content.decode()), comment)
    response = client.post(action_url(comment, "edit"), {"text": "New words"})

    html = response.content.decode()
    comment.refresh_from_db()
    assert "/edit/" not in item
    assert response.status_code == 403
    assert form_errors(html) == (
        "Comments can be edited for 15 minutes after posting, and that time is over. "
        "Your text is kept below: you can copy it into a new comment."
    )
    assert textarea_value(html) == "New words"
    assert (comment.body, comment.edited_at) == ("Old words", None)


def test_the_edit_window_is_a_setting(study, trusted, settings):
    settings.DISCUSSION_EDIT_WINDOW_SECONDS = 60
    comment = say(trusted, study, "Quick")
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(seconds=61)
    )
    comment.refresh_from_db()

    with pytest.raises(DiscussionError) as refused:
        discussions.edit_comment(comment, trusted.profile, "Changed")

    assert "Comments can be edited for 1 minute after posting" in refused.value.message


# Rate limit ----------------------------------------------------------------------------


def test_the_rate_limit_refuses_with_a_clear_message_and_keeps_the_text(
    client, study, trusted, settings
):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 3
    settings.DISCUSSION_WINDOW_SECONDS = 300
    client.force_login(trusted)

    statuses = [
        client.post(comment_url(study), {"text": f"Comment {n}"}).status_code for n in range(3)
    ]
    refused = client.post(comment_url(study), {"text": "One too many"})

    html = refused.content.decode()
    assert statuses == [302, 302, 302]
    assert refused.status_code == 429
    assert form_errors(html) == (
        "You have posted 3 comments in the last 5 minutes, the most we allow. "
        "Your text is kept below: please post it again in a few minutes."
    )
    assert textarea_value(html) == "One too many"
    assert Comment.objects.count() == 3


def test_the_rate_limit_counts_deleted_comments_and_forgets_old_ones(study, trusted, settings):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 2
    first = say(trusted, study, "One")
    discussions.delete_comment(say(trusted, study, "Two"), trusted)

    with pytest.raises(DiscussionError) as refused:
        say(trusted, study, "Three")
    Comment.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=6)
    )

    assert refused.value.code == "rate_limited"
    assert say(trusted, study, "Three, later").body == "Three, later"


def test_the_rate_limit_is_per_member(study, trusted, other, settings):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 1
    say(trusted, study, "Mine")

    comment = say(other, study, "Theirs")

    assert comment.pk


# First comments wait for review ---------------------------------------------------------


def test_a_new_members_first_comments_wait_for_review(client, study, member, other, editor):
    client.force_login(member)

    response = client.post(comment_url(study), {"text": "Hello, first time here"}, follow=True)
    own_view = discussion_of(response.content.decode())
    client.force_login(other)
    other_view = discussion_of(client.get(study.url).content.decode())
    client.logout()
    anonymous_view = discussion_of(client.get(study.url).content.decode())
    client.force_login(editor)
    editor_view = discussion_of(client.get(study.url).content.decode())

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert "Thank you! Your comment will appear once an editor has read it" in text_of(
        response.content.decode()
    )
    assert "Waiting for review" in text_of(comment_item(own_view, comment))
    assert "Hello, first time here" not in other_view
    assert "Hello, first time here" not in anonymous_view
    assert "(0 comments)" in text_of(anonymous_view)
    assert "Waiting for review" in text_of(comment_item(editor_view, comment))


def test_after_enough_approved_comments_a_member_publishes_directly(study, member, settings):
    settings.DISCUSSION_COMMENTS_BEFORE_TRUST = 2
    first = say(member, study, "One")
    second = say(member, study, "Two")
    waiting = [first.status, second.status]
    discussions.approve_comment(first)
    third = say(member, study, "Three")
    discussions.approve_comment(second)

    fourth = say(member, study, "Four")

    assert waiting == ["pending", "pending"]
    assert [third.status, fourth.status] == ["pending", "published"]
    assert [say(member, case_study(title="Elsewhere"), "Five").status] == ["published"]


def test_a_pending_comment_may_be_answered_by_its_author_only(study, member, other):
    pending = say(member, study, "Waiting")

    follow_up = say(member, study, "And one more thing", parent=pending)
    with pytest.raises(DiscussionError):
        say(other, study, "I should not see this", parent=pending)

    assert follow_up.parent == pending


# Reports -------------------------------------------------------------------------------


def test_a_member_reports_a_comment_with_a_reason(client, study, trusted, other):
    comment = say(trusted, study, "Buy cheap followers at example.com")
    client.force_login(other)

    form = client.get(action_url(comment, "report")).content.decode()
    response = client.post(
        action_url(comment, "report"), {"reason": "spam", "details": "An advert"}, follow=True
    )
    again = client.post(action_url(comment, "report"), {"reason": "abuse"})

    report = CommentReport.objects.get()
    html = response.content.decode()
    assert "<h1>Report a comment</h1>" in form
    assert "Buy cheap followers" in form
    assert "Thank you for your report." in text_of(html)
    assert (report.reporter, report.reason, report.details) == (other.profile, "spam", "An advert")
    assert "You reported this comment" in text_of(comment_item(discussion_of(html), comment))
    assert again.status_code == 409
    assert "You have already reported this comment." in form_errors(again.content.decode())
    assert CommentReport.objects.count() == 1


def test_a_report_needs_a_reason(client, study, trusted, other):
    comment = say(trusted, study, "Hm")
    client.force_login(other)

    response = client.post(action_url(comment, "report"), {"reason": ""})

    assert "Choose a reason." in text_of(response.content.decode())
    assert CommentReport.objects.count() == 0


def test_reports_from_several_members_hide_a_comment_until_reviewed(
    client, study, trusted, settings
):
    settings.DISCUSSION_REPORTS_TO_HIDE = 3
    comment = say(trusted, study, "Something nasty")
    reporters = [MemberFactory() for _ in range(3)]

    statuses = []
    for reporter in reporters:
        discussions.report_comment(comment, reporter.profile, "abuse")
        comment.refresh_from_db()
        statuses.append(comment.status)
    html = discussion_of(client.get(study.url).content.decode())

    assert statuses == ["published", "published", "hidden"]
    assert "Something nasty" not in html
    assert ids_in(html) == []


def test_hidden_and_pending_comments_cannot_be_reported(client, study, trusted, member, other):
    pending = say(member, study, "Waiting")
    hidden = say(trusted, study, "Hidden")
    discussions.hide_comment(hidden)
    client.force_login(other)

    statuses = [
        client.post(action_url(comment, "report"), {"reason": "spam"}).status_code
        for comment in (pending, hidden)
    ]

    assert statuses == [403, 403]


# Reading: the number of queries, the profile ---------------------------------------------


def build_thread(study, authors, count):
    """count top-level comments, each with a reply and a reply to the reply."""
    for number in range(count):
        first = say(authors[0], study, f"Comment {number}")
        reply = say(authors[1], study, f"Reply {number}", parent=first)
        say(authors[0], study, f"Deeper {number}", parent=reply)


def page_queries(client, url):
    client.get(url)  # warm the site root and settings caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("viewer", ["anonymous", "member", "editor"])
def test_the_number_of_queries_does_not_grow_with_the_thread(
    client, trusted, other, editor, settings, viewer
):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 1000
    if viewer == "member":
        client.force_login(other)
    elif viewer == "editor":
        client.force_login(editor)
    counts = []
    for size in (1, 3, 20):
        study = case_study(title=f"A case with {size} threads")
        build_thread(study, [trusted, other], size)
        queries, html = page_queries(client, study.url)
        counts.append(queries)
        assert len(ids_in(discussion_of(html))) == size * 3

    assert counts[0] == counts[1] == counts[2]


def test_thread_for_takes_a_fixed_number_of_queries(study, trusted, other, settings):
    settings.DISCUSSION_COMMENTS_PER_WINDOW = 1000
    build_thread(study, [trusted, other], 1)
    viewer = type(other).objects.get(pk=other.pk)
    with CaptureQueriesContext(connection) as small:
        discussions.thread_for(study, viewer)
    build_thread(study, [trusted, other], 10)
    viewer = type(other).objects.get(pk=other.pk)
    with CaptureQueriesContext(connection) as large:
        thread = discussions.thread_for(study, viewer)

    # Profile, permissions (2), verified email (twice), view restrictions, comments with
    # whether their authors are visible, the viewer's reports: none per comment.
    assert len(small) == len(large) == 8
    assert thread.count == 33


def test_comments_by_lists_published_comments_on_published_pages(trusted, study, other):
    kept = say(trusted, study, "On a live page")
    draft = case_study(title="Draft", live=False)
    Comment.objects.create(page=draft, author=trusted.profile, body="On a draft")
    hidden = say(trusted, study, "Hidden one")
    discussions.hide_comment(hidden)
    discussions.delete_comment(say(trusted, study, "Deleted one"), trusted)
    newer = say(trusted, study, "Newer")

    listed = discussions.comments_by(trusted.profile, other, limit=10)
    Profile.objects.filter(pk=trusted.profile.pk).update(visibility=Profile.Visibility.HIDDEN)
    trusted.profile.refresh_from_db()

    assert listed == [newer, kept]
    assert discussions.comments_by(trusted.profile, other) == []


# In the browser: the comments of the slide on screen, next to the viewer -----------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_viewer_shows_the_comments_of_the_slide_on_screen(
    page, live_server, deck, trusted, other
):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    from tests.factories.community import PASSWORD

    say(trusted, deck, "Which *gimbal* did you use?", slide_number=2)
    say(other, deck, "About the whole talk")
    visitor = page
    visitor.goto(f"{live_server.url}/accounts/login/")
    visitor.get_by_label("Email").fill(other.email)
    visitor.get_by_label("Password").fill(PASSWORD)
    visitor.get_by_role("button", name="Sign In").click()

    visitor.goto(f"{live_server.url}{deck.url}")
    panel = visitor.locator(".slide-comments")
    expect(panel.get_by_role("heading")).to_have_text("Comments on slide 1 (0)")
    expect(panel).to_contain_text("No comments on this slide yet.")
    visitor.get_by_role("button", name="Next slide").click()
    expect(panel.get_by_role("heading")).to_have_text("Comments on slide 2 (1)")
    expect(panel.locator(".slide-comments__body em")).to_have_text("gimbal")
    expect(panel.get_by_role("link", name="Read in the discussion")).to_have_attribute(
        "href", re.compile(r"^#comment-\d+$")
    )
    panel.get_by_role("button", name="Comment on slide 2").click()

    expect(visitor.get_by_label("About slide")).to_have_value("2")
    expect(visitor.get_by_label("Your comment")).to_be_focused()
    results = Axe().run(
        visitor,
        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]}},
    )
    assert [violation["id"] for violation in results.response["violations"]] == []
