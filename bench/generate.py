"""Build a large network for the search and performance benchmarks: `make bench-data`.

DATABASE_URL picks the database (default sqlite:////tmp/bench/vitrine.sqlite3). It must be
empty: the script migrates it, then writes, in bulk, 300 tags, 5,000 members with profiles,
200 events with their programmes, 3,000 slide decks with 60,000 slides, 10,000 case studies
and 20,000 comments, all published as the site publishes them (live pages, decks processed).
SCALE=0.1 builds a tenth of everything.

Slides are stored as the pipeline stores them (resources.services.store_slides), without
running it: a handful of real JPEG files are written once and hard-linked under every deck's
folder with the pipeline's names. MEDIA_ROOT and PRIVATE_MEDIA_ROOT default to folders next
to the database, so that the benchmark never writes into var/.

Prints the time of every step; asserts nothing. Text is drawn from the demo content's
vocabulary (resources/demo_content.py, community/demo_*.py) with a fixed seed.
"""

import datetime
import io
import itertools
import math
import os
import random
import shutil
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench/vitrine.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def default_file_roots():
    """Media folders named after the database, next to it (or under /tmp/bench)."""
    import dj_database_url

    database = dj_database_url.parse(os.environ["DATABASE_URL"])
    if database["ENGINE"].endswith("sqlite3"):
        path = Path(database["NAME"])
        path.parent.mkdir(parents=True, exist_ok=True)
        base = path.with_suffix("")
    else:
        base = Path("/tmp/bench") / database["NAME"]  # noqa: S108 -- a benchmark's scratch folder
    os.environ.setdefault("MEDIA_ROOT", f"{base}-media")
    os.environ.setdefault("PRIVATE_MEDIA_ROOT", f"{base}-private")


default_file_roots()

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command, get_commands  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import F, QuerySet  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.html import escape  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from faker import Faker  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.users.models import UserProfile  # noqa: E402

from community import demo_comments, demo_events, demo_members  # noqa: E402
from community.demo import write_bio  # noqa: E402
from community.formatting import render  # noqa: E402
from community.models import (  # noqa: E402
    Comment,
    EventIndexPage,
    EventPage,
    EventPartner,
    EventTag,
    Profile,
    ProfileExpertise,
    ProfileLink,
    Session,
    SessionSpeaker,
    User,
)
from community.models.members import folded  # noqa: E402
from resources import demo_content  # noqa: E402
from resources.demo_files import make_odp, make_pdf, make_pptx  # noqa: E402
from resources.models import (  # noqa: E402
    CaseStudyAuthor,
    CaseStudyPage,
    CaseStudyTag,
    Institution,
    LibraryIndexPage,
    Slide,
    SlideDeckPage,
    SlideDeckTag,
)
from resources.models.choices import ProcessingState  # noqa: E402

SEED = 20261202
SCALE = float(os.environ.get("SCALE", 1))


def scaled(count):
    return max(1, round(count * SCALE))


CASE_STUDIES = scaled(10_000)
DECKS = scaled(3_000)
SLIDES = scaled(60_000)
MEMBERS = scaled(5_000)
EVENTS = scaled(200)
COMMENTS = scaled(20_000)
TAGS = 300
INSTITUTIONS = 500
BATCH = 1000
NOW = timezone.now()
TODAY = NOW.date()

# Shares of the members' profiles: the rest is public.
MEMBERS_ONLY_SHARE, HIDDEN_SHARE = 0.10, 0.03
FRENCH_SHARE = 0.15  # case studies and decks written in French
OTHER_LANGUAGE_SHARE = 0.04  # in German, Spanish, Italian or Dutch (text still English here)

rng = random.Random(SEED)  # noqa: S311 -- repeatable data, not secrets


# Progress and timing ----------------------------------------------------------------------


class Progress:
    """A progress bar on standard error (tqdm is not a dependency)."""

    def __init__(self, label, total):
        self.label, self.total, self.done, self.shown = label, max(total, 1), 0, 0.0

    def update(self, count=1):
        self.done += count
        now = time.monotonic()
        if now - self.shown > 0.25 or self.done >= self.total:
            self.shown = now
            filled = int(30 * min(self.done / self.total, 1))
            sys.stderr.write(
                f"\r  {self.label:<24} [{'#' * filled}{'.' * (30 - filled)}] "
                f"{self.done:>7,}/{self.total:,}"
            )
            sys.stderr.flush()

    def close(self):
        sys.stderr.write("\n")
        sys.stderr.flush()


TIMINGS = []


@contextmanager
def step(label):
    started = time.perf_counter()
    print(f"{label}...", flush=True)
    yield
    elapsed = time.perf_counter() - started
    TIMINGS.append((label, elapsed))
    print(f"  {label}: {elapsed:.1f} s", flush=True)


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def bulk(model, objects, progress=None, size=BATCH):
    """bulk_create in batches, with the primary keys set on the objects."""
    created = []
    for chunk in chunks(objects, size):
        created += model.objects.bulk_create(chunk)
        if progress:
            progress.update(len(chunk))
    return created


@contextmanager
def dates_as_given(*fields):
    """Let bulk_create keep the dates we give to auto_now_add fields (a member joined years ago)."""
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def new_uuid():
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def moment(day, hour_from=8, hour_to=19):
    """An aware datetime on a day, never in the future."""
    value = datetime.datetime.combine(
        day,
        datetime.time(rng.randint(hour_from, hour_to - 1), rng.randint(0, 59)),
        tzinfo=datetime.UTC,
    )
    return min(value, NOW - datetime.timedelta(minutes=rng.randint(5, 600)))


def random_day(first, last):
    return first + datetime.timedelta(days=rng.randint(0, max((last - first).days, 0)))


def capitalised(text):
    return text[:1].upper() + text[1:]


ZIPF = {}


def zipf_pick(items, exponent=1.05):
    """An item of the list, the first ones far more often (as tags are used)."""
    key = (id(items), len(items), exponent)
    if key not in ZIPF:
        ZIPF[key] = list(
            itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(len(items)))
        )
    return rng.choices(items, cum_weights=ZIPF[key])[0]


# Vocabulary -------------------------------------------------------------------------------


class Topic:
    """A subject of the field: how titles name it, its tags, and lines its slides say."""

    def __init__(self, key, *, en, fr, tags, lines, lines_fr):
        self.key, self.en, self.fr, self.tags = key, en, fr, tags
        self.lines, self.lines_fr = lines, lines_fr


