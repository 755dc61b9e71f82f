"""After a meetup: which sessions still lack slides, uploads on a speaker's behalf, reminders.

Organizers and editors use it from the admin, for the events whose page they may edit. It
lives in the library because it reaches slide decks; the events app never imports us.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import EventPage, Session, SessionSpeaker, SlidesReminder
from community.notifications import absolute
from community.tasks import send_email

from . import services
from .models import SlideDeckPage

# A speaker hears from the organizers about their slides at most once a day.
REMINDER_PAUSE = timedelta(hours=24)


def can_collect(user, event):
    """Whether this user follows the slides of an event: whoever may edit its page."""
    return event.permissions_for_user(user).can_edit()


def talks(event):
    """An event's sessions that can have slides (not the breaks), in programme order."""
    return (
        Session.objects.filter(event=event)
        .exclude(format=Session.Format.BREAK)
        .order_by("day", "starts_at", "room", "pk")
    )


@dataclass
class EventProgress:
    event: EventPage
    sessions: int
    with_slides: int


def events_to_collect(user):
    """The events this user may collect slides for, newest first, with how far each has got.

    Three queries, plus Wagtail's permission lookups, whatever the number of events.
    """
    events = [
        event
        for event in EventPage.objects.order_by("-starts_on", "-pk")
        if can_collect(user, event)
    ]
    talk_filter = ~Q(format=Session.Format.BREAK)
    totals = dict(
        Session.objects.filter(talk_filter, event__in=events)
        .values("event_id")
        .annotate(count=Count("pk"))
        .values_list("event_id", "count")
    )
    collected = dict(
        SlideDeckPage.objects.filter(
            removed_at__isnull=True, session__event__in=events, session__isnull=False
        )
        .exclude(session__format=Session.Format.BREAK)
        .values("session__event_id")
        .annotate(count=Count("session_id", distinct=True))
        .values_list("session__event_id", "count")
    )
    return [
        EventProgress(event, totals.get(event.pk, 0), collected.get(event.pk, 0))
        for event in events
    ]


@dataclass
class SpeakerRow:
    speaker: SessionSpeaker
    last_reminded_at: object = None

    @property
    def profile(self):
        return self.speaker.profile

    @property
    def email(self):
        """Where a reminder goes: a member's active account, never a guest (no address)."""
        profile = self.speaker.profile
        if profile is None or not profile.user.is_active:
            return ""
        return profile.user.email


@dataclass
class SessionRow:
    session: Session
    speakers: list
    decks: list  # (deck, DeckStatus), every deck not deleted, whatever its review state

    @property
    def has_slides(self):
        return bool(self.decks)


@dataclass
class Collection:
    event: EventPage
    rows: list
    unlinked_decks: list  # given at the event, without a session: to link by their owners

    @property
    def with_slides(self):
        return sum(1 for row in self.rows if row.has_slides)

    @property
    def without_slides(self):
        return [row for row in self.rows if not row.has_slides]


def collection(event):
    """The talks of an event with their speakers, their slides (with their state) and when
    each speaker was last reminded. A fixed number of queries whatever the programme."""
    sessions = list(
        talks(event).prefetch_related("speakers__profile__user").select_related("event")
    )
    decks = (
        SlideDeckPage.objects.filter(Q(session__event=event) | Q(event=event))
        .filter(removed_at__isnull=True)
        .select_related("owner__profile")
        .prefetch_workflow_states()
        .order_by("title", "pk")
    )
    decks_by_session = {}
    for deck in decks:
        decks_by_session.setdefault(deck.session_id, []).append((deck, services.deck_status(deck)))
    reminded = {
        (row["session_id"], row["profile_id"]): row["last"]
        for row in SlidesReminder.objects.filter(session__event=event)
        .values("session_id", "profile_id")
        .annotate(last=Max("sent_at"))
    }
    rows = [
        SessionRow(
            session=session,
            speakers=[
                SpeakerRow(speaker, reminded.get((session.pk, speaker.profile_id)))
                for speaker in session.speakers.all()
            ],
            decks=decks_by_session.get(session.pk, []),
        )
        for session in sessions
    ]
    return Collection(event=event, rows=rows, unlinked_decks=decks_by_session.get(None, []))


@dataclass
class Recipient:
    """A member speaker who will get one email about all their talks still without slides."""

    profile: object
    email: str
    sessions: list = field(default_factory=list)
    last_reminded_at: object = None

    @property
    def can_remind_after(self):
        return self.last_reminded_at and self.last_reminded_at + REMINDER_PAUSE


