import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from community.models import Session, SlidesReminder
from resources.models import SlideDeckPage
from tests.factories.community import MemberFactory
from tests.factories.events import event
from tests.factories.resources import approve, pdf_upload, uploaded_deck

# Processing and emails start when a transaction commits (on_commit), so these tests commit too.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FORM = {"title": "Instagram live, one phone", "language": "en", "licence": "cc-by-4.0"}


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def section(html, anchor):
    return html.split(f'<section id="{anchor}"', 1)[1].split("</section>", 1)[0]


def row(html, session):
    return html.split(f'<tr id="{session.anchor}">', 1)[1].split("</tr>", 1)[0]


def row_titles(html, anchor):
    return re.findall(
        r"<tr id=\"session-\d+\">\s*<td>\s*<strong>([^<]+)</strong>", section(html, anchor)
    )


def admin_messages(html):
    block = html.split('<div class="messages"', 1)[1].split("</ul>", 1)[0]
    return [
        (level, text(re.sub(r"<button.*?</button>", "", body, flags=re.S)))
        for level, body in re.findall(r'<li class="(\w+)[^"]*">(.*?)</li>', block, re.S)
    ]


@pytest.fixture
def speaker(db):
    return MemberFactory(display_name="Giulia Romano", email="giulia@museoegizio.example")


@pytest.fixture
def co_speaker(db):
    return MemberFactory(display_name="Marta Nowak", email="marta@mnw.example")


@pytest.fixture
def lisbon(member, speaker, co_speaker):
    page = event(
        title="Vitrine Lisbon 2026",
        sessions=[
            ("Open access at scale", 0, "09:30", "10:15", [member.profile]),
            (
                "Instagram live, one phone",
                0,
                "11:00",
                "11:30",
                [speaker.profile, co_speaker.profile, ("Rui Costa", "Director", "MAAT")],
            ),
            ("Audio guides nobody asked for", 1, "14:00", "14:30", [("Léa Martin", "", "")]),
        ],
    )
    Session.objects.create(
        event=page,
        title="Lunch",
        day=page.starts_on,
        starts_at=datetime.time(12, 30),
        ends_at=datetime.time(13, 30),
        format=Session.Format.BREAK,
    )
    return page


@pytest.fixture
def talks(lisbon):
    return {session.title: session for session in lisbon.sessions.all()}


def collection_url(event):
    return f"/admin/slides-collection/{event.pk}/"


def upload_url(event, session):
    return f"/admin/slides-collection/{event.pk}/sessions/{session.pk}/upload/"


def remind_url(event):
    return f"/admin/slides-collection/{event.pk}/remind/"


def test_the_collection_shows_which_sessions_still_have_no_slides(
    client, member, editor, lisbon, talks, tmp_path
):
    published = uploaded_deck(
        member,
        tmp_path,
        title="Open access, five years on",
        event=lisbon,
        session=talks["Open access at scale"],
    )
    approve(published, editor)
    client.force_login(editor)

    html = client.get(collection_url(lisbon)).content.decode()

    assert "1 of 3 sessions have slides" in text(html)
    assert row_titles(html, "without-slides") == [
        "Instagram live, one phone",
        "Audio guides nobody asked for",
    ]
    assert row_titles(html, "with-slides") == ["Open access at scale"]
    assert "Lunch" not in html
    with_slides = row(section(html, "with-slides"), talks["Open access at scale"])
    assert f'<a href="{published.url}">Open access, five years on</a>' in with_slides
    assert "Published" in text(with_slides)
    assert "uploaded by Ana García" in text(with_slides)
    guest_row = text(row(html, talks["Audio guides nobody asked for"]))
    assert "Léa Martin Guest: no email address" in guest_row
    assert "No slides yet" in guest_row
    assert "Email the speakers who have not uploaded yet" in text(html)