TOPICS = [
    Topic(
        "social",
        en=["an Instagram routine", "a TikTok channel", "a Facebook group for local history",
            "a social media calendar", "an editorial charter for social media",
            "a Mastodon account for the collection", "Instagram Stories with the curators",
            "community management on five platforms", "a WhatsApp channel for members"],
        fr=["une chaîne TikTok", "un compte Instagram à trois", "une charte éditoriale pour les réseaux sociaux",
            "un groupe Facebook d'habitants", "le calendrier des réseaux sociaux",
            "les stories Instagram avec les conservateurs"],
        tags=["social media", "instagram", "tiktok", "community management", "editorial charter"],
        lines=["Post three times a week on Instagram", "TikTok: vertical video, under 40 seconds",
               "Reply to every comment within a day", "Five hashtags at most",
               "Saves and shares matter more than likes", "Instagram Stories every day of the exhibition",
               "Our best TikTok: a conservator at work", "Alt text on every Instagram post",
               "Facebook for locals, Instagram for visitors", "One calendar for every platform"],
        lines_fr=["Trois publications par semaine sur Instagram", "TikTok : des vidéos verticales de moins de 40 secondes",
                  "Répondre à chaque commentaire dans la journée", "Les enregistrements comptent plus que les likes",
                  "Une story Instagram par jour pendant l'exposition", "Facebook pour les habitants, Instagram pour les visiteurs"],
    ),
    Topic(
        "live",
        en=["live tours on Instagram", "a live stream from the galleries", "weekly live tours with one phone",
            "live Q&A sessions with curators", "a live-streamed lecture series", "YouTube live events"],
        fr=["des visites en direct sur Instagram", "un direct depuis les salles", "des conférences en direct",
            "des questions en direct aux conservateurs"],
        tags=["live streaming", "instagram", "video"],
        lines=["Go live every Thursday at 18:00", "One host, one moderator for the live chat",
               "Test the signal in every room before the live", "Replays reach six times more people than the live",
               "Live on Instagram, then saved to the feed", "Kit: phone, gimbal, clip-on microphone",
               "Peak viewers during the live: 340"],
        lines_fr=["Un direct chaque jeudi à 18 h", "Un animateur, un modérateur pour le chat en direct",
                  "Le replay touche six fois plus de monde que le direct", "Matériel : un téléphone, une perche, un micro-cravate"],
    ),
    Topic(
        "video",
        en=["short videos with curators", "a YouTube channel", "subtitled video for every exhibition",
            "vertical video for TikTok and Reels", "a video series from the storerooms"],
        fr=["des vidéos courtes avec les conservateurs", "une chaîne YouTube", "des vidéos sous-titrées",
            "une série vidéo tournée dans les réserves"],
        tags=["video", "short video", "tiktok", "captions"],
        lines=["Vertical video, 20 to 40 seconds", "Subtitles on every video", "A question in the first second",
               "Filmed on a phone in one take", "1.2 million views for a 31-second video",
               "No music: the sound of the brush"],
        lines_fr=["Des vidéos verticales de 20 à 40 secondes", "Des sous-titres sur chaque vidéo",
                  "Tourné au téléphone en une seule prise"],
    ),
    Topic(
        "access",
        en=["an accessibility audit of the website", "audio description for the permanent collection",
            "captions on every video", "easy-read labels", "sign language tours on video",
            "a quiet hour and a sensory map", "accessible PDFs and alt text", "tactile replicas and audio"],
        fr=["un audit d'accessibilité du site", "l'audiodescription des collections", "des cartels en FALC",
            "des visites en langue des signes", "des sous-titres pour toutes les vidéos", "une heure calme au musée"],
        tags=["accessibility", "audio description", "captions", "easy read", "sign language"],
        lines=["WCAG 2.2 AA on every page", "Audio description written with blind visitors",
               "Captions: write them, do not only auto-generate", "Alt text for 12,000 collection images",
               "Easy-read texts tested with readers", "An accessibility statement updated every year",
               "Contrast, focus order, keyboard navigation", "Accessibility before exhibitions on the visit page"],
        lines_fr=["Des textes en FALC testés avec des lecteurs", "L'audiodescription écrite avec des visiteurs aveugles",
                  "Des sous-titres sur chaque vidéo", "L'accessibilité avant les expositions sur la page visite"],
    ),
    Topic(
        "audio",
        en=["an audio guide on visitors' own phones", "a museum podcast", "an audio guide for families",
            "a web-based audio guide", "sound walks around the city", "an audio guide in eight languages"],
        fr=["un audioguide sur le téléphone des visiteurs", "un podcast du musée", "un audioguide pour les familles",
            "des balades sonores dans la ville"],
        tags=["audio guide", "podcasts", "visitor experience", "mobile"],
        lines=["Audio guide: 24 stops, 2 minutes each", "No app: the audio guide is a web page",
               "QR codes next to each object", "Podcast: 20 episodes of 30 minutes",
               "Record with the curators, not actors", "Audio guide use: 18% of visitors",
               "Audio guide transcripts for deaf visitors"],
        lines_fr=["Audioguide : 24 étapes de 2 minutes", "Pas d'application : l'audioguide est une page web",
                  "Podcast : 20 épisodes de 30 minutes", "Des QR codes à côté de chaque objet"],
    ),
    Topic(
        "collections",
        en=["the collection online", "a new collections website", "IIIF images for the whole collection",
            "digitising 20,000 objects", "open access images under CC0", "linked open data with Wikidata",
            "a collection search people actually use", "crowdsourced transcription of the archives"],
        fr=["les collections en ligne", "la numérisation de 20 000 objets", "des images en accès libre",
            "les données ouvertes et Wikidata", "la transcription participative des archives"],
        tags=["collections online", "digitisation", "open access", "linked open data", "wikidata", "iiif", "licensing"],
        lines=["40,000 images under CC0", "IIIF manifests for every object", "Collection search: three clicks to an object",
               "Wikidata: 8,400 makers matched", "Digitisation: 120 objects a day", "Download without registration",
               "Visits to the collection online up 65%", "Start with 500 well-described objects"],
        lines_fr=["40 000 images sous licence CC0", "Des manifestes IIIF pour chaque objet",
                  "Commencer par 500 œuvres bien décrites", "Les collections en ligne : +65 % de visites"],
    ),
    Topic(
        "audience",
        en=["audience research with visitor interviews", "a visitor survey on phones", "personas for the website",
            "the evaluation of a digital exhibition", "analytics dashboards for the whole team"],
        fr=["des entretiens avec les visiteurs", "une enquête des publics", "des personas pour le site web",
            "l'évaluation d'une exposition numérique"],
        tags=["audience research", "evaluation", "analytics", "user experience"],
        lines=["Ten interviews, five profiles", "Analytics say what, interviews say why",
               "Opening hours first, exhibitions later", "Survey: 1,200 answers in a month",
               "Measure what leads to visits", "A dashboard everyone reads on Monday"],
        lines_fr=["Dix entretiens, cinq profils", "Les statistiques disent quoi, les entretiens disent pourquoi",
                  "Les horaires d'abord, les expositions ensuite"],
    ),
    Topic(
        "web",
        en=["a new museum website", "the ticket page", "search engine optimisation for exhibitions",
            "a website in three languages", "a design system for the museum"],
        fr=["un nouveau site web", "la billetterie en ligne", "un site en trois langues"],
        tags=["websites", "seo", "user experience", "ticketing"],
        lines=["A visit page before anything else", "Fewer menus, plain words", "Ticket sales online: 62%",
               "Page weight under 1 MB", "Search traffic up 40% after the relaunch"],
        lines_fr=["Une page visite avant tout", "Moins de menus, des mots simples", "Billetterie en ligne : 62 % des ventes"],
    ),
    Topic(
        "immersive",
        en=["augmented reality in the galleries", "a virtual reality room", "projection mapping on the facade",
            "3D scans of the collection"],
        fr=["la réalité augmentée dans les salles", "une salle de réalité virtuelle", "la numérisation 3D des collections"],
        tags=["augmented reality", "virtual reality", "in-gallery digital", "3d"],
        lines=["Web AR instead of an app", "Seeing a lost building in place", "Short: under a minute",
               "Production: 28,000 euros", "One visitor in twenty tried it"],
        lines_fr=["La réalité augmentée sans application", "Un bâtiment disparu, revu sur place"],
    ),
    Topic(
        "games",
        en=["a museum game for teenagers", "an escape game in the galleries", "a Minecraft version of the museum",
            "a treasure hunt for families"],
        fr=["un jeu pour les adolescents", "un escape game au musée", "une chasse au trésor numérique"],
        tags=["games", "young audiences", "families"],
        lines=["Playtests with twelve teenagers", "45 minutes, four rooms, one mystery",
               "Families stayed 30 minutes longer"],
        lines_fr=["Des tests avec douze adolescents", "45 minutes, quatre salles, une énigme"],
    ),
    Topic(
        "ai",
        en=["a chatbot for visitor questions", "machine learning to tag the collection",
            "AI-generated descriptions, checked by curators", "automatic transcription of oral histories"],
        fr=["un agent conversationnel pour les visiteurs", "l'intelligence artificielle pour décrire les collections"],
        tags=["artificial intelligence", "chatbots", "ethics", "collections online"],
        lines=["Every AI description is checked by a curator", "Not for sensitive collections without experts",
               "The chatbot answers opening hours, not art history", "Transcription: 400 hours of oral history"],
        lines_fr=["Chaque description est relue par un conservateur", "Pas de collections sensibles sans experts"],
    ),
    Topic(
        "green",
        en=["the carbon footprint of the website", "a low-energy collection site", "greener digital exhibitions"],
        fr=["l'empreinte carbone du site web", "un numérique plus sobre"],
        tags=["sustainability", "websites"],
        lines=["Images in WebP: a third of the weight", "Servers on renewable energy", "Fewer videos on autoplay"],
        lines_fr=["Des images trois fois plus légères", "Moins de vidéos en lecture automatique"],
    ),
    Topic(
        "team",
        en=["a digital team of one", "digital skills for curators", "a volunteer programme online",
            "digital skills for front-of-house staff", "hiring the first digital producer"],
        fr=["une équipe numérique d'une personne", "la formation des équipes au numérique", "des bénévoles en ligne"],
        tags=["museum careers", "volunteering", "digital strategy", "small museums", "training"],
        lines=["Two hours a week, no more", "What we stop doing matters as much", "Volunteers: 40 people, 6 hours a month",
               "Ask the curators early"],
        lines_fr=["Deux heures par semaine, pas plus", "Ce que l'on arrête compte autant", "Des bénévoles : 40 personnes"],
    ),
    Topic(
        "education",
        en=["online workshops for schools", "digital resources for teachers", "a museum club for teenagers",
            "family activities at home"],
        fr=["des ateliers en ligne pour les scolaires", "des ressources pour les enseignants", "un club ado au musée"],
        tags=["education", "schools", "young audiences", "families"],
        lines=["120 classes online in a year", "Teachers asked for printable sheets", "Teenagers chose the objects"],
        lines_fr=["120 classes en ligne en un an", "Les adolescents ont choisi les objets"],
    ),
    Topic(
        "crm",
        en=["a newsletter people open", "CRM and membership data", "email campaigns for members",
            "one ticketing system for three sites"],
        fr=["une lettre d'information", "la relation avec les adhérents", "une billetterie pour trois sites"],
        tags=["newsletters", "crm", "ticketing", "membership"],
        lines=["Newsletter: 22,000 subscribers", "Open rate: 48%", "One channel we own: the newsletter",
               "Ticket clicks from email: 9% of sales"],
        lines_fr=["Lettre d'information : 22 000 abonnés", "Taux d'ouverture : 48 %"],
    ),
    Topic(
        "story",
        en=["digital storytelling about one object", "an online exhibition", "stories from the storerooms",
            "oral histories online"],
        fr=["une exposition en ligne", "des récits autour d'un objet", "la mémoire orale en ligne"],
        tags=["digital storytelling", "online exhibitions", "oral history"],
        lines=["Every object has a first sentence", "Stories from the storerooms, one a week",
               "Oral histories: 60 interviews online"],
        lines_fr=["Chaque objet a une première phrase", "Une histoire des réserves chaque semaine"],
    ),
]  # fmt: skip

VERBS = ["Launching", "Rethinking", "Measuring", "Testing", "Building", "Running", "Scaling up",
         "Evaluating", "Relaunching", "Designing", "Piloting", "Funding", "Sustaining",
         "Co-creating", "Improving", "Starting", "Opening up", "Rebuilding"]  # fmt: skip
VERBS_FR = ["Lancer", "Repenser", "Mesurer", "Tester", "Construire", "Animer", "Évaluer",
            "Financer", "Co-construire", "Améliorer", "Relancer"]  # fmt: skip
CONTEXTS = ["at {institution}", "in a small museum", "with volunteers", "on a shoestring",
            "for families", "for teenagers", "with no budget", "after the closures", "in {city}",
            "across {n} museums", "with the curators", "for visitors with low vision",
            "in three languages", "in six months", "with a team of two", "", ""]  # fmt: skip
