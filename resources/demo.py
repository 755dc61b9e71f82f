"""Demo slide decks for `seed_demo`: real PDF and PPTX files, uploaded through the same service as
members' uploads and processed by the task worker."""

import tempfile
from pathlib import Path

from django.core.files import File

from community.models import Profile

from . import services
from .demo_files import make_odp, make_pdf, make_pptx
from .models import SlideDeckPage

# (title, speaker, language, file kind, tags, description, slides: (title, lines, speaker notes))
DECKS = [
    (
        "Going live on Instagram with one phone",
        "Giulia Romano",
        "en",
        "pptx",
        ["instagram", "live streaming", "social media"],
        "How a small team at the Museo Egizio runs a weekly live tour with a phone, a gimbal and a moderator.",
        [
            (
                "Going live on Instagram with one phone",
                ["Museo Egizio, Turin", "Weekly live tours since 2021"],
                "Introduce the team of two.",
            ),
            (
                "The kit",
                ["Phone on a gimbal", "Clip-on microphone", "A second phone to read comments"],
                "Total cost under 400 euros.",
            ),
            (
                "Before the live",
                [
                    "Rehearse the route",
                    "Check the signal in every room",
                    "Announce it 48 hours before",
                ],
                "",
            ),
            (
                "During the live",
                [
                    "One host, one moderator",
                    "Answer questions every five minutes",
                    "Pin the ticket link",
                ],
                "The moderator matters more than the host.",
            ),
            (
                "What we measured",
                ["Peak viewers: 340", "Replays in a week: 2,100", "Follows during the live: 120"],
                "Replays matter more than live viewers.",
            ),
            (
                "Lessons learned",
                ["Start on time", "Keep it under 30 minutes", "Save the live to the feed"],
                "",
            ),
        ],
    ),
    (
        "An editorial charter for social media",
        "Camille Moreau",
        "en",
        "pdf",
        ["social media", "editorial charter", "community management"],
        "Why a one-page charter helped a museum team of six speak with one voice on five platforms.",
        [
            ("An editorial charter for social media", ["Musée des Beaux-Arts de Lyon"], ""),
            ("The problem", ["Six people posting", "Five platforms", "No shared tone"], ""),
            (
                "One page, four parts",
                ["Who we talk to", "How we sound", "What we never post", "Who answers what"],
                "",
            ),
            (
                "Tone of voice",
                ["Curious, not academic", "Warm, not familiar", "Short sentences"],
                "",
            ),
            (
                "Moderation rules",
                ["Answer within a day", "Hide insults, never critics", "Escalate press questions"],
                "",
            ),
            (
                "A year later",
                ["Fewer corrections", "Faster answers", "New colleagues onboard in a day"],
                "",
            ),
        ],
    ),
    (
        "Open access images: what changed after the release",
        "Pieter de Vries",
        "en",
        "pdf",
        ["open access", "collections online", "licensing"],
        "Releasing 40,000 images under CC0: the preparation, the press, and what people actually did with them.",
        [
            ("Open access images: what changed after the release", ["Rijksmuseum Twenthe"], ""),
            (
                "The decision",
                ["40,000 images", "CC0 for public domain works", "No registration to download"],
                "",
            ),
            (
                "Preparation",
                ["Rights review: 8 months", "Image quality checks", "A clear download button"],
                "",
            ),
            (
                "What people did",
                ["Wikipedia articles", "Teaching materials", "Textile prints and tattoos"],
                "",
            ),
            ("Numbers", ["Downloads in a year: 180,000", "Visits to collection online: +65%"], ""),
        ],
    ),
    (
        "Accessible video for museums on a small budget",
        "Inês Carvalho",
        "en",
        "pptx",
        ["accessibility", "video", "audiences"],
        "Subtitles, audio description and sign language for museum videos, done in-house.",
        [
            ("Accessible video on a small budget", ["Museu Nacional de Arte Antiga"], ""),
            (
                "Start with subtitles",
                ["Write them, do not only auto-generate", "Two lines, 42 characters"],
                "Automatic captions are a first draft.",
            ),
            (
                "Audio description",
                ["Describe what matters, not everything", "Record it with the curator"],
                "",
            ),
            ("Sign language", ["Partner with a deaf association", "Film in one session"], ""),
            ("Checklist", ["Captions", "Transcript", "Contrast", "No flashing"], ""),
        ],
    ),
    (
        "Une charte pour les réseaux sociaux des petits musées",
        "Sophie Martin",
        "fr",
        "pdf",
        ["social media", "small museums", "digital strategy"],
        "Comment un musée de trois salariés organise sa présence en ligne sans y passer ses journées.",
        [
            (
                "Les réseaux sociaux d'un petit musée",
                ["Musée de la Chemiserie, Argenton-sur-Creuse"],
                "",
            ),
            ("Nos moyens", ["Trois salariés", "Deux heures par semaine", "Un téléphone"], ""),
            (
                "Choisir ses réseaux",
                ["Facebook pour les habitants", "Instagram pour les visiteurs"],
                "",
            ),
            (
                "Un calendrier simple",
                ["Un post le mardi", "Une story le samedi", "Les événements en plus"],
                "",
            ),
            ("Ce qui marche", ["Les coulisses", "Les objets mystères", "Les bénévoles"], ""),
        ],
    ),
    (
        "Linked open data for a regional museum",
        "Lukas Becker",
        "en",
        "odp",
        ["linked open data", "collections online", "wikidata"],
        "Connecting 12,000 object records to Wikidata and what it brought to search and research.",
        [
            ("Linked open data for a regional museum", ["Landesmuseum Württemberg"], ""),
            (
                "Why link?",
                ["Shared identifiers", "Richer search", "Visibility beyond our site"],
                "",
            ),
            (
                "What we linked",
                ["Makers", "Places", "Materials"],
                "Start with makers: the best return.",
            ),
            ("Tools", ["OpenRefine", "Wikidata QuickStatements", "Our own SPARQL queries"], ""),
            ("Results", ["8,400 makers matched", "Search by place in three languages"], ""),
        ],
    ),
    (
        "Audience research with ten visitor interviews",
        "Siobhán Byrne",
        "en",
        "pdf",
        ["audience research", "user experience", "digital strategy"],
        "Ten interviews changed the museum website more than a year of analytics did.",
        [
            ("Audience research with ten interviews", ["National Museum of Ireland"], ""),
            ("Why interviews", ["Analytics say what", "Interviews say why"], ""),
            (
                "How we recruited",
                ["At the café", "A voucher as thanks", "Ten people, five profiles"],
                "",
            ),
            (
                "What we heard",
                [
                    "Opening hours first",
                    "Accessibility before exhibitions",
                    "Nobody reads the news page",
                ],
                "",
            ),
            ("What we changed", ["A visit page", "Fewer menus", "Plain words"], ""),
        ],
    ),
    (
        "Augmented reality in the galleries: a pilot",
        "Eero Virtanen",
        "en",
        "pptx",
        ["augmented reality", "in-gallery digital", "visitor experience"],
        "A three-month AR pilot: what visitors used, what they ignored, and what it cost.",
        [
            ("Augmented reality in the galleries", ["Helsinki City Museum"], ""),
            ("The pilot", ["Three months", "Four objects", "Visitors' own phones"], ""),
            ("What worked", ["Seeing a lost building in place", "Short: under a minute"], ""),
            (
                "What did not",
                ["Downloading an app", "Long texts on screen"],
                "Web AR instead of an app next time.",
            ),
            ("Costs", ["Production: 28,000 euros", "Maintenance: 2 days a month"], ""),
        ],
    ),
]


