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