CONTEXTS_FR = ["au {institution}", "dans un petit musée", "avec des bénévoles", "sans budget",
               "pour les familles", "pour les adolescents", "après les fermetures", "à {city}",
               "avec les conservateurs", "en six mois", "à deux", ""]  # fmt: skip
ENDINGS = ["what worked and what did not", "lessons from the first year", "a practical guide",
           "the numbers", "costs, team and results", "five years on", "a case study"]  # fmt: skip
ENDINGS_FR = ["bilan après deux ans", "ce qui a marché", "retour d'expérience", "les chiffres"]
SUMMARY_OPENERS = [
    "{institution} started {obj} in {year}.",
    "In {year}, {institution} tried {obj} {ctx}.",
    "A small team at {institution} ran {obj} for {n} months.",
    "How {institution} in {city} approached {obj}, and what came of it.",
]
SUMMARY_OPENERS_FR = [
    "Le {institution} a lancé {obj} en {year}.",
    "En {year}, une petite équipe à {city} a essayé {obj}.",
    "Comment le {institution} a construit {obj}, et ce qu'il en reste.",
]
SLIDE_TITLES = ["Why we started", "The team", "The kit", "What it cost", "What we measured",
                "What worked", "What did not", "Lessons learned", "Next steps", "The timeline",
                "Our audiences", "The numbers", "Questions?"]  # fmt: skip
SLIDE_TITLES_FR = ["Pourquoi nous avons commencé", "L'équipe", "Le matériel", "Ce que cela a coûté",
                   "Ce que nous avons mesuré", "Ce qui a marché", "Les leçons", "La suite"]  # fmt: skip
RESULT_LINES = ["Followers up {pct}% in {n} months", "{k},{n}00 visitors reached", "Cost: {k},000 euros",
                "{n} people in the team", "Replays: {k},{n}00 views in a week"]  # fmt: skip

# European cities of meetups and institutions: (city, country, time zone, latitude, longitude).
CITIES = [
    ("Lyon", "FR", "Europe/Paris", "45.764043", "4.835659"),
    ("Paris", "FR", "Europe/Paris", "48.856614", "2.352222"),
    ("Bordeaux", "FR", "Europe/Paris", "44.837789", "-0.579180"),
    ("Marseille", "FR", "Europe/Paris", "43.296482", "5.369780"),
    ("Nantes", "FR", "Europe/Paris", "47.218371", "-1.553621"),
    ("Lille", "FR", "Europe/Paris", "50.629250", "3.057256"),
    ("Brussels", "BE", "Europe/Brussels", "50.850346", "4.351721"),
    ("Liège", "BE", "Europe/Brussels", "50.632557", "5.579666"),
    ("Ghent", "BE", "Europe/Brussels", "51.054342", "3.717424"),
    ("Geneva", "CH", "Europe/Zurich", "46.204391", "6.143158"),
    ("Lausanne", "CH", "Europe/Zurich", "46.519653", "6.632273"),
    ("Zurich", "CH", "Europe/Zurich", "47.376887", "8.541694"),
    ("Luxembourg", "LU", "Europe/Luxembourg", "49.611621", "6.131935"),
    ("Amsterdam", "NL", "Europe/Amsterdam", "52.367573", "4.904139"),
    ("Rotterdam", "NL", "Europe/Amsterdam", "51.924420", "4.477733"),
    ("Berlin", "DE", "Europe/Berlin", "52.520008", "13.404954"),
    ("Hamburg", "DE", "Europe/Berlin", "53.551086", "9.993682"),
    ("Stuttgart", "DE", "Europe/Berlin", "48.775846", "9.182932"),
    ("Leipzig", "DE", "Europe/Berlin", "51.339695", "12.373075"),
    ("Vienna", "AT", "Europe/Vienna", "48.208176", "16.373819"),
    ("London", "GB", "Europe/London", "51.507351", "-0.127758"),
    ("Manchester", "GB", "Europe/London", "53.480759", "-2.242631"),
    ("Glasgow", "GB", "Europe/London", "55.864237", "-4.251806"),
    ("Cardiff", "GB", "Europe/London", "51.481583", "-3.179090"),
    ("Dublin", "IE", "Europe/Dublin", "53.349805", "-6.260310"),
    ("Lisbon", "PT", "Europe/Lisbon", "38.722252", "-9.139337"),
    ("Porto", "PT", "Europe/Lisbon", "41.157944", "-8.629105"),
    ("Funchal", "PT", "Atlantic/Madeira", "32.666933", "-16.924055"),
    ("Madrid", "ES", "Europe/Madrid", "40.416775", "-3.703790"),
    ("Barcelona", "ES", "Europe/Madrid", "41.385064", "2.173404"),
    ("Valencia", "ES", "Europe/Madrid", "39.469907", "-0.376288"),
    ("Las Palmas", "ES", "Atlantic/Canary", "28.123546", "-15.436257"),
    ("Turin", "IT", "Europe/Rome", "45.070312", "7.686856"),
    ("Bologna", "IT", "Europe/Rome", "44.494887", "11.342616"),
    ("Florence", "IT", "Europe/Rome", "43.769562", "11.255814"),
    ("Copenhagen", "DK", "Europe/Copenhagen", "55.676097", "12.568337"),
    ("Stockholm", "SE", "Europe/Stockholm", "59.329323", "18.068581"),
    ("Gothenburg", "SE", "Europe/Stockholm", "57.708870", "11.974560"),
    ("Oslo", "NO", "Europe/Oslo", "59.913869", "10.752245"),
    ("Helsinki", "FI", "Europe/Helsinki", "60.169856", "24.938379"),
    ("Tallinn", "EE", "Europe/Tallinn", "59.436961", "24.753575"),
    ("Riga", "LV", "Europe/Riga", "56.949649", "24.105186"),
    ("Vilnius", "LT", "Europe/Vilnius", "54.687156", "25.279651"),
    ("Warsaw", "PL", "Europe/Warsaw", "52.229676", "21.012229"),
    ("Kraków", "PL", "Europe/Warsaw", "50.064650", "19.944980"),
    ("Prague", "CZ", "Europe/Prague", "50.075538", "14.437800"),
    ("Brno", "CZ", "Europe/Prague", "49.195060", "16.606837"),
    ("Budapest", "HU", "Europe/Budapest", "47.497912", "19.040235"),
    ("Ljubljana", "SI", "Europe/Ljubljana", "46.056947", "14.505751"),
    ("Zagreb", "HR", "Europe/Zagreb", "45.815011", "15.981919"),
    ("Athens", "GR", "Europe/Athens", "37.983810", "23.727539"),
    ("Cluj-Napoca", "RO", "Europe/Bucharest", "46.771210", "23.623635"),
    ("Sofia", "BG", "Europe/Sofia", "42.697708", "23.321868"),
    ("Valletta", "MT", "Europe/Malta", "35.899237", "14.514100"),
    ("Reykjavík", "IS", "Atlantic/Reykjavik", "64.146582", "-21.942635"),
]
# Where French is spoken: institutions take French names there, meetups have French sessions.
FRENCH_SPEAKING = {
    "Lyon", "Paris", "Bordeaux", "Marseille", "Nantes", "Lille", "Brussels", "Liège", "Geneva",
    "Lausanne", "Luxembourg",
}  # fmt: skip
FAKER_LOCALES = {
    "FR": "fr_FR", "BE": "nl_BE", "CH": "de_CH", "LU": "fr_FR", "NL": "nl_NL", "DE": "de_DE",
    "AT": "de_AT", "GB": "en_GB", "IE": "en_IE", "PT": "pt_PT", "ES": "es_ES", "IT": "it_IT",
    "DK": "da_DK", "SE": "sv_SE", "NO": "no_NO", "FI": "fi_FI", "EE": "et_EE", "LV": "lv_LV",
    "LT": "lt_LT", "PL": "pl_PL", "CZ": "cs_CZ", "HU": "hu_HU", "SI": "sl_SI", "HR": "hr_HR",
    "RO": "ro_RO", "SK": "sk_SK",
}  # fmt: skip
COUNTRY_LANGUAGES = {
    "FR": "fr", "BE": "fr", "CH": "de", "LU": "fr", "NL": "nl", "DE": "de", "AT": "de",
    "PT": "pt", "ES": "es", "IT": "it", "DK": "da", "SE": "sv", "NO": "no", "FI": "fi",
    "EE": "et", "LV": "lv", "LT": "lt", "PL": "pl", "CZ": "cs", "HU": "hu", "SI": "sl",
    "HR": "hr", "RO": "ro", "SK": "sk", "GR": "el", "BG": "bg", "MT": "mt", "IS": "is",
}  # fmt: skip
# What a museum is about, as its name says it: (English, French, German, Spanish, Italian, kind).
MUSEUM_SUBJECTS = [
    ("Art", "des Beaux-Arts", "Kunst", "de Bellas Artes", "d'Arte", "art"),
    ("History", "d'Histoire", "Geschichte", "de Historia", "di Storia", "history"),
    ("Natural History", "d'Histoire naturelle", "Naturkunde", "de Ciencias Naturales", "di Storia Naturale", "natural-history"),
    ("Science and Industry", "des Sciences et de l'Industrie", "Technik", "de la Ciencia", "della Scienza e della Tecnica", "science"),
    ("Design", "du Design", "Design", "del Diseño", "del Design", "art"),
    ("Photography", "de la Photographie", "Fotografie", "de la Fotografía", "della Fotografia", "art"),
    ("Maritime History", "de la Marine", "Schifffahrt", "Marítimo", "della Marineria", "history"),
    ("Archaeology", "d'Archéologie", "Archäologie", "de Arqueología", "Archeologico", "archaeology"),
    ("Textiles", "du Textile", "Textilkunst", "del Traje", "del Tessuto", "local"),
    ("Childhood", "de l'Enfance", "Kindheit", "de la Infancia", "dell'Infanzia", "local"),
    ("Music", "de la Musique", "Musik", "de la Música", "della Musica", "other"),
    ("World Cultures", "des Cultures du monde", "Weltkulturen", "de las Culturas del Mundo", "delle Culture", "ethnography"),
    ("Contemporary Art", "d'Art contemporain", "Gegenwartskunst", "de Arte Contemporáneo", "d'Arte Contemporanea", "art"),
    ("Railways", "du Chemin de fer", "Eisenbahn", "del Ferrocarril", "Ferroviario", "science"),
]  # fmt: skip
EXTRA_TAGS = [
    "audio guide", "audio description", "captions", "easy read", "sign language", "iiif", "3d",
    "mobile", "membership", "training", "education", "schools", "families", "online exhibitions",
    "oral history", "facebook", "youtube", "mastodon", "bluesky", "linkedin", "whatsapp",
    "threads", "twitch", "pinterest", "snapchat", "reddit", "discord", "spotify", "wikipedia",
    "wikimedia commons", "openrefine", "omeka", "wordpress", "drupal", "wagtail", "matomo",
    "google analytics", "qr codes", "beacons", "touchscreens", "kiosks", "projection mapping",
    "immersive exhibitions", "gamification", "minecraft", "roblox", "escape games",
    "crowdsourcing", "transcription", "citizen science", "metadata", "data quality",
    "collections management", "rights and reproductions", "creative commons", "public domain",
    "copyright", "gdpr", "privacy", "cybersecurity", "digital preservation", "born-digital",
    "web archiving", "email marketing", "fundraising", "crowdfunding", "e-commerce", "shop",
    "membership schemes", "loyalty", "pricing", "dynamic pricing", "visitor flows",
    "wayfinding", "maps", "signage", "labels", "interpretation", "co-creation",
    "participation", "community engagement", "outreach", "wellbeing", "dementia",
    "autism", "neurodiversity", "low vision", "deaf audiences", "older people", "teenagers",
    "students", "teachers", "researchers", "tourists", "local residents", "rural museums",
    "university museums", "historic houses", "archives", "libraries", "galleries",
    "heritage sites", "intangible heritage", "decolonisation", "provenance", "restitution",
    "inclusion", "diversity", "gender", "climate", "green it", "remote work", "agile",
    "project management", "procurement", "open source", "apis", "headless cms", "search",
    "personalisation", "recommendations", "machine learning", "computer vision",
    "large language models", "generative ai", "voice assistants", "podcast production",
    "radio", "streaming", "photography", "photogrammetry", "drones", "lidar", "audio",
    "sound design", "music", "performance", "theatre", "festivals", "late openings",
    "night at the museum", "influencers", "user-generated content", "hashtags", "memes",
    "humour", "moderation", "trolls", "crisis communication", "press", "brand",
    "tone of voice", "copywriting", "translation", "multilingual", "plain language",
    "storytelling", "exhibitions", "temporary exhibitions", "touring exhibitions", "loans",
    "conservation", "behind the scenes", "storerooms", "object handling", "tactile",
    "médiation numérique", "réseaux sociaux", "accessibilité", "publics", "audioguide",
    "collections en ligne", "numérique responsable", "éducation artistique",
]  # fmt: skip


