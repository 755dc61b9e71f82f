import datetime

from community.models import EventIndexPage, EventPage, Session, SessionSpeaker


def event(*, title="Vitrine Lisbon 2026", live=True, sessions=(), **fields):
    """An edition under /events/, with its sessions: (title, day offset, start, end, speakers).

    Published unless live=False, through a revision as in the admin.
    """
    starts_on = fields.pop("starts_on", datetime.date(2026, 5, 14))
    page = EventPage(
        title=title,
        edition_year=fields.pop("edition_year", starts_on.year),
        starts_on=starts_on,
        ends_on=fields.pop("ends_on", starts_on + datetime.timedelta(days=1)),
        city=fields.pop("city", "Lisbon"),
        country=fields.pop("country", "PT"),
        time_zone=fields.pop("time_zone", "Europe/Lisbon"),
        live=False,
        **fields,
    )
    page.sessions = [session(page, *item) for item in sessions]
    EventIndexPage.objects.get().add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


def session(event, title, day=0, starts="10:00", ends="10:30", speakers=(), **fields):
    """A session of an event (not saved): speakers are profiles or (name, role, organisation)."""
    item = Session(
        title=title,
        day=event.starts_on + datetime.timedelta(days=day),
        starts_at=datetime.time.fromisoformat(starts),
        ends_at=datetime.time.fromisoformat(ends),
        **fields,
    )
    item.speakers = [
        SessionSpeaker(name=speaker[0], role=speaker[1], organisation=speaker[2])
        if isinstance(speaker, tuple)
        else SessionSpeaker(profile=speaker)
        for speaker in speakers
    ]
    return item