def test_slides_in_review_count_with_their_state(client, member, editor, lisbon, talks, tmp_path):
    uploaded_deck(member, tmp_path, event=lisbon, session=talks["Open access at scale"])
    client.force_login(editor)

    html = client.get(collection_url(lisbon)).content.decode()

    assert "1 of 3 sessions have slides" in text(html)
    assert "Awaiting review" in text(
        row(section(html, "with-slides"), talks["Open access at scale"])
    )


def test_the_admin_lists_the_events_with_their_progress(client, organizer, lisbon):
    event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), sessions=[("A", 0)])
    client.force_login(organizer)

    html = client.get("/admin/slides-collection/").content.decode()
    dashboard = client.get("/admin/").content.decode()

    assert re.findall(r'<a href="/admin/slides-collection/\d+/">([^<]+)</a>', html) == [
        "Vitrine Lisbon 2026",
        "Vitrine Riga 2025",
    ]
    assert "0 of 3 sessions have slides" in text(html)
    assert "0 of 1 sessions have slides" in text(html)
    assert '"/admin/slides-collection/"' in dashboard


def test_the_event_in_the_admin_links_to_its_collection(client, organizer, lisbon):
    client.force_login(organizer)

    edit = client.get(f"/admin/pages/{lisbon.pk}/edit/").content.decode()
    listing = client.get(f"/admin/pages/{lisbon.get_parent().pk}/").content.decode()

    assert collection_url(lisbon) in edit
    assert collection_url(lisbon) in listing


def test_an_organizer_uploads_slides_credited_to_the_speaker(
    client, organizer, speaker, co_speaker, lisbon, talks, tmp_path
):
    session = talks["Instagram live, one phone"]
    client.force_login(organizer)
    form = client.get(upload_url(lisbon, session)).content.decode()

    response = client.post(
        upload_url(lisbon, session), {**FORM, "file": pdf_upload(tmp_path)}, follow=True
    )
    deck = SlideDeckPage.objects.get()
    client.force_login(speaker)
    uploads = client.get("/library/uploads/").content.decode()
    status = client.get(f"/library/uploads/{deck.pk}/")

    assert "The slides will be <strong>Giulia Romano</strong>'s" in form
    assert "Co-speakers: Marta Nowak." in text(form)
    assert response.redirect_chain == [(f"{collection_url(lisbon)}#{session.anchor}", 302)]
    assert admin_messages(response.content.decode()) == [
        (
            "success",
            "“Instagram live, one phone” is uploaded for Giulia Romano: it is processed, "
            "then reviewed as usual.",
        )
    ]
    assert (deck.owner, deck.event_id, deck.session_id) == (speaker, lisbon.pk, session.pk)
    # In the revision under review, as for any upload: the page gets them when published.
    assert list(deck.get_latest_revision_as_object().speakers.all()) == [co_speaker.profile]
    assert not deck.live
    assert f'<a href="/library/uploads/{deck.pk}/">Instagram live, one phone</a>' in uploads
    assert status.status_code == 200
    assert "Awaiting review" in text(status.content.decode())


def test_a_trusted_speaker_s_slides_uploaded_for_them_are_published_at_once(
    client, organizer, speaker, lisbon, talks, tmp_path
):
    speaker.profile.is_trusted = True
    speaker.profile.save()
    session = talks["Instagram live, one phone"]
    client.force_login(organizer)

    client.post(upload_url(lisbon, session), {**FORM, "file": pdf_upload(tmp_path)})
    deck = SlideDeckPage.objects.get()
    programme = client.get(lisbon.url).content.decode()

    assert deck.live
    assert f'<a href="{deck.url}">Slides: Instagram live, one phone</a>' in programme