def topic_lines(topic, language):
    lines = topic.lines_fr if language == "fr" else topic.lines
    return lines or topic.lines


def fill(text, **values):
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def place_words(institution):
    return {
        "institution": institution.name,
        "city": institution.city,
        "n": rng.randint(2, 12),
        "year": rng.randint(2013, 2026),
        "pct": rng.randint(5, 180),
        "k": rng.randint(1, 90),
    }


def write_title(topic, language, institution, pool_titles):
    words = place_words(institution)
    if language == "fr":
        obj = rng.choice(topic.fr)
        if rng.random() < 0.5:
            context = fill(rng.choice(CONTEXTS_FR), **words)
            return f"{rng.choice(VERBS_FR)} {obj} {context}".strip()
        return f"{capitalised(obj)} : {rng.choice(ENDINGS_FR)}"
    if pool_titles and rng.random() < 0.25:
        return f"{rng.choice(pool_titles)}, at {institution.name}"
    obj = rng.choice(topic.en)
    if rng.random() < 0.65:
        context = fill(rng.choice(CONTEXTS), **words)
        return f"{rng.choice(VERBS)} {obj} {context}".strip()
    return f"{capitalised(obj)}: {rng.choice(ENDINGS)}"


def write_summary(topic, language, institution, sentences):
    words = place_words(institution)
    if language == "fr":
        opener = fill(rng.choice(SUMMARY_OPENERS_FR), obj=rng.choice(topic.fr), **words)
    else:
        context = fill(rng.choice(CONTEXTS), **words)
        opener = fill(rng.choice(SUMMARY_OPENERS), obj=rng.choice(topic.en), ctx=context, **words)
        opener = " ".join(opener.split()).replace(" .", ".")
    extra = rng.sample(sentences[language], rng.randint(1, 2))
    return " ".join([opener, *extra])[:1000]


# Pools drawn from the demo content ---------------------------------------------------------


def strip_tags(html):
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def demo_pools():
    """Sentences, titles, slides and comment threads from the demo content, by language."""
    pools = {
        "sentences": {"en": [], "fr": []},
        "sections": {},
        "quotes": {"en": [], "fr": []},
        "titles": [],
        "slides": {"en": [], "fr": []},
        "slides_by_topic": {},
    }
    sessions = [
        *demo_events.KEYNOTES,
        *demo_events.TALKS,
        *demo_events.PANELS,
        *demo_events.WORKSHOPS,
        *demo_events.LIGHTNING_TALKS,
    ]
    for _topic, _since, title, abstract in sessions:
        pools["sentences"]["en"].append(abstract)
        pools["titles"].append(title)
    for _format, _since, _title, abstract in demo_events.FRENCH_SESSIONS:
        pools["sentences"]["fr"].append(abstract)
    topics_by_tag = {}
    for topic in TOPICS:
        for tag in topic.tags:
            topics_by_tag.setdefault(tag, topic.key)
    for title, _speaker, language, _kind, tags, description, *_rest, slides in demo_content.DECKS:
        language = "fr" if language == "fr" else "en"
        pools["sentences"][language].append(description)
        if language == "en":
            pools["titles"].append(title)
        keys = {topics_by_tag[tag] for tag in tags if tag in topics_by_tag}
        for slide in slides[1:]:
            pools["slides"][language].append(slide)
            for key in keys:
                pools["slides_by_topic"].setdefault((key, language), []).append(slide)
    for case in demo_content.CASE_STUDIES:
        title, language, summary, story = case[0], case[3], case[10], case[11]
        language = "fr" if language == "fr" else "en"
        pools["sentences"][language].append(summary)
        for block_type, value in story:
            if block_type == "section":
                text = strip_tags(value["text"])
                pools["sections"].setdefault((value["kind"], language), []).append(text)
            elif block_type == "quote":
                pools["quotes"][language].append((value["quote"], value.get("attribution", "")))
    return pools


def comment_threads():
    """The demo's comment threads, as trees of (role, text, replies), by language."""
    english = [
        *(thread for threads in demo_comments.TAG_THREADS.values() for thread in threads),
        *demo_comments.DECK_THREADS,
        *demo_comments.CASE_THREADS,
        *demo_comments.EVENT_THREADS,
    ]
    french = [
        *(thread for threads in demo_comments.TAG_THREADS_FR.values() for thread in threads),
        *demo_comments.DECK_THREADS_FR,
        *demo_comments.CASE_THREADS_FR,
    ]
    return {
        "en": english,
        "fr": french,
        "slides_en": demo_comments.SLIDE_THREADS_EN,
        "slides_fr": demo_comments.SLIDE_THREADS_FR,
    }


# Pages in bulk ----------------------------------------------------------------------------


