"""Demo slide decks and case studies for `seed_demo`: real PDF, PPTX and ODP files, uploaded through
the same service as members' uploads and processed by the task worker. The content is in
`demo_content`."""

import tempfile
from pathlib import Path

from django.core.files import File

from community.models import Profile, Session

from . import services
from .demo_content import CASE_STUDIES, DECKS, INSTITUTIONS
from .demo_files import make_odp, make_pdf, make_pptx
from .models import SlideDeckPage


def deck_talks():
    """The talks these decks were given at, for the demo events: (year, format, title, speaker,
    abstract)."""
    return [
        (year, session_format, title, speaker, description)
        for title, speaker, _language, _kind, _tags, description, year, session_format, _slides in DECKS
    ]


def deck_slide_titles():
    """The titles of each demo deck's slides, by deck title, for the demo discussions: a deck's
    page learns its slides only once the task worker has processed it."""
    return {title: [slide[0] for slide in slides] for title, *_details, slides in DECKS}


def seed_decks():
    """Upload the demo decks as their speakers (trusted, so they publish once processed), each
    linked to the session of the demo events where it was given."""
    added = 0
    with tempfile.TemporaryDirectory(prefix="vitrine-demo-") as folder:
        for title, speaker, language, kind, tags, description, _year, _format, slides in DECKS:
            if SlideDeckPage.objects.filter(title=title).exists():
                continue
            profile = Profile.objects.filter(display_name=speaker).select_related("user").first()
            if profile is None:
                continue
            profile.is_trusted = True
            profile.save(update_fields=["is_trusted"])
            session = (
                Session.objects.filter(title=title, event__live=True)
                .select_related("event")
                .first()
            )
            path = write_file(Path(folder), kind, slides)
            with open(path, "rb") as upload:
                services.upload_deck(
                    owner=profile.user,
                    upload=File(upload, name=path.name),
                    title=title,
                    description=description,
                    tags=tags,
                    language=language,
                    event=session.event if session else None,
                    session=session,
                )
            added += 1
    return added


def write_file(folder, kind, slides):
    path = folder / f"deck.{kind}"
    if kind == "pdf":
        return make_pdf(path, [(title, lines) for title, lines, _notes in slides])
    if kind == "odp":
        return make_odp(path, slides)
    return make_pptx(path, slides)


def delete_demo_decks():
    titles = [deck[0] for deck in DECKS]
    count = 0
    for deck in SlideDeckPage.objects.filter(title__in=titles):
        deck.delete()
        count += 1
    return count


def seed_case_studies():
    """The demo case studies, published and linked to the demo slides they talk about."""
    from .models import CaseStudyPage, Institution

    added = 0
    for (
        title,
        museum,
        author,
        language,
        years,
        status,
        audience,
        budget,
        tags,
        deck_title,
        summary,
        story,
    ) in CASE_STUDIES:
        if CaseStudyPage.objects.filter(title=title).exists():
            continue
        city, country, kind, size, wikidata_id = INSTITUTIONS[museum]
        institution, _ = Institution.objects.get_or_create(
            name=museum,
            defaults={
                "city": city,
                "country": country,
                "kind": kind,
                "size": size,
                "wikidata_id": wikidata_id,
            },
        )
        profile = Profile.objects.filter(display_name=author).first()
        services.create_case_study(
            title=title,
            summary=summary,
            institution=institution,
            year_start=years[0],
            year_end=years[1],
            project_status=status,
            audience=audience,
            budget=budget,
            body=story,
            language=language,
            authors=[{"profile": profile} if profile else {"name": author}],
            tags=tags,
            decks=SlideDeckPage.objects.filter(title=deck_title) if deck_title else [],
            publish=True,
        )
        added += 1
    return added


def delete_demo_case_studies():
    from .models import CaseStudyPage

    titles = [case[0] for case in CASE_STUDIES]
    pages = list(CaseStudyPage.objects.filter(title__in=titles))
    for page in pages:
        page.delete()
    return len(pages)