def test_slides_of_a_guest_only_session_are_the_organizer_s(
    client, organizer, lisbon, talks, tmp_path
):
    session = talks["Audio guides nobody asked for"]
    client.force_login(organizer)

    form = client.get(upload_url(lisbon, session)).content.decode()
    client.post(
        upload_url(lisbon, session),
        {
            **FORM,
            "title": "Audio guides",
            "description": "Given by Léa Martin.",
            "file": pdf_upload(tmp_path),
        },
    )
    deck = SlideDeckPage.objects.get()

    assert "No speaker of this session has an account" in text(form)
    assert "Given by Léa Martin.</textarea>" in form
    assert (deck.owner, deck.session_id, deck.description) == (
        organizer,
        session.pk,
        "Given by Léa Martin.",
    )


def test_an_upload_refused_by_the_form_says_why(client, organizer, lisbon, talks):
    session = talks["Audio guides nobody asked for"]
    client.force_login(organizer)

    response = client.post(upload_url(lisbon, session), {**FORM})

    assert response.status_code == 200
    assert "This field is required." in text(response.content.decode())
    assert SlideDeckPage.objects.count() == 0


def test_breaks_and_sessions_of_other_events_cannot_get_slides(client, organizer, lisbon, talks):
    other = event(
        title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), sessions=[("A", 0)]
    )
    client.force_login(organizer)

    answers = [
        client.get(upload_url(lisbon, talks["Lunch"])).status_code,
        client.get(upload_url(lisbon, other.sessions.get())).status_code,
        client.get("/admin/slides-collection/999999/").status_code,
    ]

    assert answers == [404, 404, 404]


def test_the_confirmation_lists_who_gets_a_reminder(
    client, organizer, member, lisbon, tmp_path, talks
):
    uploaded_deck(member, tmp_path, event=lisbon, session=talks["Open access at scale"])
    client.force_login(organizer)

    html = client.get(remind_url(lisbon)).content.decode()

    assert re.findall(r"<li><strong>([^<]+)</strong>", section(html, "recipients")) == [
        "Giulia Romano",
        "Marta Nowak",
    ]
    assert "Ana García" not in html
    assert re.findall(r"<li>([^:<]+):", section(html, "without-email")) == [
        "Rui Costa",
        "Léa Martin",
    ]
    assert "Send 2 reminders" in html
    assert mail.outbox == []


def test_reminders_email_each_member_speaker_once_with_a_direct_upload_link(
    client, organizer, member, speaker, co_speaker, lisbon, talks
):
    instagram = talks["Instagram live, one phone"]
    open_access = talks["Open access at scale"]
    client.force_login(organizer)

    response = client.post(remind_url(lisbon), follow=True)
    html = client.get(collection_url(lisbon)).content.decode()

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [member.email, speaker.email, co_speaker.email]
    )
    giulia = next(message for message in mail.outbox if message.to == [speaker.email])
    assert giulia.subject == "[Vitrine] Your slides from Vitrine Lisbon 2026"
    assert "Hello Giulia Romano," in giulia.body
    assert "“Instagram live, one phone” (14 May 2026):" in giulia.body
    assert f"http://127.0.0.1:8000/library/upload/?session={instagram.pk}" in giulia.body
    assert f"session={open_access.pk}" not in giulia.body
    assert "Olivier Organizer, for the organizers" in giulia.body
    assert response.redirect_chain == [(collection_url(lisbon), 302)]
    assert admin_messages(response.content.decode()) == [
        ("success", "Reminders sent to 3 speakers.")
    ]
    assert SlidesReminder.objects.filter(sent_by=organizer).count() == 3
    assert "reminded on" in text(row(html, instagram))
    assert "reminded on" not in text(row(html, talks["Audio guides nobody asked for"]))


def test_a_speaker_is_not_reminded_twice_within_24_hours(
    client, organizer, editor, speaker, lisbon, talks
):
    client.force_login(organizer)
    client.post(remind_url(lisbon))
    mail.outbox.clear()
    client.force_login(editor)

    confirmation = client.get(remind_url(lisbon)).content.decode()
    again = client.post(remind_url(lisbon), follow=True)
    SlidesReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(hours=25))
    later = client.post(remind_url(lisbon))

    assert "Nobody to remind right now." in text(confirmation)
    assert "Giulia Romano: reminded on" in text(section(confirmation, "waiting"))
    assert f'action="{remind_url(lisbon)}"' not in confirmation
    assert admin_messages(again.content.decode())[0] == (
        "warning",
        "Nobody was reminded: there is nobody to remind right now.",
    )
    assert later.status_code == 302
    assert len(mail.outbox) == 3