def seed_decks():
    """Upload the demo decks as their speakers (trusted, so they publish once processed)."""
    added = 0
    with tempfile.TemporaryDirectory(prefix="vitrine-demo-") as folder:
        for title, speaker, language, kind, tags, description, slides in DECKS:
            if SlideDeckPage.objects.filter(title=title).exists():
                continue
            profile = Profile.objects.filter(display_name=speaker).select_related("user").first()
            if profile is None:
                continue
            profile.is_trusted = True
            profile.save(update_fields=["is_trusted"])
            path = write_file(Path(folder), kind, slides)
            with open(path, "rb") as upload:
                services.upload_deck(
                    owner=profile.user,
                    upload=File(upload, name=path.name),
                    title=title,
                    description=description,
                    tags=tags,
                    language=language,
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


INSTITUTIONS = {
    "Museo Egizio": ("Turin", "IT", "archaeology", "large", "Q1137488"),
    "Rijksmuseum Twenthe": ("Enschede", "NL", "art", "medium", ""),
    "National Museum of Ireland": ("Dublin", "IE", "history", "national", ""),
    "Helsinki City Museum": ("Helsinki", "FI", "local", "medium", ""),
    "Musée des Beaux-Arts de Lyon": ("Lyon", "FR", "art", "large", ""),
    "Muzeum Warszawy": ("Warsaw", "PL", "history", "large", ""),
}


def section(kind, text):
    return ("section", {"kind": kind, "heading": "", "text": text})


# (title, institution, author, years, status, audience, budget, tags, related deck, summary, story)
# (title, institution, author, language, years, status, audience, budget, tags, related deck,
#  summary, story)
CASE_STUDIES = [
    (
        "A weekly Instagram live tour, run by two people",
        "Museo Egizio",
        "Giulia Romano",
        "en",
        (2021, None),
        "running",
        "Followers abroad, families",
        "under-5k",
        ["instagram", "live streaming", "social media"],
        "Going live on Instagram with one phone",
        "During the closures of 2021 the museum started a weekly live tour on Instagram. It still runs, with two people and one phone.",
        [
            section(
                "context", "<p>The galleries were closed and our audience was mostly abroad.</p>"
            ),
            section(
                "approach",
                "<p>A host walks, a moderator reads the chat. Every tour follows one object.</p>",
            ),
            section("results", "<p>Replays reach six times more people than the live itself.</p>"),
            section(
                "lessons", "<ul><li>Rehearse the route.</li><li>Pin the ticket link.</li></ul>"
            ),
        ],
    ),
    (
        "Releasing 40,000 images under CC0",
        "Rijksmuseum Twenthe",
        "Pieter de Vries",
        "en",
        (2022, 2023),
        "finished",
        "Researchers, teachers, designers",
        "25k-100k",
        ["open access", "collections online", "licensing"],
        "Open access images: what changed after the release",
        "A rights review, an image quality pass and a download button: how a regional museum opened its public domain images.",
        [
            section("challenge", "<p>Rights information was scattered over three systems.</p>"),
            section(
                "approach",
                "<p>Eight months of rights review, then a release without registration.</p>",
            ),
            section(
                "results", "<p>180,000 downloads in a year; collection visits up by two thirds.</p>"
            ),
            section(
                "budget", "<p>One rights specialist for eight months, one developer for two.</p>"
            ),
        ],
    ),
    (
        "Ten visitor interviews that rebuilt a website",
        "National Museum of Ireland",
        "Siobhán Byrne",
        "en",
        (2023, 2023),
        "finished",
        "First-time visitors",
        "none",
        ["audience research", "user experience", "digital strategy"],
        "Audience research with ten visitor interviews",
        "Instead of another survey, ten conversations at the café. What we heard reordered the whole website.",
        [
            section(
                "approach",
                "<p>Ten interviews of twenty minutes, recruited at the café with a voucher.</p>",
            ),
            section("results", "<p>A new visit page, half the menus, plain words.</p>"),
            section("lessons", "<p>Opening hours and access matter before exhibitions do.</p>"),
        ],
    ),
    (
        "Augmented reality on visitors' own phones",
        "Helsinki City Museum",
        "Eero Virtanen",
        "en",
        (2024, 2024),
        "stopped",
        "Adults, tourists",
        "25k-100k",
        ["augmented reality", "in-gallery digital", "visitor experience"],
        "Augmented reality in the galleries: a pilot",
        "A three-month pilot showed lost buildings in place. Visitors loved the short moments and refused to download an app.",
        [
            section(
                "approach", "<p>Four objects, a printed code next to each, an app to download.</p>"
            ),
            section(
                "results", "<p>One visitor in twenty tried it. Those who did stayed longer.</p>"
            ),
            section("lessons", "<p>Next time: web AR, no app, under a minute.</p>"),
        ],
    ),
    (
        "Une charte éditoriale partagée par six personnes",
        "Musée des Beaux-Arts de Lyon",
        "Camille Moreau",
        "fr",
        (2020, 2021),
        "finished",
        "Abonnés des réseaux sociaux",
        "none",
        ["social media", "editorial charter", "community management"],
        "An editorial charter for social media",
        "Une page pour accorder le ton de six personnes sur cinq réseaux, et les règles de modération qui vont avec.",
        [
            section("context", "<p>Six personnes publiaient sans règles communes.</p>"),
            section("approach", "<p>Une charte d'une page, écrite ensemble en deux ateliers.</p>"),
            section("results", "<p>Moins de corrections, des réponses plus rapides.</p>"),
        ],
    ),
]


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
            decks=SlideDeckPage.objects.filter(title=deck_title),
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
