import re

import pytest
from django.core import mail

from community import discussions, notifications
from community.models import Notification, Profile
from tests.factories.community import MemberFactory
from tests.factories.resources import case_study

pytestmark = pytest.mark.django_db


def trusted(name):
    user = MemberFactory(display_name=name)
    Profile.objects.filter(user=user).update(is_trusted=True)
    user.profile.refresh_from_db()
    return user


@pytest.fixture
def study(db):
    owner = trusted("Giulia Romano")
    page = case_study(title="Instagram live tours in Turin")
    type(page).objects.filter(pk=page.pk).update(owner=owner)
    page.refresh_from_db()
    return page


def say(user, page, text, parent=None, capture=None):
    with capture(execute=True):
        return discussions.post_comment(user.profile, page, text, parent=parent)


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_the_owner_and_the_thread_hear_about_a_reply(study, django_capture_on_commit_callbacks):
    owner = study.owner
    ana, jonas, camille = (
        trusted("Ana García"),
        trusted("Jonas Lindqvist"),
        trusted("Camille Moreau"),
    )
    first = say(
        ana, study, "How long did the rehearsal take?", capture=django_capture_on_commit_callbacks
    )
    say(
        camille,
        study,
        "We did the same in Lyon.",
        parent=first,
        capture=django_capture_on_commit_callbacks,
    )
    mail.outbox.clear()

    reply = say(
        jonas,
        study,
        "About an hour, every week.",
        parent=first,
        capture=django_capture_on_commit_callbacks,
    )

    kinds = dict(
        Notification.objects.filter(comment=reply).values_list("recipient__user__email", "kind")
    )
    assert kinds == {
        ana.email: "reply",
        camille.email: "in-discussion",
        owner.email: "on-your-page",
    }
    subject = mails_to(ana)[0].subject
    assert subject == "[Vitrine] Jonas Lindqvist replied to you on “Instagram live tours in Turin”"
    assert "About an hour, every week." in mails_to(ana)[0].body
    assert f"#comment-{reply.pk}" in mails_to(ana)[0].body
    assert mails_to(jonas) == []


def test_email_settings_are_followed(study, django_capture_on_commit_callbacks):
    ana, jonas, camille = (
        trusted("Ana García"),
        trusted("Jonas Lindqvist"),
        trusted("Camille Moreau"),
    )
    Profile.objects.filter(user=ana).update(reply_emails="replies")
    Profile.objects.filter(user=camille).update(reply_emails="replies")
    Profile.objects.filter(user=study.owner).update(reply_emails="none")
    first = say(ana, study, "A question.", capture=django_capture_on_commit_callbacks)
    say(camille, study, "Me too.", parent=first, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()

    say(jonas, study, "An answer.", parent=first, capture=django_capture_on_commit_callbacks)

    assert len(mails_to(ana)) == 1  # a reply to her
    assert mails_to(camille) == []  # only in the discussion
    assert mails_to(study.owner) == []  # asked for none
    # Still told in the site, about each of the three comments.
    assert Notification.objects.filter(recipient=study.owner.profile).count() == 3


def test_pending_comments_are_announced_when_approved(study, django_capture_on_commit_callbacks):
    newcomer = MemberFactory(display_name="Mina Member")
    comment = say(newcomer, study, "First comment!", capture=django_capture_on_commit_callbacks)
    assert comment.status == "pending"
    assert mails_to(study.owner) == []

    with django_capture_on_commit_callbacks(execute=True):
        discussions.approve_comment(comment)

    assert [message.subject for message in mails_to(study.owner)] == [
        "[Vitrine] Mina Member commented on “Instagram live tours in Turin”"
    ]


def test_one_click_unsubscribe_works_without_signing_in(
    client, study, django_capture_on_commit_callbacks
):
    ana, jonas = trusted("Ana García"), trusted("Jonas Lindqvist")
    first = say(ana, study, "A question.", capture=django_capture_on_commit_callbacks)
    say(jonas, study, "An answer.", parent=first, capture=django_capture_on_commit_callbacks)
    message = mails_to(ana)[0]
    link = re.search(r"http://\S+/members/unsubscribe/\S+/", message.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    html = client.get(f"/{path}").content.decode()

    assert "You will not get emails about discussions any more" in html
    assert Profile.objects.get(user=ana).reply_emails == "none"
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    client.post(f"/{path}", {"undo": "1"})
    assert Profile.objects.get(user=ana).reply_emails == "all"


def test_mail_clients_unsubscribe_with_a_post(client, member):
    token = notifications.unsubscribe_token(member.profile)

    response = client.post(f"/members/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert Profile.objects.get(user=member).reply_emails == "none"


@pytest.mark.parametrize("token", ["forged", "1:abc:def", "x" * 300])
def test_a_broken_unsubscribe_link_says_so(client, member, token):
    response = client.get(f"/members/unsubscribe/{token}/")

    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert Profile.objects.get(user=member).reply_emails == "all"


def test_unread_notifications_show_in_the_account_menu_until_seen(
    client, study, django_capture_on_commit_callbacks
):
    ana, jonas = trusted("Ana García"), trusted("Jonas Lindqvist")
    first = say(ana, study, "A question.", capture=django_capture_on_commit_callbacks)
    say(
        jonas,
        study,
        "An answer with *emphasis*.",
        parent=first,
        capture=django_capture_on_commit_callbacks,
    )
    client.force_login(ana)

    menu = client.get("/").content.decode()
    page = client.get("/members/me/notifications/").content.decode()
    later = client.get("/").content.decode()

    assert (
        'Notifications <span class="badge">1<span class="visually-hidden"> new</span></span>'
        in menu
    )
    assert "Jonas Lindqvist" in page and "replied to you" in page
    assert 'class="notification notification--unread"' in page
    assert "Notifications <span" not in later


def test_notifications_are_for_their_owner_only(client, member):
    assert client.get("/members/me/notifications/")["Location"].startswith("/accounts/login/")

    client.force_login(member)
    html = client.get("/members/me/notifications/").content.decode()

    assert "Nothing new" in html


def test_email_settings_page(client, member):
    client.force_login(member)

    client.post("/members/me/settings/", {"reply_emails": "replies"})
    refused = client.post("/members/me/settings/", {"reply_emails": "spam-me"}).content.decode()

    assert Profile.objects.get(user=member).reply_emails == "replies"
    assert "Select a valid choice." in refused