def add_live_pages(parent, pages, progress=None):
    """Insert published pages under `parent` as treebeard would number them, in bulk.

    Django cannot bulk_create a model with multi-table inheritance: the wagtailcore_page rows
    go in with bulk_create, then each specific table's rows with the same insert that save()
    would run. No revisions: nothing the site shows reads them (the page row is what is live).
    """
    if not pages:
        return pages
    model = type(pages[0])
    last = parent.get_last_child()
    start = int(last.path[-Page.steplen :], 36) + 1 if last else 1
    depth = parent.depth + 1
    content_type = ContentType.objects.get_for_model(model)
    for offset, page in enumerate(pages):
        page.path = Page._get_path(parent.path, depth, start + offset)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = new_uuid()
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.first_published_at
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    own_fields = model._meta.local_concrete_fields
    for chunk in chunks(pages):
        rows = Page.objects.bulk_create(
            Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
            for page in chunk
        )
        for page, row in zip(chunk, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
        QuerySet(model)._insert(chunk, fields=own_fields, using=connection.alias)
        if progress:
            progress.update(len(chunk))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def unique_slugs(titles, max_length=80):
    seen = set()
    slugs = []
    for title in titles:
        base = slugify(folded(title))[:max_length].strip("-") or "page"
        slug, number = base, 1
        while slug in seen:
            number += 1
            slug = f"{base}-{number}"
        seen.add(slug)
        slugs.append(slug)
    return slugs


# Steps ------------------------------------------------------------------------------------


def check_empty():
    for model in (Profile, CaseStudyPage, SlideDeckPage, EventPage, Comment):
        if model.objects.exists():
            raise SystemExit(
                f"The database already holds {model._meta.verbose_name_plural}: "
                "bench/generate.py fills an empty database only (drop it, or set DATABASE_URL)."
            )


def create_tags():
    names = []
    for topic in TOPICS:
        names += topic.tags
    for deck in demo_content.DECKS:
        names += deck[4]
    for case in demo_content.CASE_STUDIES:
        names += case[8]
    for usual, own in demo_members.EXPERTISE.values():
        names += usual + own
    names += demo_events.TOPIC_TAGS.values()
    names += EXTRA_TAGS
    unique, seen = [], set()
    for name in names:
        if name.lower() not in seen and slugify(name) not in seen:
            seen.update({name.lower(), slugify(name)})
            unique.append(name)
    heads = ["digital", "online", "mobile", "museum", "visitor", "collection", "social",
             "data", "content", "community"]  # fmt: skip
    tails = ["strategy", "tools", "skills", "budgets", "policy", "ethics", "standards",
             "governance", "planning", "metrics"]  # fmt: skip
    combos = [f"{head} {tail}" for head in heads for tail in tails]
    rng.shuffle(combos)
    for name in combos:
        if len(unique) >= TAGS:
            break
        if name not in seen:
            seen.add(name)
            unique.append(name)
    unique = unique[:TAGS]
    Tag.objects.bulk_create(Tag(name=name, slug=slugify(name)) for name in unique)
    # The topics' own tags first: they are the most used, as in the real library.
    tags = {tag.name: tag for tag in Tag.objects.all()}
    return tags


def create_institutions():
    rows = {}
    for name, (city, country, kind, size, wikidata) in demo_content.INSTITUTIONS.items():
        rows[name] = Institution(
            name=name, city=city, country=country, kind=kind, size=size, wikidata_id=wikidata
        )
    for name, (city, country) in demo_members.ORGANISATIONS.items():
        if name not in rows and not name.startswith(("Studio", "Estudio", "Universit")):
            rows[name] = Institution(name=name, city=city, country=country, kind="other")
    candidates = []
    for city, country, *_rest in CITIES:
        for english, french, german, spanish, italian, kind in MUSEUM_SUBJECTS:
            if city in FRENCH_SPEAKING:
                name = f"Musée {french} de {city}"
            elif country in {"DE", "AT", "CH"}:
                name = f"Museum für {german} {city}"
            elif country == "ES":
                name = f"Museo {spanish} de {city}"
            elif country == "IT":
                name = f"Museo {italian} di {city}"
            else:
                name = f"{city} Museum of {english}"
            candidates.append(
                Institution(
                    name=name,
                    city=city,
                    country=country,
                    kind=kind,
                    size=rng.choice(["small", "medium", "large", "national", ""]),
                )
            )
    rng.shuffle(candidates)
    for institution in candidates:
        if len(rows) >= INSTITUTIONS:
            break
        rows.setdefault(institution.name, institution)
    return Institution.objects.bulk_create(rows.values())


def create_members(tags, institutions):
    fakers = {}
    for country, locale in FAKER_LOCALES.items():
        try:
            fakers[country] = Faker(locale)
        except AttributeError:
            fakers[country] = Faker("en_GB")
        fakers[country].seed_instance(SEED + len(fakers))
    fallback = Faker("en_GB")
    fallback.seed_instance(SEED)
    roles = list(demo_members.ROLES.items())
    password = make_password(None)  # unusable, as for members who sign in by email link
    handles = set()
    plans = []
    progress = Progress("members", MEMBERS)
    for number in range(MEMBERS):
        institution = zipf_pick(institutions, 0.6)
        faker = fakers.get(institution.country, fallback)
        name = f"{faker.first_name()} {faker.last_name()}"
        base = slugify(folded(name))[:34].strip("-") or "member"
        handle, suffix = base, 1
        while handle in handles:
            suffix += 1
            handle = f"{base}-{suffix}"
        handles.add(handle)
        role, kind = rng.choice(roles)
        usual, own = demo_members.EXPERTISE[kind]
        expertise = rng.sample(usual, min(len(usual), rng.choice([2, 3, 3, 4, 5])))
        if own and rng.random() < 0.25:
            expertise.append(rng.choice(own))
        share = rng.random()
        visibility = (
            Profile.Visibility.HIDDEN
            if share < HIDDEN_SHARE
            else Profile.Visibility.MEMBERS
            if share < HIDDEN_SHARE + MEMBERS_ONLY_SHARE
            else Profile.Visibility.PUBLIC
        )
        languages = [COUNTRY_LANGUAGES.get(institution.country, "en")]
        if "en" not in languages:
            languages.append("en")
        if rng.random() < 0.3 and "fr" not in languages:
            languages.append("fr")
        joined = moment(random_day(datetime.date(2013, 1, 1), TODAY))
        plans.append(
            {
                "email": f"{handle}.{number}@members.example.org",
                "name": name,
                "handle": handle,
                "role": role,
                "institution": institution,
                "bio": write_bio(
                    rng,
                    role=role,
                    organisation=institution.name,
                    city=institution.city,
                    kind=kind,
                    expertise=expertise,
                ),
                "expertise": expertise,
                "languages": languages,
                "visibility": visibility,
                "joined": joined,
            }
        )
    users = []
    for plan in plans:
        users.append(User(email=plan["email"], password=password, date_joined=plan["joined"]))
    users = bulk(User, users, progress)
    progress.close()
    EmailAddress.objects.bulk_create(
        (EmailAddress(user=user, email=user.email, primary=True, verified=True) for user in users),
        batch_size=BATCH,
    )
    UserProfile.objects.bulk_create(
        (
            UserProfile(user=user, approved_notifications=False, rejected_notifications=False)
            for user in users
        ),
        batch_size=BATCH,
    )
    profiles = []
    for user, plan in zip(users, plans, strict=True):
        profiles.append(
            Profile(
                user=user,
                handle=plan["handle"],
                display_name=plan["name"],
                sort_name=folded(plan["name"])[:80],
                headline=plan["role"],
                organisation=plan["institution"].name,
                city=plan["institution"].city,
                country=plan["institution"].country,
                bio=plan["bio"],
                languages=plan["languages"],
                visibility=plan["visibility"],
                reply_emails=rng.choices(list(Profile.ReplyEmails), weights=[7, 2, 1])[0],
                is_trusted=rng.random() < 0.05,
                completed_at=plan["joined"],
                created_at=plan["joined"],
            )
        )
    with dates_as_given(Profile._meta.get_field("created_at")):
        profiles = bulk(Profile, profiles)
    ProfileExpertise.objects.bulk_create(
        (
            ProfileExpertise(content_object=profile, tag=tags[name])
            for profile, plan in zip(profiles, plans, strict=True)
            for name in plan["expertise"]
            if name in tags
        ),
        batch_size=BATCH,
    )
    links = []
    for profile in profiles:
        if rng.random() < 0.3:
            links.append(
                ProfileLink(
                    profile=profile,
                    kind=ProfileLink.Kind.WEBSITE,
                    url=f"https://{profile.handle}.example.net",
                )
            )
        if rng.random() < 0.25:
            links.append(
                ProfileLink(
                    profile=profile,
                    kind=ProfileLink.Kind.LINKEDIN,
                    url=f"https://www.linkedin.com/in/{profile.handle}",
                )
            )
    ProfileLink.objects.bulk_create(links, batch_size=BATCH)
    return profiles


def plan_events():
    """The yearly meetups of the demo, then regional days, workshops and French-speaking days."""
    events = []
    for edition in demo_events.EDITIONS:
        events.append(
            {
                "title": edition.title,
                "year": edition.year,
                "city": edition.city,
                "country": edition.country,
                "time_zone": edition.time_zone,
                "latitude": edition.latitude,
                "longitude": edition.longitude,
                "starts_on": edition.starts_on,
                "days": edition.days,
                "venue": edition.venue,
                "address": edition.address,
                "theme": edition.theme,
                "tagline": edition.tagline,
                "description": edition.description,
                "topics": [demo_events.TOPIC_TAGS[topic] for topic in edition.topics],
                "status": edition.status,
                "status_note": edition.status_note,
                "accessibility": edition.accessibility,
                "capacity": edition.capacity,
                "tickets": edition.tickets,
                "rooms": len(edition.rooms),
                "french": edition.city in FRENCH_SPEAKING,
            }
        )
    events = events[: min(len(events), EVENTS)]
    while len(events) < EVENTS:
        year = rng.randint(2013, 2027)
        city, country, zone, latitude, longitude = rng.choice(CITIES)
        topic = rng.choice(TOPICS)
        french = city in FRENCH_SPEAKING and rng.random() < 0.6
        kind = rng.choice(["local", "local", "workshop", "regional"])
        if french:
            title = f"Rencontres Vitrine {city} {year} : {rng.choice(topic.fr)}"
            theme = capitalised(rng.choice(topic.fr))
        elif kind == "workshop":
            title = f"Vitrine workshop day in {city}: {rng.choice(topic.en)}"
            theme = capitalised(rng.choice(topic.en))
        elif kind == "regional":
            title = f"Vitrine {rng.choice(['North', 'South', 'East', 'West'])} {year}, {city}"
            theme = f"{capitalised(rng.choice(topic.en))} and {rng.choice(TOPICS).en[0]}"
        else:
            title = f"Vitrine Local {city}, {rng.choice(['spring', 'autumn'])} {year}"
            theme = capitalised(rng.choice(topic.en))
        starts_on = random_day(datetime.date(year, 1, 15), datetime.date(year, 12, 10))
        cancelled = year == 2020 and starts_on.month in range(3, 9) and rng.random() < 0.7
        events.append(
            {
                "title": title,
                "year": year,
                "city": city,
                "country": country,
                "time_zone": zone,
                "latitude": latitude,
                "longitude": longitude,
                "starts_on": starts_on,
                "days": rng.choice([1, 1, 2, 2, 3]),
                "venue": f"{rng.choice(['Auditorium', 'Forum', 'Learning centre', 'Old hall'])} of the "
                f"{city} museums",
                "address": f"{rng.randint(1, 120)} Museum Street\n{city}",
                "theme": theme,
                "tagline": f"A day about {rng.choice(topic.en)}, with people who do it.",
                "description": (
                    f"{title}: talks, workshops and time to talk about {rng.choice(topic.en)}.",
                    rng.choice(
                        [
                            "Sessions in English.",
                            "Sessions in English and French.",
                            "Lunch included, free for students.",
                        ]
                    ),
                ),
                "topics": list(dict.fromkeys(topic.tags[:3])),
                "status": EventPage.Status.CANCELLED if cancelled else EventPage.Status.SCHEDULED,
                "status_note": "Cancelled because of the pandemic." if cancelled else "",
                "accessibility": "Step-free access, accessible toilets, a quiet room and live captions.",
                "capacity": rng.choice([60, 80, 120, 200, 300]),
                "tickets": rng.choice(
                    ["Free.", "40 euros, lunch included.", "90 euros, 45 for students."]
                ),
                "rooms": rng.choice([1, 2, 3]),
                "french": french,
            }
        )
    return events


SPEAKER_COUNTS = demo_events.SPEAKER_COUNTS
POOLS = demo_events.POOLS


def programme(event, sessions_wanted):
    """Sessions of an event, day by day: breaks, a keynote, then rounds in every room."""
    rooms = ["Main hall", "Room B", "Workshop room"][: event["rooms"]]
    days = [event["starts_on"] + datetime.timedelta(days=n) for n in range(event["days"])]
    per_day = math.ceil(sessions_wanted / len(days))
    slots = []
    taken = set()
    french_pool = [item for item in demo_events.FRENCH_SESSIONS if item[1] <= event["year"]]
    for day in days:
        clock = datetime.datetime.combine(day, datetime.time(9, 0))
        count = 0
        rounds = 0
        while count < per_day and len(slots) < sessions_wanted:
            if rounds == 0 or rounds % 3 == 0:
                title = (
                    "Registration and coffee"
                    if rounds == 0
                    else rng.choice(["Coffee break", "Lunch", "Coffee and demo tables"])
                )
                length = 60 if title == "Lunch" else 30
                slots.append((day, clock, length, "", Session.Format.BREAK, title, ""))
                count += 1
                clock += datetime.timedelta(minutes=length)
                rounds += 1
                continue
            for room in rooms:
                if count >= per_day or len(slots) >= sessions_wanted:
                    break
                if room == rooms[0]:
                    session_format = rng.choice(
                        [Session.Format.KEYNOTE, Session.Format.TALK, Session.Format.PANEL]
                        if rounds in (1, 5)
                        else [Session.Format.TALK, Session.Format.LIGHTNING, Session.Format.PANEL]
                    )
                else:
                    session_format = rng.choice([Session.Format.TALK, Session.Format.WORKSHOP])
                title, abstract = "", ""
                if event["french"] and french_pool and rng.random() < 0.4:
                    _format, _since, title, abstract = rng.choice(french_pool)
                if not title or title in taken:
                    pool = [
                        item for item in POOLS[session_format] if item[1] <= event["year"]
                    ] or POOLS[session_format]
                    for _attempt in range(5):
                        _topic, _since, title, abstract = rng.choice(pool)
                        if title not in taken:
                            break
                taken.add(title)
                slots.append((day, clock, 45, room, session_format, title, abstract))
                count += 1
            clock += datetime.timedelta(minutes=45)
            rounds += 1
    return slots


def create_events(tags, profiles):
    index = EventIndexPage.objects.get()
    plans = plan_events()
    slugs = unique_slugs(f"{plan['year']}-{plan['title']}" for plan in plans)
    pages = []
    for plan, slug in zip(plans, slugs, strict=True):
        ends_on = plan["starts_on"] + datetime.timedelta(days=plan["days"] - 1)
        past = ends_on < TODAY
        announced = min(
            datetime.datetime.combine(
                plan["starts_on"] - datetime.timedelta(days=rng.randint(90, 220)),
                datetime.time(9),
                tzinfo=datetime.UTC,
            ),
            NOW - datetime.timedelta(days=1),
        )
        description = [
            {
                "type": "text",
                "value": "".join(f"<p>{escape(text)}</p>" for text in plan["description"]),
                "id": str(new_uuid()),
            }
        ]
        pages.append(
            EventPage(
                title=plan["title"],
                slug=slug,
                edition_year=plan["year"],
                theme=plan["theme"][:120],
                tagline=plan["tagline"][:200],
                starts_on=plan["starts_on"],
                ends_on=ends_on,
                time_zone=plan["time_zone"],
                city=plan["city"],
                country=plan["country"],
                venue_name=plan["venue"][:120],
                venue_address=plan["address"],
                latitude=plan["latitude"],
                longitude=plan["longitude"],
                accessibility_notes=plan["accessibility"],
                description=description,
                registration_state=(
                    EventPage.Registration.CLOSED
                    if past
                    else rng.choice([EventPage.Registration.OPEN, EventPage.Registration.NOT_YET])
                ),
                registration_url="" if past else "https://tickets.example.org/vitrine",
                capacity=plan["capacity"],
                ticket_prices=plan["tickets"],
                status=plan["status"],
                status_note=plan["status_note"],
                search_description=f"{plan['title']}: {plan['tagline']}"[:255],
                first_published_at=announced,
            )
        )
    progress = Progress("event pages", len(pages))
    add_live_pages(index, pages, progress)
    progress.close()
    EventTag.objects.bulk_create(
        EventTag(content_object_id=page.pk, tag=tags[name])
        for page, plan in zip(pages, plans, strict=True)
        for name in plan["topics"]
        if name in tags
    )
    EventPartner.objects.bulk_create(
        EventPartner(
            event_id=page.pk,
            name=f"{page.city} museums network",
            kind=EventPartner.Kind.HOST,
            sort_order=0,
        )
        for page in pages
    )

    # Programmes: members whose profile everyone may see, and guests without an account.
    speakers = [profile for profile in profiles if profile.visibility == Profile.Visibility.PUBLIC]
    guest_faker = Faker(["en_GB", "fr_FR", "de_DE", "it_IT", "es_ES", "nl_NL", "pl_PL"])
    guest_faker.seed_instance(SEED + 1)
    sessions = []
    for page, plan in zip(pages, plans, strict=True):
        for day, clock, length, room, session_format, title, abstract in programme(
            plan, rng.randint(15, 40)
        ):
            sessions.append(
                Session(
                    event_id=page.pk,
                    day=day,
                    starts_at=clock.time(),
                    ends_at=(clock + datetime.timedelta(minutes=length)).time(),
                    room=room,
                    format=session_format,
                    title=title[:200],
                    abstract=abstract,
                )
            )
    progress = Progress("sessions", len(sessions))
    sessions = bulk(Session, sessions, progress)
    progress.close()
    rows = []
    for session in sessions:
        if session.format == Session.Format.BREAK:
            continue
        usual, sometimes, how_often = SPEAKER_COUNTS[session.format]
        wanted = sometimes if rng.random() < how_often else usual
        guest_share = 0.5 if session.format == Session.Format.KEYNOTE else 0.2
        members = set()
        for number in range(wanted):
            if rng.random() < guest_share:
                if rng.random() < 0.5:
                    name, role, organisation = rng.choice(demo_events.GUESTS)
                else:
                    name = guest_faker.name()
                    role = rng.choice(["Head of digital", "Curator", "Researcher", "Producer"])
                    organisation = rng.choice(CITIES)[0] + " " + rng.choice(["Museum", "Archives"])
                rows.append(
                    SessionSpeaker(
                        session=session,
                        name=name,
                        role=role,
                        organisation=organisation,
                        sort_order=number,
                    )
                )
            else:
                profile = zipf_pick(speakers, 0.3)
                if profile.pk in members:
                    continue
                members.add(profile.pk)
                rows.append(SessionSpeaker(session=session, profile=profile, sort_order=number))
    SessionSpeaker.objects.bulk_create(rows, batch_size=BATCH)
    return pages, sessions, rows


def slide_counts(total, decks):
    """About twenty slides a deck, 6 to 60, adding up to exactly `total`."""
    counts = [max(6, min(45, round(rng.gauss(total / decks, 6)))) for _ in range(decks)]
    difference = total - sum(counts)
    while difference:
        index = rng.randrange(decks)
        change = 1 if difference > 0 else -1
        if 6 <= counts[index] + change <= 60:
            counts[index] += change
            difference -= change
    return counts


def pick_language():
    share = rng.random()
    if share < FRENCH_SHARE:
        return "fr"
    if share < FRENCH_SHARE + OTHER_LANGUAGE_SHARE:
        return rng.choice(["de", "es", "it", "nl"])
    return "en"


def pick_tags(topic, tags, names):
    chosen = rng.sample(topic.tags, min(len(topic.tags), rng.randint(1, 3)))
    for _ in range(rng.randint(0, 2)):
        chosen.append(zipf_pick(names))
    return [tags[name] for name in dict.fromkeys(chosen) if name in tags]


def write_slide_images(folder):
    """A handful of real slide images, as the pipeline renders them: 1280 px and 320 px JPEGs."""
    folder.mkdir(parents=True, exist_ok=True)
    colours = ["#1d3557", "#264653", "#3d405b", "#5f0f40", "#023047", "#354f52"]
    images = []
    for number, colour in enumerate(colours, start=1):
        image = Image.new("RGB", (1280, 720), "#f4f1de")
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, 1280, 120), fill=colour)
        for line in range(5):
            draw.rectangle(
                (80, 200 + line * 80, 80 + 900 - line * 120, 230 + line * 80), fill="#888"
            )
        large, thumbnail = folder / f"large-{number}.jpg", folder / f"thumb-{number}.jpg"
        image.save(large, "JPEG", quality=82, optimize=True, progressive=True)
        image.resize((320, 180)).save(thumbnail, "JPEG", quality=78, optimize=True)
        images.append((large, thumbnail))
    return images