@dataclass
class ReminderPlan:
    recipients: list  # will get an email now
    waiting: list  # reminded less than 24 hours ago
    without_email: list  # (name, session): guests without an account, closed accounts


def reminder_plan(event, now=None, collected=None):
    """Who a reminder would reach now, who was reminded too recently, who has no address."""
    now = now or timezone.now()
    collected = collected or collection(event)
    members, without_email = {}, []
    for row in collected.without_slides:
        for speaker in row.speakers:
            if not speaker.email:
                without_email.append((speaker.speaker.display_name, row.session))
                continue
            recipient = members.setdefault(
                speaker.profile.pk, Recipient(speaker.profile, speaker.email)
            )
            recipient.sessions.append(row.session)
            if speaker.last_reminded_at and (
                recipient.last_reminded_at is None
                or speaker.last_reminded_at > recipient.last_reminded_at
            ):
                recipient.last_reminded_at = speaker.last_reminded_at
    recipients = sorted(members.values(), key=lambda item: item.profile.sort_name)
    return ReminderPlan(
        recipients=[
            item
            for item in recipients
            if not item.last_reminded_at or now - item.last_reminded_at >= REMINDER_PAUSE
        ],
        waiting=[
            item
            for item in recipients
            if item.last_reminded_at and now - item.last_reminded_at < REMINDER_PAUSE
        ],
        without_email=without_email,
    )


def upload_link(session):
    """The upload form with the session already chosen, as the reminder email gives it."""
    return absolute(f"{reverse('resources:upload_deck')}?session={session.pk}")


@transaction.atomic
def send_reminders(event, sender, now=None):
    """Email every member speaker of a talk without slides who was not reminded in the last
    24 hours, once each, and record it. The emails leave from the task worker after commit."""
    # Two organizers pressing the button at once must not both send: the second waits here,
    # then finds the reminders the first one recorded.
    list(Session.objects.select_for_update().filter(event=event).values_list("pk", flat=True))
    now = now or timezone.now()
    plan = reminder_plan(event, now)
    sender_name = getattr(getattr(sender, "profile", None), "name", "") or sender.get_full_name()
    for recipient in plan.recipients:
        SlidesReminder.objects.bulk_create(
            SlidesReminder(session=session, profile=recipient.profile, sent_by=sender, sent_at=now)
            for session in recipient.sessions
        )
        context = {
            "name": recipient.profile.name,
            "event": event,
            "talks": [
                {"session": session, "upload_url": upload_link(session)}
                for session in recipient.sessions
            ],
            "sender_name": sender_name,
            "uploads_url": absolute(reverse("resources:my_uploads")),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = render_to_string("resources/email/slides_reminder_subject.txt", context).strip()
        transaction.on_commit(
            partial(
                send_email.enqueue,
                subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
                body=render_to_string("resources/email/slides_reminder.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[recipient.email],
            )
        )
    return plan


def uploader_for(session, organizer):
    """Whose deck an upload on a speaker's behalf becomes, and who is credited beside them.

    The first speaker with an active account owns it, so that it is theirs to follow and edit;
    the other member speakers are its co-speakers. A session given only by guests has nobody
    to own it: the organizer does, and the session link credits the guests.
    """
    members = [
        speaker.profile
        for speaker in session.speakers.select_related("profile__user")
        if speaker.profile_id
        and speaker.profile.user.is_active
        and not speaker.profile.is_suspended
    ]
    if not members:
        return organizer, []
    return members[0].user, members[1:]


def guest_credit(session):
    """A line that names a session's guest speakers, for the description of their slides:
    guests have no profile that the deck could list among its speakers."""
    speakers = list(session.speakers.all())
    guests = []
    for speaker in speakers:
        if speaker.profile_id:
            continue
        details = ", ".join(part for part in (speaker.role, speaker.organisation) if part)
        guests.append(f"{speaker.name} ({details})" if details else speaker.name)
    if not guests:
        return ""
    names = ", ".join(guests)
    if len(guests) < len(speakers):
        return _("With %(names)s.") % {"names": names}
    return _("Given by %(names)s.") % {"names": names}


def upload_on_behalf(*, organizer, session, upload, **details):
    """Add slides to the library for a session's speaker; they go through the usual review
    (published at once for a trusted speaker) and show next to the session."""
    owner, co_speakers = uploader_for(session, organizer)
    deck = services.upload_deck(
        owner=owner,
        upload=upload,
        event=session.event,
        session=session,
        speakers=co_speakers,
        **details,
    )
    return deck