def test_a_speaker_with_two_sessions_gets_one_email(client, organizer, speaker):
    page = event(
        title="Vitrine Ghent 2026",
        sessions=[
            ("Wikidata for a small archive", 0, "10:00", "10:30", [speaker.profile]),
            ("Linked open data, a year later", 1, "10:00", "10:30", [speaker.profile]),
        ],
    )
    client.force_login(organizer)

    client.post(remind_url(page))

    assert [message.to for message in mail.outbox] == [[speaker.email]]
    assert "Wikidata for a small archive" in mail.outbox[0].body
    assert "Linked open data, a year later" in mail.outbox[0].body
    assert SlidesReminder.objects.count() == 2


def test_no_reminder_before_the_event_is_published(client, organizer, speaker):
    draft = event(
        title="Vitrine Oslo 2027",
        live=False,
        sessions=[("Wikidata for a small archive", 0, "10:00", "10:30", [speaker.profile])],
    )
    client.force_login(organizer)

    html = client.get(collection_url(draft)).content.decode()
    response = client.post(remind_url(draft), follow=True)

    assert "Reminders can be sent once the event is published" in text(html)
    assert remind_url(draft) not in html
    assert admin_messages(response.content.decode()) == [
        ("error", "Publish the event first: its upload links work only then.")
    ]
    assert mail.outbox == []
    assert SlidesReminder.objects.count() == 0


def test_visitors_are_sent_to_sign_in(client, lisbon, talks):
    pages = [
        client.get(url)
        for url in (collection_url(lisbon), upload_url(lisbon, talks["Lunch"]), remind_url(lisbon))
    ]
    reminder = client.post(remind_url(lisbon))

    assert [page["Location"].split("?")[0] for page in [*pages, reminder]] == [
        "/accounts/login/"
    ] * 4
    assert mail.outbox == []


def test_members_have_no_access(client, member, lisbon, talks, tmp_path):
    client.force_login(member)

    page = client.get(collection_url(lisbon))
    reminder = client.post(remind_url(lisbon))
    upload = client.post(
        upload_url(lisbon, talks["Open access at scale"]), {**FORM, "file": pdf_upload(tmp_path)}
    )

    assert [response.status_code for response in (page, reminder, upload)] == [302, 302, 302]
    assert page["Location"] == f"/accounts/login/?next={collection_url(lisbon)}"
    assert mail.outbox == []
    assert SlideDeckPage.objects.count() == 0


def test_admin_users_who_cannot_edit_the_event_have_no_access(client, lisbon):
    reviewers = Group.objects.create(name="Admin readers")
    reviewers.permissions.add(Permission.objects.get(codename="access_admin"))
    reader = MemberFactory(display_name="Ines Reader")
    reader.is_staff = True
    reader.save()
    reader.groups.add(reviewers)
    client.force_login(reader)

    page = client.get(collection_url(lisbon), follow=True)
    listing = client.get("/admin/slides-collection/").content.decode()

    assert page.redirect_chain == [("/admin/", 302)]
    assert admin_messages(page.content.decode()) == [
        ("error", "Sorry, you do not have permission to access this area.")
    ]
    assert "There is no event you may edit." in text(listing)


@pytest.mark.parametrize("role", ["organizer", "editor"])
def test_organizers_and_editors_collect_slides(client, role, request, lisbon):
    client.force_login(request.getfixturevalue(role))

    response = client.get(collection_url(lisbon))

    assert response.status_code == 200
    assert "0 of 3 sessions have slides" in text(response.content.decode())