def link(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write_deck_files(decks, counts, kinds, progress):
    """The files the pipeline leaves for each deck: original, PDF, and two images per slide."""
    media = Path(settings.MEDIA_ROOT)
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    # The few real files, outside the media folder but on the same disk, for hard links.
    originals = Path(f"{media}-sources")
    images = write_slide_images(originals)
    outline = [(f"Slide {n}", ["Generated for the benchmark"]) for n in range(1, 21)]
    files = {
        "pdf": make_pdf(originals / "deck.pdf", outline),
        "pptx": make_pptx(originals / "deck.pptx", [(t, lines, "") for t, lines in outline]),
        "odp": make_odp(originals / "deck.odp", [(t, lines, "") for t, lines in outline]),
    }
    for deck, count, kind in zip(decks, counts, kinds, strict=True):
        folder = private / "decks" / str(deck.file_key)
        folder.mkdir(parents=True, exist_ok=True)
        link(files[kind], folder / f"original.{kind}")
        link(files["pdf"], folder / "slides.pdf")
        slides = media / "slides" / str(deck.file_key)
        slides.mkdir(parents=True, exist_ok=True)
        for number in range(1, count + 1):
            large, thumbnail = images[number % len(images)]
            link(large, slides / f"slide-{number:03d}.jpg")
            link(thumbnail, slides / f"slide-{number:03d}-thumb.jpg")
        progress.update()


def create_decks(tags, profiles, events, sessions, speakers, pools):
    library = LibraryIndexPage.objects.get()
    names = list(tags)
    counts = slide_counts(SLIDES, DECKS)
    members = [profile for profile in profiles if profile.visibility != Profile.Visibility.HIDDEN]
    speakers_by_session = {}
    for row in speakers:
        if row.profile_id:
            speakers_by_session.setdefault(row.session_id, []).append(row.profile_id)
    event_by_pk = {event.pk: event for event in events}
    given = [
        session
        for session in sessions
        if session.format != Session.Format.BREAK
        and event_by_pk[session.event_id].ends_on < TODAY
        and session.pk in speakers_by_session
    ]
    rng.shuffle(given)
    given = given[: int(DECKS * 0.35)]
    institutions = list(Institution.objects.all())
    french_titles = {title for _format, _since, title, _abstract in demo_events.FRENCH_SESSIONS}
    plans = []
    for number in range(DECKS):
        topic = rng.choice(TOPICS)
        session = given[number] if number < len(given) else None
        if session:
            event = event_by_pk[session.event_id]
            speaker_ids = speakers_by_session[session.pk]
            language = "fr" if session.title in french_titles else "en"
            title, description = session.title, session.abstract
            published = moment(event.ends_on + datetime.timedelta(days=rng.randint(1, 30)))
            owner_id = speaker_ids[0]
        else:
            event = None
            language = pick_language()
            institution = rng.choice(institutions)
            text_language = "fr" if language == "fr" else "en"
            title = write_title(topic, text_language, institution, pools["titles"])
            description = write_summary(topic, text_language, institution, pools["sentences"])
            published = moment(random_day(datetime.date(2013, 3, 1), TODAY))
            owner_id = rng.choice(members).pk
            speaker_ids = [owner_id]
        plans.append(
            {
                "topic": topic,
                "session": session,
                "event": event,
                "language": language,
                "title": title[:255],
                "description": description[:3000],
                "published": published,
                "speaker_ids": speaker_ids,
                "owner_id": owner_id,
                "kind": rng.choices(["pdf", "pptx", "odp"], weights=[6, 3, 1])[0],
            }
        )
    user_of_profile = {profile.pk: profile.user_id for profile in profiles}
    slugs = unique_slugs(plan["title"] for plan in plans)
    decks = []
    for plan, slug, count in zip(plans, slugs, counts, strict=True):
        file_key = new_uuid()
        decks.append(
            SlideDeckPage(
                title=plan["title"],
                slug=slug,
                description=plan["description"],
                original=f"decks/{file_key}/original.{plan['kind']}",
                pdf=f"decks/{file_key}/slides.pdf",
                source_kind=plan["kind"],
                file_key=file_key,
                language=plan["language"],
                licence=rng.choice(["cc-by-4.0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0"]),
                event_id=plan["event"].pk if plan["event"] else None,
                session_id=plan["session"].pk if plan["session"] else None,
                owner_id=user_of_profile[plan["owner_id"]],
                processing_state=ProcessingState.READY,
                processing_updated_at=plan["published"] - datetime.timedelta(minutes=3),
                slide_count=count,
                view_count=int(rng.paretovariate(1.2) * 40),
                download_count=rng.randint(0, 60),
                embed_count=rng.choice([0, 0, 0, 1, 2]),
                first_published_at=plan["published"],
            )
        )
    progress = Progress("deck pages", len(decks))
    add_live_pages(library, decks, progress)
    progress.close()
    SlideDeckTag.objects.bulk_create(
        (
            SlideDeckTag(content_object_id=deck.pk, tag=tag)
            for deck, plan in zip(decks, plans, strict=True)
            for tag in pick_tags(plan["topic"], tags, names)
        ),
        batch_size=BATCH,
    )
    through = SlideDeckPage.speakers.through
    through.objects.bulk_create(
        (
            through(slidedeckpage_id=deck.pk, profile_id=profile_id)
            for deck, plan in zip(decks, plans, strict=True)
            for profile_id in dict.fromkeys(plan["speaker_ids"])
        ),
        batch_size=BATCH,
    )

    progress = Progress("slides", SLIDES)
    for chunk_start in range(0, len(decks), 100):
        rows = []
        for deck, plan, count in list(zip(decks, plans, counts, strict=True))[
            chunk_start : chunk_start + 100
        ]:
            rows += deck_slides(deck, plan, count, pools)
        Slide.objects.bulk_create(rows, batch_size=BATCH)
        progress.update(len(rows))
    progress.close()

    progress = Progress("slide files", len(decks))
    write_deck_files(decks, counts, [plan["kind"] for plan in plans], progress)
    progress.close()
    return decks, plans


def deck_slides(deck, plan, count, pools):
    """The slides of a deck as the pipeline stores them: text with one line per line, notes."""
    language = "fr" if plan["language"] == "fr" else "en"
    topic = plan["topic"]
    by_topic = pools["slides_by_topic"].get((topic.key, language)) or pools["slides"][language]
    titles = SLIDE_TITLES_FR if language == "fr" else SLIDE_TITLES
    keeps_notes = plan["kind"] != "pdf"
    slides = []
    for number in range(1, count + 1):
        if number == 1:
            title, lines, notes = plan["title"], [plan["event"].title if plan["event"] else ""], ""
        elif number == count:
            title = "Merci" if language == "fr" else "Thank you"
            lines, notes = ["Questions ?" if language == "fr" else "Questions?"], ""
        elif rng.random() < 0.5:
            title, lines, notes = rng.choice(by_topic)
        else:
            title = rng.choice(titles)
            said = topic_lines(topic, language)
            lines = rng.sample(said, min(3, len(said)))
            if rng.random() < 0.4 and language == "en":
                words = {
                    "pct": rng.randint(5, 180),
                    "n": rng.randint(2, 9),
                    "k": rng.randint(1, 90),
                }
                lines.append(fill(rng.choice(RESULT_LINES), **words))
            notes = ""
        text = "\n".join(line for line in [title, *lines] if line)
        slides.append(
            Slide(
                deck_id=deck.pk,
                number=number,
                image=f"slides/{deck.file_key}/slide-{number:03d}.jpg",
                thumbnail=f"slides/{deck.file_key}/slide-{number:03d}-thumb.jpg",
                width=1280,
                height=720,
                text=text,
                notes=notes if keeps_notes else "",
            )
        )
    return slides


def case_study_body(topic, language, institution, pools):
    text_language = "fr" if language == "fr" else "en"
    kinds = ["context", "challenge", "approach", "results", "lessons", "budget"]
    chosen = [kind for kind in kinds if rng.random() < 0.75] or ["approach", "results"]
    blocks = []
    for kind in chosen:
        pool = pools["sections"].get((kind, text_language)) or pools["sections"][(kind, "en")]
        sentences = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        sentences.append(rng.choice(topic_lines(topic, text_language)) + ".")
        paragraphs = "".join(f"<p>{escape(sentence)}</p>" for sentence in sentences)
        blocks.append(
            {
                "type": "section",
                "value": {"kind": kind, "heading": "", "text": paragraphs},
                "id": str(new_uuid()),
            }
        )
        if kind == "results" and rng.random() < 0.3 and pools["quotes"][text_language]:
            quote, attribution = rng.choice(pools["quotes"][text_language])
            blocks.append(
                {
                    "type": "quote",
                    "value": {"quote": quote, "attribution": attribution},
                    "id": str(new_uuid()),
                }
            )
    if rng.random() < 0.2:
        blocks.append(
            {
                "type": "link",
                "value": {
                    "title": f"The project at {institution.name}",
                    "url": f"https://{slugify(folded(institution.name))[:40]}.example.org/",
                    "description": "",
                },
                "id": str(new_uuid()),
            }
        )
    return blocks


def create_case_studies(tags, profiles, events, decks, pools):
    library = LibraryIndexPage.objects.get()
    names = list(tags)
    institutions = list(Institution.objects.all())
    authors_pool = [
        profile for profile in profiles if profile.visibility != Profile.Visibility.HIDDEN
    ]
    past_events = [event for event in events if event.ends_on < TODAY]
    plans = []
    for _number in range(CASE_STUDIES):
        topic = rng.choice(TOPICS)
        language = pick_language()
        text_language = "fr" if language == "fr" else "en"
        institution = zipf_pick(institutions, 0.5)
        year_start = rng.randint(2010, 2026)
        status = rng.choices(list(CaseStudyPage.Status), weights=[1, 3, 8, 1])[0]
        year_end = (
            None
            if status in {CaseStudyPage.Status.PLANNED, CaseStudyPage.Status.RUNNING}
            else min(year_start + rng.randint(0, 3), 2026)
        )
        published_year = min(max(year_start, 2013) + rng.randint(0, 2), TODAY.year)
        published = moment(
            random_day(
                datetime.date(published_year, 1, 1),
                min(datetime.date(published_year, 12, 31), TODAY),
            )
        )
        plans.append(
            {
                "topic": topic,
                "language": language,
                "institution": institution,
                "title": write_title(topic, text_language, institution, pools["titles"])[:255],
                "summary": write_summary(topic, text_language, institution, pools["sentences"]),
                "body": case_study_body(topic, language, institution, pools),
                "year_start": year_start,
                "year_end": year_end,
                "status": status,
                "published": published,
                "event": rng.choice(past_events) if past_events and rng.random() < 0.1 else None,
                "decks": rng.sample(decks, rng.randint(1, 2)) if rng.random() < 0.2 else [],
                "authors": rng.sample(authors_pool, rng.choice([1, 1, 1, 2, 3])),
            }
        )
    slugs = unique_slugs(plan["title"] for plan in plans)
    pages = []
    for plan, slug in zip(plans, slugs, strict=True):
        pages.append(
            CaseStudyPage(
                title=plan["title"],
                slug=slug,
                summary=plan["summary"],
                institution_id=plan["institution"].pk,
                year_start=plan["year_start"],
                year_end=plan["year_end"],
                project_status=plan["status"],
                audience=rng.choice(
                    [
                        "Families",
                        "Teenagers",
                        "Researchers",
                        "Teachers and schools",
                        "Local residents",
                        "Tourists",
                        "Followers abroad",
                        "",
                    ]
                ),
                budget=rng.choice([choice.value for choice in CaseStudyPage.Budget] + [""]),
                body=plan["body"],
                related_event_id=plan["event"].pk if plan["event"] else None,
                language=plan["language"],
                owner_id=plan["authors"][0].user_id if rng.random() < 0.5 else None,
                first_published_at=plan["published"],
            )
        )
    progress = Progress("case study pages", len(pages))
    add_live_pages(library, pages, progress)
    progress.close()
    CaseStudyTag.objects.bulk_create(
        (
            CaseStudyTag(content_object_id=page.pk, tag=tag)
            for page, plan in zip(pages, plans, strict=True)
            for tag in pick_tags(plan["topic"], tags, names)
        ),
        batch_size=BATCH,
    )
    CaseStudyAuthor.objects.bulk_create(
        (
            CaseStudyAuthor(page_id=page.pk, profile=profile, sort_order=number)
            for page, plan in zip(pages, plans, strict=True)
            for number, profile in enumerate(plan["authors"])
        ),
        batch_size=BATCH,
    )
    through = CaseStudyPage.related_decks.through
    through.objects.bulk_create(
        (
            through(casestudypage_id=page.pk, slidedeckpage_id=deck.pk)
            for page, plan in zip(pages, plans, strict=True)
            for deck in plan["decks"]
        ),
        batch_size=BATCH,
    )
    return pages


class Planned:
    __slots__ = (
        "author",
        "body",
        "created_at",
        "depth",
        "page_id",
        "parent",
        "pk",
        "slide",
        "status",
    )


def create_comments(profiles, events, decks, deck_plans, case_studies):
    """Threads of the demo's discussions, told again on many pages, replies after what they answer."""
    threads = comment_threads()
    commenters = [
        profile for profile in profiles if profile.visibility != Profile.Visibility.HIDDEN
    ]
    profile_of_user = {profile.user_id: profile for profile in profiles}
    targets = (
        [("deck", deck, plan["language"]) for deck, plan in zip(decks, deck_plans, strict=True)]
        + [("case", page, page.language) for page in case_studies]
        + [("event", page, "fr" if page.city in FRENCH_SPEAKING else "en") for page in events]
    )
    weights = [5 if kind == "deck" else 1 if kind == "case" else 8 for kind, _p, _l in targets]
    planned = []
    while len(planned) < COMMENTS:
        kind, page, language = rng.choices(targets, weights=weights)[0]
        french = language == "fr"
        slide = None
        if kind == "deck" and rng.random() < 0.3:
            pool = threads["slides_fr" if french else "slides_en"]
            slide = rng.randint(2, max(2, page.slide_count - 1))
        else:
            pool = threads["fr" if french else "en"]
        role, text, replies = rng.choice(pool)
        owner = profile_of_user.get(page.owner_id) if page.owner_id else None
        started = max(page.first_published_at, NOW - datetime.timedelta(days=3000))
        when = started + datetime.timedelta(hours=rng.randint(2, 24 * 200))
        cast = {"asker": rng.choice(commenters), "other": rng.choice(commenters)}
        cast["owner"] = owner or rng.choice(commenters)
        cast["other again"] = cast["other"]

        def plan(
            role,
            text,
            replies,
            parent,
            depth,
            when,
            _cast=cast,
            _page=page,
            _slide=slide,
            _french=french,
        ):
            if len(planned) >= COMMENTS:
                return
            comment = Planned()
            comment.author = _cast.get(role) or rng.choice(commenters)
            comment.page_id = _page.pk
            comment.parent = parent
            comment.depth = depth
            comment.slide = _slide if depth == 0 else None
            comment.created_at = min(when, NOW - datetime.timedelta(minutes=5))
            comment.status = rng.choices(
                [Comment.Status.PUBLISHED, Comment.Status.PENDING, Comment.Status.HIDDEN],
                weights=[96, 2, 2],
            )[0]
            comment.pk = None
            city = comment.author.city or "Lyon"
            to = (parent.author.display_name.split() or ["there"])[0] if parent else ""
            comment.body = fill(
                text,
                city=city,
                to=to,
                slide=f"la diapositive {_slide}" if _french else f"slide {_slide}",
                event_city=getattr(_page, "city", "") or city,
                site="vendor",
            )
            planned.append(comment)
            for reply_role, reply_text, reply_replies in replies:
                plan(
                    reply_role,
                    reply_text,
                    reply_replies,
                    comment,
                    depth + 1,
                    comment.created_at + datetime.timedelta(hours=rng.randint(1, 96)),
                )

        plan(role, text, replies, None, 0, when)
    progress = Progress("comments", len(planned))
    created_at = Comment._meta.get_field("created_at")
    with dates_as_given(created_at):
        for depth in sorted({comment.depth for comment in planned}):
            level = [comment for comment in planned if comment.depth == depth]
            for chunk in chunks(level):
                rows = Comment.objects.bulk_create(
                    Comment(
                        page_id=comment.page_id,
                        author=comment.author,
                        parent_id=comment.parent.pk if comment.parent else None,
                        body=comment.body,
                        body_html=render(comment.body),
                        slide_number=comment.slide,
                        status=comment.status,
                        created_at=comment.created_at,
                    )
                    for comment in chunk
                )
                for comment, row in zip(chunk, rows, strict=True):
                    comment.pk = row.pk
                progress.update(len(chunk))
    progress.close()
    return planned


def update_wagtail_index():
    """Wagtail's own search index, as its tasks leave it after publishing: the admin's search
    and the current site search read it."""
    call_command("update_index", verbosity=0, stdout=io.StringIO())


def main():
    started = time.perf_counter()
    database = connection.settings_dict
    print(f"Database: {connection.vendor} {database['NAME']}")
    print(f"Files: {settings.MEDIA_ROOT} and {settings.PRIVATE_MEDIA_ROOT}")
    with step("migrate"):
        call_command("migrate", verbosity=0, interactive=False)
    check_empty()
    pools = demo_pools()
    with step("tags and institutions"), transaction.atomic():
        tags = create_tags()
        institutions = create_institutions()
    with step(f"{MEMBERS:,} members"), transaction.atomic():
        profiles = create_members(tags, institutions)
    with step(f"{EVENTS:,} events with programmes"), transaction.atomic():
        events, sessions, speakers = create_events(tags, profiles)
    with step(f"{DECKS:,} slide decks, {SLIDES:,} slides"), transaction.atomic():
        decks, deck_plans = create_decks(tags, profiles, events, sessions, speakers, pools)
    with step(f"{CASE_STUDIES:,} case studies"), transaction.atomic():
        case_studies = create_case_studies(tags, profiles, events, decks, pools)
    with step(f"{COMMENTS:,} comments"), transaction.atomic():
        create_comments(profiles, events, decks, deck_plans, case_studies)
    if os.environ.get("WAGTAIL_INDEX", "1") != "0":
        with step("Wagtail search index (update_index)"):
            update_wagtail_index()
    if "search_reindex" in get_commands():
        with step("search_reindex"):
            call_command("search_reindex")
    else:
        print("No search_reindex command yet: the new search index was not built.")
    if connection.vendor == "postgresql":
        with step("analyze"), connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    total = time.perf_counter() - started
    print(f"\nDone in {total / 60:.1f} min ({connection.vendor}, {os.cpu_count()} cores):")
    for label, elapsed in TIMINGS:
        print(f"  {label:<40}{elapsed:>8.1f} s")


if __name__ == "__main__":
    main()
