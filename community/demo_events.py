"""Demo editions of the yearly meetup for `seed_demo`: one European city a year from 2013 to 2027,
each with a programme of sessions given by demo members and guest speakers.

The programmes are composed from written pools of sessions with the seeded random generator, so a
run with the same seed and the same members gives the same site.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from .demo import DEMO_EMAIL_DOMAIN, STAFF_LOGINS
from .models import EventIndexPage, EventPage, EventPartner, Profile, Session, SessionSpeaker

SCHEDULED = EventPage.Status.SCHEDULED
CANCELLED = EventPage.Status.CANCELLED
CLOSED = EventPage.Registration.CLOSED
SOLD_OUT = EventPage.Registration.SOLD_OUT
OPEN = EventPage.Registration.OPEN
HOST = EventPartner.Kind.HOST
SPONSOR = EventPartner.Kind.SPONSOR
PARTNER = EventPartner.Kind.PARTNER

# The tag that each topic of the pools gives an edition; the names are those of the library.
TOPIC_TAGS = {
    "social": "social media",
    "community": "community management",
    "live": "live streaming",
    "video": "video",
    "open": "open access",
    "story": "digital storytelling",
    "access": "accessibility",
    "audience": "audience research",
    "strategy": "digital strategy",
    "immersive": "augmented reality",
    "collections": "collections online",
    "lod": "linked open data",
    "podcast": "podcasts",
    "games": "games",
    "ai": "artificial intelligence",
    "green": "sustainability",
    "web": "websites",
    "team": "museum careers",
}


@dataclass(frozen=True)
class Edition:
    year: int
    city: str
    country: str
    time_zone: str
    latitude: str
    longitude: str
    starts_on: datetime.date
    days: int
    venue: str
    address: str
    rooms: tuple
    theme: str
    tagline: str
    topics: tuple
    capacity: int
    tickets: str
    partners: tuple
    accessibility: str
    description: tuple
    registration: str = CLOSED
    registration_url: str = ""
    status: str = SCHEDULED
    status_note: str = ""
    # How many sessions come from the French pool, in cities where French is spoken or close by.
    french: int = 0

    @property
    def slug(self):
        return f"{self.year}-{slugify(self.city)}"

    @property
    def title(self):
        return f"Vitrine {self.city} {self.year}"

    @property
    def ends_on(self):
        return self.starts_on + datetime.timedelta(days=self.days - 1)


EDITIONS = [
    Edition(
        year=2013,
        city="Lyon",
        country="FR",
        time_zone="Europe/Paris",
        latitude="45.764043",
        longitude="4.835659",
        starts_on=datetime.date(2013, 6, 13),
        days=1,
        venue="Atelier des Canuts",
        address="12 rue d'Austerlitz\n69004 Lyon",
        rooms=("Grande salle",),
        theme="Museums on social media: where do we start?",
        tagline="The first meetup: one day, one room, and the people who run the accounts.",
        topics=("social", "strategy"),
        capacity=200,
        tickets="40 euros, lunch included. Free for students.",
        partners=(
            ("Réseau des musées de la Métropole", HOST),
            ("Atelier Numérique Rhône-Alpes", SPONSOR),
        ),
        accessibility="Step-free entrance from rue d'Austerlitz. Accessible toilets on the ground floor. "
        "The room has no hearing loop: ask us for a seat near the speakers.",
        description=(
            "The first Vitrine: one day in Lyon for people who run museum websites and social media "
            "accounts, often alone and often part-time.",
            "Short talks, one panel and a round of lightning talks. Sessions in English and French.",
        ),
        french=4,
    ),
    Edition(
        year=2014,
        city="Rotterdam",
        country="NL",
        time_zone="Europe/Amsterdam",
        latitude="51.924420",
        longitude="4.477733",
        starts_on=datetime.date(2014, 5, 22),
        days=1,
        venue="Het Pakhuis Maashaven",
        address="Maashaven Oostzijde 21\n3072 HK Rotterdam",
        rooms=("Main hall", "Loft"),
        theme="Community management for museums",
        tagline="Who answers the comments? Running museum communities day to day.",
        topics=("community", "social"),
        capacity=220,
        tickets="75 euros, 40 euros for students and volunteers.",
        partners=(
            ("Rotterdam Museum Network", HOST),
            ("Stichting Digitaal Erfgoed Zuid", PARTNER),
        ),
        accessibility="Lift to the loft. Accessible toilets on both floors. "
        "Hearing loop in the main hall.",
        description=(
            "A day about the people behind museum accounts: replies, moderation, volunteers and the "
            "regulars who make a community.",
            "Two rooms this year, so bring a colleague and split up.",
        ),
    ),
    Edition(
        year=2015,
        city="Tallinn",
        country="EE",
        time_zone="Europe/Tallinn",
        latitude="59.436962",
        longitude="24.753574",
        starts_on=datetime.date(2015, 6, 4),
        days=2,
        venue="Sadama Conference Centre",
        address="Põhja puiestee 27a\n10415 Tallinn",
        rooms=("Main hall", "Studio"),
        theme="Digital first, small budgets",
        tagline="What a museum team of three can do online, and what it should stop doing.",
        topics=("strategy", "web"),
        capacity=230,
        tickets="95 euros, 50 euros for students. The evening reception is included.",
        partners=(("Tallinn City Museums", HOST), ("Baltic Heritage Digital", SPONSOR)),
        accessibility="Step-free access throughout. Hearing loop in the main hall. "
        "A quiet room is open all day on the first floor.",
        description=(
            "Our first meetup over two days, and our first outside western Europe.",
            "The programme is about choices: which platforms, which projects, which tools, when "
            "the team is small and the budget smaller.",
        ),
    ),
    Edition(
        year=2016,
        city="Kraków",
        country="PL",
        time_zone="Europe/Warsaw",
        latitude="50.064650",
        longitude="19.944980",
        starts_on=datetime.date(2016, 5, 19),
        days=2,
        venue="Centrum Konferencyjne Podgórze",
        address="ul. Józefińska 14\n30-529 Kraków",
        rooms=("Sala Główna", "Sala 2"),
        theme="Voice and tone: writing for museum audiences online",
        tagline="Editorial charters, captions and the art of the short post.",
        topics=("social", "story"),
        capacity=240,
        tickets="420 złoty (about 100 euros), 200 złoty for students.",
        partners=(
            ("Małopolska Museums Association", HOST),
            ("Fundacja Cyfrowe Muzea", PARTNER),
        ),
        accessibility="Step-free entrance from ul. Józefińska. Lift to Sala 2. "
        "Live captions in English for the plenary sessions.",
        description=(
            "Two days about words: how museums sound online, who writes, and how a team agrees "
            "on one voice.",
            "Bring a post, a label or a charter you are proud of, or one you would like to fix.",
        ),
    ),
    Edition(
        year=2017,
        city="Bologna",
        country="IT",
        time_zone="Europe/Rome",
        latitude="44.494887",
        longitude="11.342616",
        starts_on=datetime.date(2017, 10, 12),
        days=2,
        venue="Auditorium Manifattura",
        address="Via Azzo Gardino 48\n40122 Bologna",
        rooms=("Sala Cinema", "Sala Studio"),
        theme="Open access and open collections",
        tagline="Free images, open data, and what happens after the press release.",
        topics=("open", "collections"),
        capacity=250,
        tickets="120 euros, 60 euros for students and freelancers.",
        partners=(("Rete Musei Bologna", HOST), ("Emilia Open Data Lab", SPONSOR)),
        accessibility="Step-free access. Hearing loop in Sala Cinema. "
        "Reserved seats near the screen for people with low vision.",
        description=(
            "Our first autumn edition. Museums that opened their collections share the figures, "
            "the legal work and the uses nobody expected.",
        ),
    ),
    Edition(
        year=2018,
        city="Copenhagen",
        country="DK",
        time_zone="Europe/Copenhagen",
        latitude="55.676098",
        longitude="12.568337",
        starts_on=datetime.date(2018, 6, 7),
        days=2,
        venue="Havnehuset",
        address="Islands Brygge 43\n2300 København S",
        rooms=("Harbour hall", "Workshop room"),
        theme="Linked data and collections online",
        tagline="From records to relationships: putting collections on the web of data.",
        topics=("lod", "collections"),
        capacity=260,
        tickets="1,400 Danish kroner (about 190 euros), 700 kroner for students.",
        partners=(("Copenhagen Museum Forum", HOST), ("Nordic Linked Heritage", PARTNER)),
        accessibility="Step-free access from the harbour side. Hearing loop in the harbour hall. "
        "Quiet room next to the cloakroom.",
        description=(
            "Identifiers, vocabularies, Wikidata and collection search, explained by the people "
            "who do the work in museums, not only in research projects.",
            "No prior knowledge of linked data needed: the first morning starts from the basics.",
        ),
    ),
    Edition(
        year=2019,
        city="Lisbon",
        country="PT",
        time_zone="Europe/Lisbon",
        latitude="38.722252",
        longitude="-9.139337",
        starts_on=datetime.date(2019, 5, 15),
        days=3,
        venue="Armazém das Artes",
        address="Rua da Cintura do Porto 12\n1200-109 Lisboa",
        rooms=("Auditório", "Sala do Rio", "Oficina"),
        theme="Stories, live",
        tagline="Live video, podcasts and stories: telling the museum as it happens.",
        topics=("live", "story", "podcast"),
        capacity=280,
        tickets="150 euros, 75 euros for students, freelancers and volunteers.",
        partners=(("Rede de Museus de Lisboa", HOST), ("Tejo Media Studio", SPONSOR)),
        registration=SOLD_OUT,
        accessibility="Step-free access and lifts. Hearing loop in the auditorium. "
        "Live captions for plenary sessions, and Portuguese Sign Language on request.",
        description=(
            "Three days by the river about telling stories as they happen: live tours, podcasts, "
            "short films and the teams who make them with very little.",
            "The workshops on Friday morning need a laptop or a phone.",
        ),
    ),
    Edition(
        year=2020,
        city="Vienna",
        country="AT",
        time_zone="Europe/Vienna",
        latitude="48.208174",
        longitude="16.373819",
        starts_on=datetime.date(2020, 5, 14),
        days=2,
        venue="Alte Post Conference Hall",
        address="Dominikanerbastei 11\n1010 Wien",
        rooms=("Festsaal", "Salon", "Werkstatt"),
        theme="Digital, together: networks of small museums",
        tagline="Sharing people, tools and platforms when no museum can do it all alone.",
        topics=("strategy", "community"),
        capacity=280,
        tickets="160 euros, 80 euros for students and volunteers.",
        partners=(("Wiener Museumsverbund", HOST), ("Donau Digital Lab", SPONSOR)),
        accessibility="Step-free access through the courtyard entrance. Hearing loop in the Festsaal.",
        description=(
            "The 2020 programme as it was announced in February, about regional networks and "
            "shared services for small museums.",
        ),
        status=CANCELLED,
        status_note="We cancelled this edition on 12 March 2020, when the COVID-19 pandemic closed "
        "museums across Europe. Every ticket was refunded. Many speakers gave their talks at the "
        "2021 meetup in Ljubljana instead; the programme below stays online as it was announced.",
    ),
    Edition(
        year=2021,
        city="Ljubljana",
        country="SI",
        time_zone="Europe/Ljubljana",
        latitude="46.056947",
        longitude="14.505751",
        starts_on=datetime.date(2021, 10, 14),
        days=2,
        venue="Dvorana Tobačna",
        address="Tobačna ulica 5\n1000 Ljubljana",
        rooms=("Main hall", "Small hall"),
        theme="After the closures: what we keep from 2020",
        tagline="Live tours, online programmes and tired teams: what to keep, what to stop.",
        topics=("live", "team"),
        capacity=200,
        tickets="130 euros, 65 euros for students. Every session is also streamed for free.",
        partners=(("Ljubljana Heritage Network", HOST), ("Alpe Adria Digital", SPONSOR)),
        accessibility="Step-free access. Hearing loop in the main hall. Live captions on the stream "
        "and in the room.",
        description=(
            "Our first meetup in person since 2019, moved to October and limited to 200 people. "
            "Masks in the rooms, lunch outside when the weather allows.",
            "Every session in the main hall is streamed, and the recordings stay online.",
        ),
    ),
    Edition(
        year=2022,
        city="Brussels",
        country="BE",
        time_zone="Europe/Brussels",
        latitude="50.850346",
        longitude="4.351721",
        starts_on=datetime.date(2022, 6, 1),
        days=3,
        venue="Halles de la Senne",
        address="Quai du Commerce 48\n1000 Bruxelles",
        rooms=("Grande Halle", "Salle Senne", "Atelier"),
        theme="Instagram, TikTok and the short video turn",
        tagline="Reels, TikTok and lives: what short video asks of museum teams.",
        topics=("video", "social"),
        capacity=300,
        tickets="180 euros, 90 euros for students, freelancers and volunteers.",
        partners=(("Réseau des musées bruxellois", HOST), ("Studio Canal Numérique", SPONSOR)),
        accessibility="Step-free access and a lift to the Atelier. Hearing loop in the Grande Halle. "
        "Quiet room on the mezzanine. Sessions in English and French.",
        description=(
            "Short video took over museum feeds during the closures. Three days with the people who "
            "film, edit and post it, often on the same phone.",
            "Sessions in English and French, with slides in both languages where speakers could.",
        ),
        french=3,
    ),
    Edition(
        year=2023,
        city="Helsinki",
        country="FI",
        time_zone="Europe/Helsinki",
        latitude="60.169857",
        longitude="24.938379",
        starts_on=datetime.date(2023, 5, 25),
        days=2,
        venue="Hietalahti Shipyard Hall",
        address="Hietalahdenranta 13\n00180 Helsinki",
        rooms=("Main hall", "Dock room", "Workshop"),
        theme="Accessibility by default",
        tagline="Captions, plain language and quiet hours: access as everyday practice.",
        topics=("access", "audience"),
        capacity=260,
        tickets="190 euros, 95 euros for students. Personal assistants come free.",
        partners=(("Helsinki Museum Alliance", HOST), ("Saavutettava Kulttuuri ry", PARTNER)),
        accessibility="Step-free access throughout, accessible toilets on every floor. Hearing loop "
        "and live captions in every room. International Sign interpretation for plenary sessions. "
        "Quiet room open all day.",
        description=(
            "Two days about making digital work accessible as a habit, not a project: websites, "
            "video, social media, ticketing and the way we write.",
            "Several sessions are led by disabled practitioners and visitors.",
        ),
    ),
    Edition(
        year=2024,
        city="Edinburgh",
        country="GB",
        time_zone="Europe/London",
        latitude="55.953251",
        longitude="-3.188267",
        starts_on=datetime.date(2024, 6, 12),
        days=3,
        venue="Canongate Conference Hall",
        address="172 Canongate\nEdinburgh EH8 8DF",
        rooms=("Main hall", "Canongate room", "Studio"),
        theme="Open collections, real uses",
        tagline="Who uses open images and data, what for, and how we know.",
        topics=("open", "audience"),
        capacity=280,
        tickets="£165, £80 for students and freelancers.",
        partners=(
            ("Edinburgh Museums Partnership", HOST),
            ("Open Heritage Scotland", PARTNER),
        ),
        registration=SOLD_OUT,
        accessibility="Step-free entrance on Canongate. Hearing loop in the main hall and the "
        "Canongate room. Live captions for plenary sessions. Quiet room on the first floor.",
        description=(
            "Ten years after the first large open access releases, what happened to the images and "
            "the data? Museums, researchers and re-users answer with figures and examples.",
        ),
    ),
    Edition(
        year=2025,
        city="Barcelona",
        country="ES",
        time_zone="Europe/Madrid",
        latitude="41.387397",
        longitude="2.168568",
        starts_on=datetime.date(2025, 5, 22),
        days=2,
        venue="Fàbrica de Creació Poblenou",
        address="Carrer de Pere IV 115\n08018 Barcelona",
        rooms=("Nau central", "Sala 2", "Taller"),
        theme="AI in museums: useful, honest, sustainable",
        tagline="Machine learning, generative tools, immersive rooms, and the questions to ask first.",
        topics=("ai", "immersive"),
        capacity=300,
        tickets="195 euros, 95 euros for students and freelancers.",
        partners=(("Xarxa de Museus de Barcelona", HOST), ("Laboratori d'IA Cultural", SPONSOR)),
        accessibility="Step-free access. Hearing loop in the Nau central. Live captions in English "
        "for plenary sessions. Shaded courtyard for breaks.",
        description=(
            "Two days about artificial intelligence and immersive media in museums, with the pilots "
            "that worked, the ones that were switched off, and the policies that came after.",
        ),
    ),
    Edition(
        year=2026,
        city="Dublin",
        country="IE",
        time_zone="Europe/Dublin",
        latitude="53.349805",
        longitude="-6.260310",
        starts_on=datetime.date(2026, 5, 13),
        days=3,
        venue="Grand Canal Dock Studios",
        address="5 Hanover Quay\nDublin 2, D02 VY79",
        rooms=("Main stage", "Dock room", "Studio"),
        theme="Digital sustainability",
        tagline="Lighter websites, fewer platforms, projects that last.",
        topics=("green", "web"),
        capacity=290,
        tickets="210 euros, 100 euros for students, freelancers and volunteers.",
        partners=(("Dublin Museums Network", HOST), ("Green Web Ireland", PARTNER)),
        accessibility="Step-free access and lifts. Hearing loop on the main stage. Live captions for "
        "every session in the main stage. Quiet room by the canal.",
        description=(
            "Three days on the footprint of digital work in museums: page weight, storage, "
            "platforms, travel, and the projects we keep alive longer instead of rebuilding.",
        ),
    ),
    Edition(
        year=2027,
        city="Riga",
        country="LV",
        time_zone="Europe/Riga",
        latitude="56.949649",
        longitude="24.105186",
        starts_on=datetime.date(2027, 5, 19),
        days=3,
        venue="Andrejsala Warehouse Hall",
        address="Andrejostas iela 4\nLV-1045 Rīga",
        rooms=("Grand hall", "Warehouse room", "Studio"),
        theme="Small teams, long horizons",
        tagline="Digital strategy for the next ten years, from teams of one to teams of ten.",
        topics=("strategy", "team"),
        capacity=300,
        tickets="Early bird 190 euros until 28 February 2027, then 240 euros. "
        "110 euros for students, freelancers and volunteers.",
        partners=(("Riga Museums Association", HOST), ("Baltic Digital Heritage Fund", SPONSOR)),
        registration=OPEN,
        registration_url="https://tickets.example.org/vitrine-riga-2027",
        accessibility="Step-free access and a lift to the Studio. Hearing loop in the grand hall. "
        "Live captions for plenary sessions. Quiet room on the ground floor.",
        description=(
            "Fifteen meetups on, we ask what the next ten years of museum digital work look like: "
            "roles, skills, tools, and the institutions we work in.",
            "Registration is open. Speakers: the programme below is confirmed, and we will ask for "
            "your slides after the meetup.",
        ),
    ),
]


# (topic, since, title, abstract): a session fits an edition from the year `since`.
KEYNOTES = [
    (
        "social",
        2013,
        "Museums are not brands, they are conversations",
        "What worked when museums talked with people online, and what failed when they talked at "
        "them. A plea for fewer campaigns and more replies.",
    ),
    (
        "strategy",
        2013,
        "The digital team of one",
        "Most museums in Europe have no digital department. They have one person, part-time, who "
        "also does the newsletter. What that person needs from directors, and from us.",
    ),
    (
        "open",
        2013,
        "Give the pictures away",
        "Public domain works belong to the public. Why releasing images without conditions costs "
        "less than guarding them, and what a museum gains in return.",
    ),
    (
        "story",
        2013,
        "Every object has a first sentence",
        "Storytelling is not a format, it is an editing habit. How to find the first sentence of an "
        "object, and why labels, posts and podcasts all start there.",
    ),
    (
        "community",
        2014,
        "Communities are slow",
        "An online community takes years, not campaigns. Lessons from a decade of looking after "
        "members, volunteers and regulars online.",
    ),
    (
        "audience",
        2014,
        "Who is not in the room?",
        "We design for the visitors we already have. About the people our analytics never show, "
        "and the cheap ways to meet them.",
    ),
    (
        "web",
        2014,
        "Wikipedia is the museum's front door",
        "More people read about our collections on Wikipedia than on our websites. How to work with "
        "the communities that write it.",
    ),
    (
        "web",
        2015,
        "Mobile first means visitors first",
        "Most visitors plan a visit on a phone, standing in a queue. What that means for opening "
        "hours, tickets and the first screen of a museum website.",
    ),
    (
        "collections",
        2015,
        "Collections online are not a catalogue",
        "Putting a database on the web is not the same as publishing a collection. What people come "
        "looking for, and how to let them find it.",
    ),
    (
        "lod",
        2016,
        "Links outlive websites",
        "Websites are rebuilt every five years. Identifiers and links can last fifty. Why linked "
        "open data is a preservation strategy as much as a discovery one.",
    ),
    (
        "live",
        2016,
        "Live is a promise",
        "Going live means being there, at that time, every time. What live video asks of a museum "
        "team, and why small teams are often better at it.",
    ),
    (
        "immersive",
        2016,
        "Headsets in the galleries: a sober look",
        "Virtual reality arrived with a lot of noise. After the first pilots, what visitors actually "
        "did with it, and what it cost to keep running.",
    ),
    (
        "access",
        2016,
        "Access is a practice, not a project",
        "Accessibility fails when it is a one-off project with a launch date. How to make it part "
        "of every brief, every post and every purchase.",
    ),
    (
        "team",
        2017,
        "Digital work is care work",
        "Moderation, replies, late evenings. About the emotional labour of museum community "
        "managers, and how institutions can share the load.",
    ),
    (
        "games",
        2017,
        "Play is a way of looking",
        "Games teach visitors to look closely and try again. What museums learned from game "
        "designers, and what game designers learned from curators.",
    ),
    (
        "podcast",
        2018,
        "Radio never left",
        "Podcasts brought museums back to sound. Why audio works for people who will never visit, "
        "and how to make it without a studio.",
    ),
    (
        "audience",
        2018,
        "Data is not the audience",
        "Dashboards count visits. People have reasons. How to combine analytics with conversations "
        "so that numbers lead to decisions.",
    ),
    (
        "ai",
        2019,
        "Machines that read collections",
        "Computer vision and text mining can describe thousands of records in a week. What they get "
        "wrong, who checks them, and who is accountable.",
    ),
    (
        "team",
        2021,
        "What we keep from the closures",
        "In 2020 museum teams learned to stream, record and reach people at home in weeks. Which of "
        "those habits deserve to stay, and which were emergency measures.",
    ),
    (
        "video",
        2021,
        "Fifteen seconds of a painting",
        "Short video changed how people discover art. About attention, vertical frames and respect "
        "for the object.",
    ),
    (
        "green",
        2021,
        "The carbon footprint of a collection online",
        "Every image served and every autoplaying video has a cost. How to measure the footprint "
        "of museum websites, and what to cut first.",
    ),
    (
        "strategy",
        2022,
        "Small museums, big networks",
        "A museum of three people cannot do everything. Regional networks that share a "
        "photographer, a web developer and a social media calendar.",
    ),
    (
        "ai",
        2023,
        "Generative AI and the museum voice",
        "Chatbots can write a label in seconds. Should they? About authorship, trust and the value "
        "of a named curator.",
    ),
    (
        "ai",
        2024,
        "Who trained this model on our collections?",
        "Museum images and texts are in the training data of large AI models. What rights we have, "
        "what we owe to artists and communities, and what to ask vendors.",
    ),
    (
        "access",
        2024,
        "The European Accessibility Act and us",
        "From June 2025 many digital services must be accessible by law. What it means for museum "
        "ticketing, websites and apps, and where to start.",
    ),
    (
        "green",
        2025,
        "Fewer platforms, better presence",
        "We opened accounts everywhere and maintain most of them badly. The case for choosing two "
        "platforms and leaving the rest with a clear goodbye.",
    ),
    (
        "story",
        2015,
        "Labels are the oldest social media",
        "Museums have written short public texts for two centuries. What the gallery label teaches "
        "about posts, and what posts can teach the label.",
    ),
    (
        "community",
        2017,
        "The regulars",
        "Every museum has people who comment on every post and come to every event. Who they are, "
        "what they give, and how not to exhaust them.",
    ),
    (
        "collections",
        2018,
        "The long tail of the collection",
        "Most objects are never exhibited and never searched for. Why the long tail matters online, "
        "and how people stumble into it.",
    ),
    (
        "open",
        2019,
        "Open by default, closed by exception",
        "Ten years of open access policies, and why the exceptions deserve as much care as the "
        "rule.",
    ),
    (
        "access",
        2021,
        "Captions are for everyone",
        "Captions began as an access measure and became how most people watch video. Which other "
        "access measures are waiting for the same fate?",
    ),
    (
        "audience",
        2021,
        "Audiences at home",
        "People who never visit can still be an audience. Designing digital programmes for them on "
        "their own terms.",
    ),
    (
        "immersive",
        2022,
        "Presence without headsets",
        "What immersive media taught us about attention and place, and how to get there with "
        "sound, light and a good text.",
    ),
    (
        "podcast",
        2023,
        "The museum you can hear",
        "Sound collections, the voices of staff, the noise of the galleries: making the museum "
        "audible online.",
    ),
    (
        "team",
        2024,
        "Small teams, long careers",
        "Museum digital jobs used to be short contracts. How people build twenty-year careers in "
        "small teams, and what institutions owe them.",
    ),
    (
        "web",
        2026,
        "Websites that age well",
        "Most museum websites are rebuilt every five years at great cost. What it takes to keep one "
        "for fifteen.",
    ),
    (
        "strategy",
        2026,
        "The next ten years of museum digital work",
        "What fifteen meetups tell us about careers, tools and institutions, and the questions the "
        "next decade will ask us.",
    ),
]

PANELS = [
    (
        "social",
        2013,
        "Should every museum be on every platform?",
        "Three community managers on choosing platforms, closing accounts and saying no to the next "
        "new network.",
    ),
    (
        "strategy",
        2013,
        "Who owns digital in a museum?",
        "Communication, collections, education or IT? Practitioners from four institutions on where "
        "digital sits in the organisation chart, and what changes when it moves.",
    ),
    (
        "open",
        2014,
        "Open access: the directors' questions",
        "Lost image income, misuse, quality. The panel answers the questions directors ask before an "
        "open access release, with numbers from museums that did it.",
    ),
    (
        "community",
        2014,
        "Moderation without burnout",
        "Trolls, complaints and sincere anger: how teams share moderation, write house rules and "
        "protect the people who answer.",
    ),
    (
        "collections",
        2015,
        "Publishing imperfect data",
        "Should a collection go online before the records are clean? Registrars and developers "
        "disagree, politely.",
    ),
    (
        "live",
        2016,
        "Live video: worth the effort?",
        "Facebook Live, Periscope and YouTube: panellists compare audiences, replays and the hours "
        "behind each live.",
    ),
    (
        "audience",
        2016,
        "What visitors want from a museum website",
        "Researchers and web managers compare user testing in five countries. Spoiler: opening "
        "hours.",
    ),
    (
        "access",
        2017,
        "Nothing about us without us",
        "Disabled visitors and museum staff on designing digital guides, websites and social media "
        "together.",
    ),
    (
        "games",
        2018,
        "Games in museums: beyond the quiz",
        "Designers and educators on escape rooms, location games, and why most museum apps with "
        "badges were deleted within a week.",
    ),
    (
        "strategy",
        2018,
        "Funding digital work beyond the project",
        "Grants pay for launches, not for maintenance. Panellists share ways to fund the years "
        "after a project.",
    ),
    (
        "team",
        2019,
        "Careers in museum digital",
        "Contracts, titles and pay: a frank panel on how people enter, grow and leave museum "
        "digital work.",
    ),
    (
        "podcast",
        2019,
        "Making podcasts that people finish",
        "Producers from three museums on length, format, hosts, and why the second season is harder "
        "than the first.",
    ),
    (
        "lod",
        2019,
        "Wikidata and museums: who does the work?",
        "Volunteers, registrars or developers? How museums share the work of linking their "
        "collections to Wikidata.",
    ),
    (
        "video",
        2021,
        "TikTok: a place for museums?",
        "Three museums that tried short video on TikTok share what worked, what did not, and who on "
        "the team makes it.",
    ),
    (
        "live",
        2021,
        "Hybrid events after the pandemic",
        "Streaming talks to people at home while serving the room. Producers compare set-ups, "
        "budgets and attendance.",
    ),
    (
        "green",
        2022,
        "Sustainable digital: what can we measure?",
        "Web performance, data storage and travel: measuring the footprint of digital programmes "
        "honestly.",
    ),
    (
        "immersive",
        2022,
        "AR and VR: what lasts after the pilot?",
        "Panellists revisit immersive projects three years later: what still runs, what was "
        "switched off, and why.",
    ),
    (
        "social",
        2023,
        "After Twitter",
        "Mastodon, Bluesky, Threads or nowhere? Community managers on moving audiences, archiving "
        "accounts and the cost of starting again.",
    ),
    (
        "ai",
        2023,
        "AI in the museum: where we draw the line",
        "Curators, lawyers and technologists on the uses of generative AI that museums should "
        "welcome, limit or refuse.",
    ),
    (
        "community",
        2016,
        "Volunteers online: help or free labour?",
        "Volunteers transcribe, tag and moderate. The panel asks what they get in return, and where "
        "the line is.",
    ),
    (
        "story",
        2017,
        "Who tells the museum's stories?",
        "Curators, educators, communicators and the public: a panel on authorship in digital "
        "storytelling.",
    ),
    (
        "open",
        2020,
        "Open access in small museums",
        "Small museums explain how they released their images without a rights department.",
    ),
    (
        "web",
        2024,
        "Rebuild or repair?",
        "Web managers debate when to rebuild a museum website, and when to keep fixing the one you "
        "have.",
    ),
    (
        "audience",
        2025,
        "Measuring what matters",
        "Followers and page views are easy to count. Measures of learning, trust and belonging "
        "that teams actually use.",
    ),
]

WORKSHOPS = [
    (
        "social",
        2013,
        "Write your social media charter",
        "Bring your team's questions. Leave with a one-page draft: who you speak to, how you sound, "
        "what you never post and who answers what.",
    ),
    (
        "social",
        2013,
        "An editorial calendar you will actually keep",
        "Plan a quarter of posts around exhibitions, anniversaries and the collection. Templates "
        "for spreadsheets or paper.",
    ),
    (
        "story",
        2013,
        "Writing short: labels, captions and posts",
        "Exercises in cutting a text by half without losing the object. Bring a label from your "
        "museum.",
    ),
    (
        "community",
        2014,
        "House rules for comments",
        "Draft moderation rules and reply templates for the situations that come back every week: "
        "complaints, questions, insults, press.",
    ),
    (
        "audience",
        2014,
        "Your first five visitor interviews",
        "Practise short interviews with visitors: questions, consent, notes, and turning what you "
        "hear into decisions.",
    ),
    (
        "video",
        2015,
        "Filming with a phone",
        "Framing, light and sound for museum videos shot on a phone. We film and edit a one-minute "
        "piece together.",
    ),
    (
        "open",
        2015,
        "Choosing the right licence",
        "CC0, CC BY or all rights reserved? Work through real cases of images, texts and data from "
        "your collection.",
    ),
    (
        "lod",
        2016,
        "Your first Wikidata edits",
        "Create and improve items for objects, makers and places from your collection. No "
        "programming needed; a laptop is.",
    ),
    (
        "access",
        2016,
        "Alt text for collection images",
        "How to describe an image for people who cannot see it: what to include, how long, and how "
        "to train a team.",
    ),
    (
        "web",
        2016,
        "A quick usability test",
        "Run a test of your museum website with three people. Scripts, tasks and a template for "
        "the report.",
    ),
    (
        "live",
        2017,
        "Plan your first live tour",
        "Route, kit, roles and rehearsal: plan a 20-minute live tour of one room, with a checklist "
        "to take home.",
    ),
    (
        "podcast",
        2017,
        "Record a museum podcast episode",
        "Interview technique, recording in a noisy museum and editing with free software. We record "
        "a short episode together.",
    ),
    (
        "games",
        2017,
        "Design a gallery game on paper",
        "Build and playtest a simple game that makes visitors look closely at one object. Cards, "
        "dice and pencils only.",
    ),
    (
        "collections",
        2018,
        "IIIF for beginners",
        "See how IIIF serves, zooms and compares images across collections. Try the viewers and "
        "write a manifest by hand.",
    ),
    (
        "strategy",
        2018,
        "A digital strategy on one page",
        "Turn a long wish list into three goals, five measures and a plan for the next year. Works "
        "for a team of one.",
    ),
    (
        "story",
        2018,
        "Storyboarding a digital story",
        "From an object to a six-step story for Instagram Stories or a web page. Storyboard "
        "templates provided.",
    ),
    (
        "access",
        2019,
        "Subtitles and audio description in-house",
        "Write subtitles people can read and short audio descriptions with free tools. Bring a "
        "video of your museum.",
    ),
    (
        "audience",
        2019,
        "Analytics that answer questions",
        "Start from a question, not a dashboard. Set up a few useful reports and a monthly routine "
        "to read them.",
    ),
    (
        "immersive",
        2019,
        "Prototype an AR moment",
        "Sketch and test an augmented reality idea on paper and with a web AR tool, before "
        "spending on production.",
    ),
    (
        "video",
        2020,
        "Vertical video for museums",
        "Script, shoot and edit a 30-second vertical video about one object, for Reels, Shorts or "
        "TikTok.",
    ),
    (
        "team",
        2021,
        "Hybrid programmes that do not exhaust the team",
        "Map the work behind an online event, cut what nobody notices, and plan the roles for the "
        "day.",
    ),
    (
        "green",
        2022,
        "Audit your website's footprint",
        "Measure page weight, image sizes and hosting. Leave with a list of changes ranked by "
        "effort and impact.",
    ),
    (
        "audience",
        2022,
        "Personas from real conversations",
        "Build three personas from interview notes instead of guesses, and test a page or a post "
        "against them.",
    ),
    (
        "ai",
        2023,
        "Testing AI tools on your own collection",
        "Try image tagging and text generation on a sample of records. Score the results and write "
        "rules for when a person must check.",
    ),
    (
        "strategy",
        2024,
        "Decide which platforms to leave",
        "Review each social account: audience, effort, purpose. Decide what to keep, pause or "
        "close.",
    ),
    (
        "community",
        2018,
        "A moderation rota for a small team",
        "Plan who answers what and when, weekends and holidays included, without anyone burning "
        "out.",
    ),
    (
        "lod",
        2019,
        "Reconcile your data with OpenRefine",
        "Match a list of makers or places from your collection to Wikidata with OpenRefine.",
    ),
    (
        "podcast",
        2020,
        "Plan a podcast season",
        "Format, length, guests and a publishing calendar for a season of six episodes.",
    ),
    (
        "games",
        2021,
        "Playtesting a museum game",
        "Bring a game prototype or use ours: learn to run a playtest and to read what players do.",
    ),
    (
        "video",
        2022,
        "Captions for short video",
        "Write, time and style captions for a Reel or a TikTok with free tools.",
    ),
    (
        "green",
        2024,
        "Plan a lighter website",
        "Go through the pages of your website and decide what to compress, cut or archive.",
    ),
    (
        "access",
        2024,
        "Easy-to-read versions of museum texts",
        "Rewrite an exhibition text in easy-to-read language, following the European guidelines, "
        "and test it with a reader.",
    ),
]

TALKS = [
    # Social media
    (
        "social",
        2013,
        "What 200 Facebook posts taught a city museum",
        "We tagged every post of a year by theme, format and time. Objects beat events, questions "
        "beat announcements, and Tuesday mornings beat weekends.",
    ),
    (
        "social",
        2013,
        "Twitter for curators: a six-month experiment",
        "Five curators tweeted about their work for six months. What they posted, how colleagues "
        "reacted, and why two of them kept going.",
    ),
    (
        "social",
        2013,
        "Posting in three languages",
        "A museum in a bilingual city posts in three languages. Translation workflow, differences "
        "in tone, and what each audience responds to.",
    ),
    (
        "social",
        2014,
        "#AskACurator from the inside",
        "A day of answering the public's questions on Twitter: preparing the curators, sorting the "
        "questions, and the ones we could not answer.",
    ),
    (
        "social",
        2014,
        "One photo a day: an Instagram routine",
        "A small team posts one collection photo a day, shot on the spot. The routine, the style "
        "guide and what it does for visits.",
    ),
    (
        "social",
        2016,
        "Instagram Stories for exhibitions",
        "Behind-the-scenes stories during an installation: planning the sequence, filming with "
        "colleagues and keeping it short.",
    ),
    (
        "social",
        2016,
        "Snapchat tours for teenagers",
        "Six months of Snapchat tours made with a youth panel. Fun to make, hard to measure, and "
        "why we stopped.",
    ),
    (
        "social",
        2016,
        "Facebook events for local audiences",
        "For a regional museum, Facebook events still fill workshops. Setting them up, reminders, "
        "and why the cover image matters.",
    ),
    (
        "social",
        2017,
        "A social media style guide for the whole museum",
        "When curators, educators and the shop all post, a shared guide keeps one voice. How we "
        "wrote it and got it adopted.",
    ),
    (
        "social",
        2017,
        "Life after the chronological feed",
        "Our Instagram account grew with one photo a day, until the feed stopped being "
        "chronological. What we changed, and what we refused to change.",
    ),
    (
        "social",
        2019,
        "Museum memes: when humour works",
        "Jokes about objects reach people who never follow museums. Where humour respects the "
        "collection, and where it does not.",
    ),
    (
        "social",
        2023,
        "Leaving X without losing the audience",
        "We moved our community from X to Mastodon and Bluesky over six months. Figures, tone, and "
        "the people we lost.",
    ),
    # Community management
    (
        "community",
        2013,
        "Answering every comment",
        "For a year we answered every comment within a day. The time it took, the tone we chose and "
        "the regulars it created.",
    ),
    (
        "community",
        2014,
        "Volunteers as online hosts",
        "Trained volunteers moderate our forum and answer questions in the evening. Recruitment, "
        "training and the limits we set.",
    ),
    (
        "community",
        2015,
        "From followers to contributors",
        "How a local history museum turned its Facebook group into a source of photographs, "
        "stories and identified faces.",
    ),
    (
        "community",
        2017,
        "A community manager's week in numbers",
        "Hours spent replying, moderating, reporting and planning, tracked for six weeks. A basis "
        "for job descriptions, and for saying no.",
    ),
    (
        "community",
        2019,
        "A Discord server for young visitors",
        "A Discord server run with teenagers: channels, rules, moderators, and what they asked the "
        "museum for.",
    ),
    (
        "community",
        2021,
        "Online members' evenings",
        "Monthly video evenings for members during and after the closures: format, hosts, and the "
        "members who never came in person.",
    ),
    (
        "community",
        2024,
        "Handling a social media storm",
        "A post about a colonial-era object drew thousands of angry replies. What we did in the "
        "first hour, the first day and the first month.",
    ),
    # Live streaming
    (
        "live",
        2016,
        "Our first Facebook Live, and our tenth",
        "What changed between the first shaky live and the tenth: the kit, the roles, and an "
        "audience that came back.",
    ),
    (
        "live",
        2016,
        "Periscope tours of the stores",
        "Live tours of the storage, twice a month. Curators as hosts, questions from abroad, and "
        "the objects people asked to see.",
    ),
    (
        "live",
        2017,
        "Streaming a study day on no budget",
        "Two phones, a laptop and a borrowed microphone: streaming our study day, and keeping the "
        "recordings useful afterwards.",
    ),
    (
        "live",
        2018,
        "Instagram Live with a conservator",
        "Live sessions from the conservation studio: what viewers asked, what we could show, and "
        "the consent forms we needed.",
    ),
    (
        "live",
        2021,
        "Live from the empty galleries",
        "During the closures, curators guided people live through empty rooms. How we chose the "
        "routes, handled questions and kept going for forty weeks.",
    ),
    (
        "live",
        2021,
        "Ticketed streams of concerts in the museum",
        "Streaming concerts from the museum hall: music rights, sound, and a ticketed stream that "
        "paid for itself.",
    ),
    (
        "live",
        2022,
        "YouTube premieres for exhibition openings",
        "Premiering a short film with the curator answering in the chat. Why it beat a live stream "
        "for us.",
    ),
    # Video
    (
        "video",
        2014,
        "One-minute videos about one object",
        "Weekly one-minute videos filmed with a phone. The format, the script template, and the "
        "three that did best.",
    ),
    (
        "video",
        2017,
        "Behind-the-scenes video that colleagues like",
        "Filming colleagues at work without making them uncomfortable: consent, preview and the "
        "right to say no.",
    ),
    (
        "video",
        2021,
        "TikTok for a museum with no video team",
        "Sixty TikToks in six months with two people. What the format asks, and why the curator "
        "became the star.",
    ),
    (
        "video",
        2021,
        "Reels, Shorts, TikTok: one video, three platforms",
        "Cutting the same footage for three platforms. What changes: length, text, sound and the "
        "first second.",
    ),
    (
        "video",
        2022,
        "Subtitles on every short video",
        "Most people watch without sound. Our rules for burned-in subtitles, and the production "
        "time they add.",
    ),
    (
        "video",
        2023,
        "Short videos that send people to long labels",
        "We tracked visitors who came because of a video. Many went looking for the object and "
        "read every word next to it.",
    ),
    # Open access
    (
        "open",
        2013,
        "What happened when we dropped image fees",
        "We stopped charging for images of public domain works. Lost income: small. New uses: many. "
        "Figures from the first year.",
    ),
    (
        "open",
        2014,
        "Open access in a museum of twelve people",
        "Open access is not only for national museums. The minimum a small museum needs: a rights "
        "check, a licence and a download button.",
    ),
    (
        "open",
        2015,
        "Creative Commons in practice",
        "Choosing licences for images, texts and data: the decisions we made, and the questions "
        "people ask us.",
    ),
    (
        "open",
        2017,
        "A hackathon with our collection data",
        "Two days, forty participants, our open data. What they built, and what we changed in our "
        "data afterwards.",
    ),
    (
        "open",
        2018,
        "Tracking how open images are used",
        "Without registration we still know a lot: reverse image search, Wikimedia Commons, and "
        "the emails people send us.",
    ),
    (
        "open",
        2022,
        "Open access and living artists",
        "Not everything in a collection is public domain. How we handle works in copyright, orphan "
        "works, and artists who want to be asked.",
    ),
    (
        "open",
        2024,
        "Five years of CC0: the long tail",
        "Our open images appear in textbooks, board games and tattoos. The uses nobody predicted, "
        "and the two we wish we could stop.",
    ),
    # Digital storytelling
    (
        "story",
        2013,
        "The museum's history, one day at a time",
        "A year of 'on this day' posts from our archive. Research, scheduling, and the stories "
        "followers added.",
    ),
    (
        "story",
        2015,
        "A long-form web story for an exhibition",
        "Scrolling story, big images, few words: the structure of our exhibition story, and why "
        "people read to the end.",
    ),
    (
        "story",
        2016,
        "Stories of objects from the stores",
        "Most of the collection is never shown. A series about objects in storage and the people "
        "who look after them.",
    ),
    (
        "story",
        2018,
        "One letter from the archive, every week",
        "A newsletter that sends one letter from the archive each week, with context in 200 words. "
        "Open rate: 61 percent.",
    ),
    (
        "story",
        2019,
        "Three-sentence stories for smart speakers",
        "We wrote a hundred short stories about objects for a smart speaker. Few people listened, "
        "but the writing improved our labels.",
    ),
    (
        "story",
        2022,
        "Oral histories online",
        "Publishing interviews with former workers of a factory museum: consent, editing, "
        "transcripts and search.",
    ),
    # Accessibility
    (
        "access",
        2014,
        "Captions for every video we publish",
        "Who writes our captions, the free tools we use, and how long it takes for a three-minute "
        "video.",
    ),
    (
        "access",
        2016,
        "Our website, audited for accessibility",
        "An external audit found 94 issues on our website. How we sorted them, fixed the first 60, "
        "and what we could not fix.",
    ),
    (
        "access",
        2017,
        "Plain language for collection records",
        "Rewriting catalogue descriptions for everyone: a style guide, examples, and what the "
        "curators said.",
    ),
    (
        "access",
        2018,
        "Sign language tours online",
        "Short sign language videos about our twenty best-known objects, made with deaf guides.",
    ),
    (
        "access",
        2020,
        "Sensory maps and quiet hours, online",
        "Publishing sensory maps and quiet-hour times so that visitors can plan. Small effort, many "
        "thanks.",
    ),
    (
        "access",
        2023,
        "Alt text for ten thousand images",
        "Describing a collection at scale: the style guide, the workflow, and where assistive tools "
        "helped, with a person checking every text.",
    ),
    (
        "access",
        2025,
        "Accessible ticketing",
        "Our ticket shop failed a screen reader test. How we worked with the vendor to fix it "
        "before the accessibility law applied.",
    ),
    # Audience research
    (
        "audience",
        2013,
        "Who follows a museum online?",
        "A survey of 1,200 followers of a city museum: who they are, where they live, and how many "
        "ever visited.",
    ),
    (
        "audience",
        2015,
        "Mapping the visitor journey from search to ticket",
        "We followed visitors from a search engine to the ticket desk. Where they got lost, and the "
        "three pages we rewrote.",
    ),
    (
        "audience",
        2017,
        "Analytics for a team of one",
        "Four numbers to look at each month, and what to do when they change.",
    ),
    (
        "audience",
        2019,
        "A survey of our online audiences",
        "A short survey on the website and in the newsletter: questions, incentives, and how to "
        "read 900 answers.",
    ),
    (
        "audience",
        2022,
        "Audiences who never visit",
        "Half of our online audience lives abroad and may never come. How we plan for them as an "
        "audience of their own.",
    ),
    (
        "audience",
        2024,
        "Listening to local teenagers",
        "A paid youth panel advises the museum on its digital work. Their first recommendation: "
        "stop pretending to be young.",
    ),
    # Digital strategy
    (
        "strategy",
        2013,
        "A digital strategy for a small museum",
        "Three goals, one page, one person: a digital strategy that fits a museum with five staff.",
    ),
    (
        "strategy",
        2014,
        "Convincing the director",
        "How to present digital work to management: what they ask, the numbers that help, and the "
        "ones that don't.",
    ),
    (
        "strategy",
        2016,
        "Replacing a twenty-year-old collections database",
        "Tender, demos and migration: what we learned choosing a new collections management "
        "system.",
    ),
    (
        "strategy",
        2018,
        "Shared services for small museums",
        "Eight local museums share one web developer and one photographer. How the cooperation is "
        "organised and paid for.",
    ),
    (
        "strategy",
        2019,
        "Stopping a digital project",
        "We shut down an app that cost 80,000 euros. How we decided, who we told, and what we kept.",
    ),
    (
        "strategy",
        2021,
        "Digital budgets after the pandemic",
        "Where digital money went in 2020, and what survived the return to normal budgets.",
    ),
    (
        "strategy",
        2025,
        "A digital policy written by the whole team",
        "Workshops with every department to write a digital policy that everyone can quote.",
    ),
    (
        "strategy",
        2026,
        "Five years of a digital roadmap",
        "The roadmap we wrote in 2021 and what actually happened: plans, surprises, and what we "
        "would write differently.",
    ),
    # AR and VR
    (
        "immersive",
        2016,
        "A VR headset in the gallery: six months of data",
        "Queues, hygiene, motion sickness and staff time. What running one VR station really "
        "involves.",
    ),
    (
        "immersive",
        2017,
        "Pokémon Go came to our museum",
        "Overnight our museum was a PokéStop. How we welcomed the players, and what we learned "
        "about location-based play.",
    ),
    (
        "immersive",
        2018,
        "3D scanning on a small budget",
        "Photogrammetry of 200 objects with a camera and a turntable. Workflow, software, and where "
        "the models are now.",
    ),
    (
        "immersive",
        2019,
        "Web AR without an app",
        "Augmented reality in the browser: three objects, one QR code each, and the figures after "
        "three months.",
    ),
    (
        "immersive",
        2022,
        "Rebuilding a lost building in AR",
        "A demolished town hall back in place, seen through a phone. Historical research, 3D "
        "modelling, and the residents' reactions.",
    ),
    (
        "immersive",
        2025,
        "Immersive rooms: what visitors remember",
        "Projection rooms are popular. Interviews a month later show what stayed with visitors, and "
        "what did not.",
    ),
    # Collections online
    (
        "collections",
        2013,
        "Putting 30,000 records online",
        "Our first online collection: choosing fields, writing for the public, and launching with "
        "imperfect data.",
    ),
    (
        "collections",
        2015,
        "Search that understands visitors",
        "Visitors search for 'blue vase', not 'ceramic vessel, cobalt glaze'. How we added everyday "
        "words to collection search.",
    ),
    (
        "collections",
        2016,
        "Photographing a collection in two years",
        "A photography plan for 15,000 objects: priorities, set-up, file names and publication.",
    ),
    (
        "collections",
        2018,
        "The collection pages nobody visits",
        "Most records of our online collection are never seen. What we do about it, and what we "
        "stopped worrying about.",
    ),
    (
        "collections",
        2019,
        "IIIF for a regional museum",
        "We serve our images with IIIF and share viewers with the regional library. Set-up, costs, "
        "and what partners built.",
    ),
    (
        "collections",
        2023,
        "Data quality, in public",
        "We publish our known data problems and invite corrections. What the public fixed in a "
        "year.",
    ),
    (
        "collections",
        2026,
        "Reviewing harmful terms in collection records",
        "Reviewing outdated and offensive terms in 40,000 records with community advisers. Method, "
        "choices, and the terms we kept with context.",
    ),
    # Linked open data
    (
        "lod",
        2015,
        "Persistent identifiers for museum objects",
        "Addresses that never break: how we gave every object a permanent URL, and why it mattered "
        "to researchers.",
    ),
    (
        "lod",
        2016,
        "Linking our makers to Wikidata",
        "We matched 3,000 makers to Wikidata. Tools, matching rules, and the corrections we sent "
        "back.",
    ),
    (
        "lod",
        2017,
        "A SPARQL endpoint nobody used",
        "We published linked data and waited. What it took to get people to use it, and what we "
        "would do first next time.",
    ),
    (
        "lod",
        2019,
        "Linked data for archaeological finds",
        "Connecting find spots, periods and objects across three museums with shared vocabularies.",
    ),
    (
        "lod",
        2022,
        "Wikidata as our authority file",
        "Instead of keeping our own lists of places and people, we use Wikidata. Benefits, risks "
        "and governance.",
    ),
    # Podcasts
    (
        "podcast",
        2016,
        "A podcast recorded in the stores",
        "Twelve episodes, each about one object in storage. Equipment, editing and 40,000 listens.",
    ),
    (
        "podcast",
        2018,
        "Our audio guide became a podcast",
        "We turned the audio guide into a podcast for people at home. What we rewrote, and what we "
        "cut.",
    ),
    (
        "podcast",
        2019,
        "A podcast made with the neighbourhood",
        "A podcast co-produced with residents: training, editing together, and sharing the credit.",
    ),
    (
        "podcast",
        2022,
        "Is our podcast worth it?",
        "Three seasons, 60,000 downloads and many hours of work. How we evaluated the podcast and "
        "decided on a fourth season.",
    ),
    # Games
    (
        "games",
        2015,
        "A treasure hunt for families",
        "A location game for families in the galleries. Playtests, the puzzles that failed, and the "
        "ones children loved.",
    ),
    (
        "games",
        2017,
        "An escape room in the director's office",
        "An escape game in the old director's office: design, staffing, and 4,000 players in a "
        "year.",
    ),
    (
        "games",
        2019,
        "Our castle, rebuilt in Minecraft",
        "A school rebuilt our castle in Minecraft. How we worked with the players, and what they "
        "taught our educators.",
    ),
    (
        "games",
        2024,
        "A game about a difficult history",
        "A narrative game about forced labour, designed with historians and descendants. How we "
        "handled tone and consent.",
    ),
    # AI
    (
        "ai",
        2019,
        "Automatic tagging of 50,000 photographs",
        "Computer vision on our photo archive: accuracy by category, the embarrassing mistakes, and "
        "the rules we set.",
    ),
    (
        "ai",
        2019,
        "Handwriting recognition for the archive",
        "Transcribing nineteenth-century letters with handwriting recognition and volunteers. The "
        "workflow and the error rates.",
    ),
    (
        "ai",
        2023,
        "A chatbot for the collection: a pilot",
        "We tested a chatbot that answers questions about our collection. Where it helped, where it "
        "invented facts, and why we paused it.",
    ),
    (
        "ai",
        2024,
        "An AI policy for a museum, in two pages",
        "Which AI tools staff may use, with which data, and when we say so to the public.",
    ),
    (
        "ai",
        2025,
        "Machine translation, reviewed by people",
        "Our website in six languages with machine translation and human review. Costs, quality, "
        "and the texts we never machine-translate.",
    ),
    # Sustainability
    (
        "green",
        2021,
        "Weighing our website",
        "Our home page weighed 9 MB. How we brought it down to 900 KB, and what visitors noticed: "
        "nothing bad.",
    ),
    (
        "green",
        2022,
        "Keeping everything costs something",
        "Terabytes of raw video and duplicate images. A policy for what to keep, with the "
        "registrar on board.",
    ),
    (
        "green",
        2023,
        "A low-carbon exhibition website",
        "System fonts, fewer images, static pages: the design choices behind a light exhibition "
        "website.",
    ),
    (
        "green",
        2025,
        "Choosing green hosting",
        "Choosing a hosting provider on energy, location and transparency. The questions we asked, "
        "and the answers we got.",
    ),
    # Websites
    (
        "web",
        2013,
        "A new museum website in six months",
        "From brief to launch with a small agency: the content audit, the pages we cut, and the "
        "launch week.",
    ),
    (
        "web",
        2014,
        "We dropped our app",
        "We made the website work on phones and retired the app. Reasons, costs and download "
        "figures.",
    ),
    (
        "web",
        2016,
        "The opening hours page",
        "The most visited page of a museum website is often its worst. How we rewrote ours, with "
        "testing.",
    ),
    (
        "web",
        2018,
        "GDPR and the museum newsletter",
        "Consent, records and the re-permission campaign. We lost 40 percent of our subscribers "
        "and gained a better list.",
    ),
    (
        "web",
        2019,
        "An open source CMS shared by five museums",
        "Why five museums chose the same open source system, and how they share its upkeep.",
    ),
    (
        "web",
        2026,
        "A website that lasted ten years",
        "We built our website to last, and it did. The choices that aged well, and the ones we "
        "regret.",
    ),
    # Teams and careers
    (
        "team",
        2015,
        "Digital training for every department",
        "Short monthly sessions for all staff: topics, attendance, and what changed in daily work.",
    ),
    (
        "team",
        2016,
        "Virtual class visits for distant schools",
        "Video visits for schools far from the museum: booking, technology and teachers' feedback.",
    ),
    (
        "team",
        2018,
        "Writing digital job descriptions",
        "Titles and tasks in museum digital jobs are a mess. A template that makes roles clear, "
        "with real examples.",
    ),
    (
        "team",
        2021,
        "A digital team in three cities",
        "Our digital team now works from three cities. Tools, rituals, and the things we still do "
        "in person.",
    ),
    (
        "team",
        2021,
        "Digital programmes for older audiences",
        "Online talks and tours by telephone for people over seventy. What worked, with numbers "
        "and quotes.",
    ),
    (
        "team",
        2023,
        "Burnout in community management",
        "A survey of 140 museum community managers on workload and stress, and the changes that "
        "helped.",
    ),
    (
        "web",
        2014,
        "A Wikipedian in residence",
        "Six months with a Wikipedian in the museum: articles written, images shared, colleagues "
        "trained.",
    ),
    (
        "web",
        2016,
        "Edit-a-thons that last",
        "Most edit-a-thons produce one day of edits. How we kept our volunteers editing for a "
        "year.",
    ),
    (
        "audience",
        2017,
        "A dashboard for the director",
        "One page, updated monthly: the digital figures our director reads, and the ones we left "
        "out.",
    ),
    (
        "audience",
        2020,
        "Measuring engagement honestly",
        "Likes are easy to inflate. The measures we use instead: saves, replies, time spent and "
        "return visits.",
    ),
]

LIGHTNING_TALKS = [
    (
        "social",
        2013,
        "Our best post was a mistake",
        "A blurry photo of a cat in the stores got more replies than any exhibition. Why, in five "
        "minutes.",
    ),
    (
        "social",
        2013,
        "Three tools I use every day",
        "A scheduler, a shared inbox and a text expander: the small tools that save a community "
        "manager an hour a day.",
    ),
    (
        "community",
        2013,
        "Log off at six",
        "Our community manager's phone stays in a drawer after six. What happened to response times: "
        "nothing.",
    ),
    (
        "social",
        2013,
        "Scheduled posts that do not sound like a robot",
        "Posts written the day before and scheduled, with one rule: replies are always live.",
    ),
    (
        "collections",
        2013,
        "The object of the week",
        "A weekly post from the online collection, chosen each time by a different colleague.",
    ),
    (
        "audience",
        2013,
        "Counting who clicks",
        "Tracked links in our posts showed which ones sent people to the ticket page.",
    ),
    (
        "story",
        2013,
        "Objects in the first person",
        "A month of posts where the objects speak for themselves. Funny, then tiring.",
    ),
    (
        "social",
        2014,
        "A hashtag that worked",
        "How a neighbourhood hashtag became the place where people share photos of the museum's "
        "district.",
    ),
    (
        "community",
        2014,
        "Ten saved replies",
        "Our ten saved replies, and why each of them ends with a question.",
    ),
    (
        "social",
        2014,
        "Let them take selfies",
        "Why we stopped asking visitors not to take photos, and what we put on the signs instead.",
    ),
    (
        "social",
        2014,
        "Museum Week, week after week",
        "What a social media week gave a small museum: followers for a week, colleagues for longer.",
    ),
    (
        "video",
        2015,
        "One object, one minute",
        "A daily minute-long video series, and the discipline it takes.",
    ),
    (
        "web",
        2015,
        "A newsletter people open",
        "Fewer links, one story, sent on Sunday morning.",
    ),
    (
        "open",
        2015,
        "Animated GIFs from the archive",
        "Short loops from public domain films made our film archive fun to browse.",
    ),
    (
        "social",
        2015,
        "Our Pinterest boards are a research tool",
        "How researchers use our Pinterest boards, to our surprise.",
    ),
    (
        "web",
        2016,
        "The 404 page as a welcome",
        "Our broken-link page now shows a random object from the collection.",
    ),
    (
        "community",
        2016,
        "Four hundred volunteer transcribers",
        "Twenty thousand pages transcribed, and the forum that keeps the volunteers going.",
    ),
    (
        "open",
        2016,
        "Colouring books from the collection",
        "A colouring week taught us that line drawings are our most shared images.",
    ),
    (
        "social",
        2016,
        "The smallest museum on Instagram",
        "One room, 30,000 followers: how.",
    ),
    (
        "web",
        2016,
        "An object in every email signature",
        "Every staff email shows a random object. Two thousand clicks a month.",
    ),
    (
        "community",
        2016,
        "A weekend moderation rota nobody hates",
        "How six people share weekend comments without ruining anyone's Sunday.",
    ),
    (
        "social",
        2016,
        "Photographing visitors, with consent",
        "A lanyard colour for people who do not want to appear in our posts.",
    ),
    (
        "podcast",
        2017,
        "A podcast studio in a cupboard",
        "Our recording booth cost 150 euros and a lot of blankets.",
    ),
    (
        "community",
        2017,
        "Ask me anything: the armour curator",
        "A Reddit AMA with our curator of arms and armour, and the question about dragons.",
    ),
    (
        "lod",
        2017,
        "Wikidata in five minutes",
        "Items, properties and statements, explained with one object from our stores.",
    ),
    (
        "games",
        2017,
        "A chatbot detective game",
        "A Messenger game about a missing painting: 12,000 players, then the platform changed its "
        "rules.",
    ),
    (
        "live",
        2017,
        "The live that went wrong",
        "A fire alarm during an Instagram Live. What we said, and why it became our most watched "
        "video.",
    ),
    (
        "access",
        2017,
        "Alt text in five minutes",
        "Three questions to ask before describing any image.",
    ),
    (
        "strategy",
        2017,
        "A digital strategy on a postcard",
        "Ours fits on a postcard. Here it is.",
    ),
    (
        "web",
        2017,
        "Free Wi-Fi, no form",
        "Dropping the sign-up form on our Wi-Fi doubled its use.",
    ),
    (
        "video",
        2018,
        "Lighting a phone video for 30 euros",
        "Two clamp lamps and some baking paper.",
    ),
    (
        "audience",
        2018,
        "Reading comments aloud to the team",
        "Once a month we read visitors' comments together. It changed our priorities.",
    ),
    (
        "open",
        2018,
        "The whole collection in one spreadsheet",
        "We published all our collection data as one CSV file. Researchers loved it.",
    ),
    (
        "collections",
        2018,
        "A map of where our objects come from",
        "A simple map from our collection data, and the provenance questions it raised.",
    ),
    (
        "web",
        2018,
        "Gallery screens after five years",
        "Which of our gallery screens still work, and why the simplest ones do.",
    ),
    (
        "access",
        2019,
        "Book the quiet hour online",
        "Online booking for our sensory-friendly hour filled it in a day.",
    ),
    (
        "podcast",
        2019,
        "Ten seconds of sound",
        "Sound clips from our musical instruments collection, shared as short posts.",
    ),
    (
        "open",
        2019,
        "Our open images in school books",
        "How a teacher found our images, and what we changed on the download page.",
    ),
    (
        "audience",
        2019,
        "One survey question",
        "'What almost stopped you from coming today?' and the answers that changed our website.",
    ),
    (
        "games",
        2019,
        "A game jam in the museum",
        "48 hours, 60 developers, 11 games about our collection.",
    ),
    (
        "access",
        2019,
        "3D prints for touch tours",
        "Prints of our 3D scans, handled and reviewed by blind visitors.",
    ),
    (
        "access",
        2020,
        "An accessibility statement that says something",
        "Ours lists what does not work yet, and when we will fix it.",
    ),
    (
        "podcast",
        2020,
        "A podcast transcript is a web page",
        "Transcripts brought our podcast to search engines, and to deaf listeners.",
    ),
    (
        "community",
        2020,
        "Voicemail from visitors",
        "A phone number where visitors leave a message about an object. We play the best ones "
        "in the gallery.",
    ),
    (
        "web",
        2020,
        "Dark mode for a collection website",
        "A small change, and many emails of thanks.",
    ),
    (
        "web",
        2021,
        "QR codes, again",
        "They came back with the pandemic. Where they work on labels, and where nobody scans them.",
    ),
    (
        "live",
        2021,
        "Conservators on Twitch",
        "Streaming conservation work for an audience of gamers.",
    ),
    (
        "live",
        2021,
        "Forty minutes is enough",
        "Why our online talks now end after forty minutes.",
    ),
    (
        "video",
        2021,
        "Meet our night guard",
        "The most popular person at our museum on TikTok, by far.",
    ),
    (
        "video",
        2021,
        "A tour of one room in one take",
        "Ninety seconds, no edit, and our best-performing video of the year.",
    ),
    (
        "access",
        2022,
        "Volunteers who write image descriptions",
        "A volunteer team writing alt text with a shared style guide.",
    ),
    (
        "video",
        2022,
        "Captions on Reels in ten minutes",
        "Our fastest workflow for readable captions on short video.",
    ),
    (
        "green",
        2022,
        "No more autoplay",
        "We removed autoplaying videos from our site: faster pages, fewer complaints.",
    ),
    (
        "ai",
        2023,
        "What our chatbot cannot answer",
        "The questions we send to a person, and why.",
    ),
    (
        "social",
        2023,
        "A Mastodon server for museums",
        "Why a group of museums runs its own server, and what it costs.",
    ),
    (
        "green",
        2023,
        "A weight label on every page",
        "Showing the weight of each web page changed how the team adds images.",
    ),
    (
        "ai",
        2024,
        "Machine-written alt text, checked",
        "The error rate in 500 machine descriptions, and what we changed before publishing.",
    ),
    (
        "ai",
        2024,
        "Writing prompts like labels",
        "What writing good labels taught us about writing prompts, and the reverse.",
    ),
    (
        "social",
        2024,
        "Closing a Facebook page",
        "How we said goodbye to 8,000 followers, and where they went.",
    ),
    (
        "social",
        2025,
        "A year without paid social ads",
        "What happened to reach and ticket sales when we stopped paying.",
    ),
    (
        "social",
        2025,
        "Starter packs for small museums",
        "A shared list brought 3,000 followers to small museums on Bluesky in a week.",
    ),
    (
        "web",
        2026,
        "Our 2009 website, archived",
        "We deposited our first website with the national web archive. What was in it.",
    ),
]

# (format, since, title, abstract): for meetups in French-speaking cities.
FRENCH_SESSIONS = [
    (
        Session.Format.TALK,
        2013,
        "Animer un groupe Facebook dans un musée de territoire",
        "Un groupe de 4 000 habitants autour d'un écomusée : les règles, l'animation et les photos "
        "de famille partagées.",
    ),
    (
        Session.Format.TALK,
        2013,
        "Instagram pour un musée de trois salariés",
        "Une heure par semaine, pas plus : notre organisation, nos formats, et ce que nous avons "
        "arrêté.",
    ),
    (
        Session.Format.TALK,
        2013,
        "Mettre ses collections en ligne sans tout numériser",
        "Commencer par 500 œuvres bien décrites plutôt que 20 000 fiches vides.",
    ),
    (
        Session.Format.TALK,
        2016,
        "Le direct, sans studio",
        "Nos visites en direct avec un téléphone et une perche : le matériel, les rôles et les "
        "erreurs.",
    ),
    (
        Session.Format.TALK,
        2017,
        "Des textes faciles à lire et à comprendre",
        "Réécrire les cartels en FALC avec des lecteurs en situation de handicap intellectuel.",
    ),
    (
        Session.Format.TALK,
        2019,
        "Les podcasts du musée, deux ans après",
        "Vingt épisodes, des auditeurs fidèles et une question : comment continuer sans budget ?",
    ),
    (
        Session.Format.LIGHTNING,
        2013,
        "Un post, trois langues",
        "Publier en français, en néerlandais et en anglais sans tripler le travail.",
    ),
    (
        Session.Format.LIGHTNING,
        2013,
        "La meilleure heure pour publier",
        "Celle où vous pouvez répondre. Ce que nos statistiques disent vraiment.",
    ),
    (
        Session.Format.LIGHTNING,
        2021,
        "TikTok au musée de la mine",
        "Un ancien mineur, un téléphone, 200 000 vues.",
    ),
    (
        Session.Format.WORKSHOP,
        2013,
        "Rédiger sa charte éditoriale",
        "La première version d'une charte d'une page : ton, publics, règles de modération.",
    ),
    (
        Session.Format.WORKSHOP,
        2015,
        "Filmer au téléphone dans les salles",
        "Cadrage, son et lumière : on tourne et on monte ensemble une vidéo d'une minute.",
    ),
]

# Sessions that belong to one edition, with speakers picked like any other: (year, format, title,
# abstract). The live-streaming set-up of 2019 is the talk that people come looking for.
FIXED_SESSIONS = [
    (
        2019,
        Session.Format.TALK,
        "The live-streaming set-up of a mid-sized museum",
        "Our kit, slide by slide: camera, capture card, sound, light, and the checklist we run "
        "before every live.",
    ),
    (
        2020,
        Session.Format.PANEL,
        "One photographer for eight museums",
        "The museums of a valley share a photographer, a web developer and a calendar. The "
        "directors explain the contract, the money and the arguments.",
    ),
    (
        2027,
        Session.Format.PANEL,
        "Fifteen years of Vitrine",
        "Speakers from the first meetup in Lyon and from this year's programme compare what they "
        "worried about then and now.",
    ),
]

# Speakers without an account: (name, role, organisation).
GUESTS = [
    ("Hélène Durand", "Head of audiences", "Musée de Bretagne"),
    ("Tom Gallagher", "Digital producer", "Ulster Folk Museum"),
    ("Agnieszka Wróbel", "Community manager", "Muzeum Śląskie"),
    ("Markus Huber", "Head of web", "Landesmuseum Kärnten"),
    ("Elif Yılmaz", "Researcher in digital heritage", "Koç University"),
    ("Nora Berg", "Social media editor", "Nasjonalmuseet"),
    ("Jakub Novák", "Web developer", "Moravian Gallery in Brno"),
    ("Laura Bianchi", "Education officer", "Museo Civico di Bassano"),
    ("Kristiina Tamm", "Collections data manager", "Estonian National Museum"),
    ("Dimitris Papadakis", "Podcast producer", "Independent"),
    ("Fiona MacLeod", "Accessibility officer", "Glasgow Museums"),
    ("Sven Olsson", "Head of digital", "Göteborgs stadsmuseum"),
    ("Ilse Janssens", "UX designer", "Studio Ontwerp, Antwerp"),
    ("Carmen Ruiz", "Community manager", "Museo de Huesca"),
    ("Ondřej Dvořák", "Game designer", "Charles University Games Lab"),
    ("Aoife Kelly", "Audience researcher", "The Hunt Museum"),
    ("Bram Peeters", "Wikimedian in residence", "Wikimedia Belgium"),
    ("Magdalena Kowalczyk", "Director", "Muzeum Okręgowe w Toruniu"),
    ("Henrik Sørensen", "Linked data specialist", "Danish Agency for Culture"),
    ("Chiara Ferri", "Conservator", "Opificio delle Pietre Dure"),
    ("Anna Schmidt", "Head of communication", "Städel Museum"),
    ("Paulo Mendes", "Video producer", "Museu de Lisboa"),
    ("Zsófia Kiss", "Digital learning lead", "Hungarian National Museum"),
    ("Rasa Jankauskienė", "Curator", "Lithuanian National Museum of Art"),
    ("Matteo Greco", "Researcher in machine learning", "University of Bologna"),
    ("Emma Lindgren", "Sustainability lead", "Nordiska museet"),
    ("Oliver Hughes", "Web manager", "Bristol Museums"),
    ("Clara Vidal", "Open access coordinator", "Museu Nacional d'Art de Catalunya"),
    ("Tomasz Lis", "Head of collections online", "Muzeum Narodowe w Krakowie"),
    ("Ieva Ozola", "Community manager", "Latvian National Museum of Art"),
    ("Luc Lambert", "Digital strategy consultant", "Independent"),
    ("Sara Conti", "Social media manager", "Museo Nazionale Romano"),
    ("Petra Horvat", "Head of education", "Museum of Contemporary Art Zagreb"),
    ("Niamh O'Brien", "Podcast host", "Chester Beatty"),
    ("Martin Koller", "Developer", "Belvedere"),
    ("Maja Zupan", "Digital curator", "Narodna galerija"),
    ("Eva Dubois", "Chargée des publics numériques", "Lugdunum, musée et théâtres romains"),
    ("Julien Petit", "Responsable web", "Musées de Strasbourg"),
    ("Ayla Kaya", "Artist and game designer", "Independent"),
    ("Hannah Weber", "Lecturer in museum studies", "University of Leicester"),
    ("Joost van Dam", "Head of digital", "Museum Arnhem"),
    ("Lina Pereira", "Accessibility consultant", "Acesso Cultura"),
    ("Mikkel Holm", "Community manager", "Den Gamle By"),
    ("Alice Rossi", "Head of digital", "Triennale Milano"),
    ("Seán Murphy", "Director", "Cork Public Museum"),
    ("Katrin Saar", "UX researcher", "Tallinn University"),
    ("Ben Carter", "Digital producer", "National Museums Scotland"),
    ("Vera Lindahl", "Head of digital", "Röhsska museet"),
    ("Andrea Molnár", "Data scientist", "Heritage Data Lab"),
    ("Marek Zieliński", "Photographer", "Independent"),
    ("Marie Lefèvre", "Chargée de communication", "Musée de la Chemiserie"),
    ("Nathalie Roux", "Directrice", "Écomusée du pays de Rennes"),
    ("Sarah Dupont", "Responsable du numérique", "Musée royal de Mariemont"),
]

# Guests who give the French sessions; demo members give them too when they list French among
# their languages.
FRENCH_SPEAKERS = {
    "Camille Moreau",
    "Mathilde Fournier",
    "Sophie Martin",
    "Hélène Durand",
    "Eva Dubois",
    "Julien Petit",
    "Luc Lambert",
    "Marie Lefèvre",
    "Nathalie Roux",
    "Sarah Dupont",
}

# Breaks, by kind: the first day opens with "arrival", the others with "morning".
BREAKS = {
    "arrival": ["Registration and coffee", "Welcome coffee and badges", "Doors open, coffee"],
    "morning": ["Morning coffee", "Coffee before we start", "Coffee and pastries"],
    "coffee": [
        "Coffee break",
        "Coffee and conversations",
        "Coffee and demo tables",
        "Coffee and poster corner",
        "Tea and coffee",
    ],
    "lunch": ["Lunch", "Lunch and meet the speakers", "Lunch and job board", "Lunch in the foyer"],
    "evening": ["Welcome drinks", "Drinks in the foyer", "Evening reception with the partners"],
}

# The shape of a day. Blocks: ("break", kind, start, end); ("keynote" | "panel", start, end) in
# the main room; ("rooms", start, end, ((format, count) per room)), sessions of equal length;
# ("lightning", start, count, minutes) in the main room. Rooms that an edition lacks are left out.
TALK, WORKSHOP = Session.Format.TALK, Session.Format.WORKSHOP
DAYS = {
    "one room": (
        ("break", "arrival", "09:00", "09:30"),
        ("keynote", "09:30", "10:15"),
        ("rooms", "10:15", "11:15", ((TALK, 2),)),
        ("break", "coffee", "11:15", "11:45"),
        ("rooms", "11:45", "12:45", ((TALK, 2),)),
        ("break", "lunch", "12:45", "14:00"),
        ("panel", "14:00", "15:00"),
        ("lightning", "15:00", 6, 8),
        ("break", "coffee", "15:50", "16:20"),
        ("rooms", "16:20", "17:20", ((TALK, 2),)),
        ("keynote", "17:20", "18:00"),
    ),
    "full": (
        ("break", "arrival", "08:45", "09:30"),
        ("keynote", "09:30", "10:15"),
        ("rooms", "10:15", "11:15", ((TALK, 2), (TALK, 2), (WORKSHOP, 1))),
        ("break", "coffee", "11:15", "11:45"),
        ("rooms", "11:45", "13:00", ((TALK, 3), (WORKSHOP, 1))),
        ("break", "lunch", "13:00", "14:15"),
        ("panel", "14:15", "15:15"),
        ("lightning", "15:15", 5, 9),
        ("break", "coffee", "16:00", "16:30"),
        ("rooms", "16:30", "17:30", ((TALK, 2), (WORKSHOP, 1), (TALK, 2))),
        ("break", "evening", "18:00", "20:00"),
    ),
    "afternoon": (
        ("break", "arrival", "12:30", "13:30"),
        ("keynote", "13:30", "14:15"),
        ("rooms", "14:15", "15:15", ((TALK, 2), (TALK, 2), (WORKSHOP, 1))),
        ("break", "coffee", "15:15", "15:45"),
        ("lightning", "15:45", 5, 9),
        ("panel", "16:30", "17:30"),
        ("break", "evening", "18:30", "21:00"),
    ),
    "closing": (
        ("break", "morning", "09:00", "09:30"),
        ("keynote", "09:30", "10:15"),
        ("rooms", "10:15", "11:15", ((TALK, 2), (WORKSHOP, 1), (TALK, 2))),
        ("break", "coffee", "11:15", "11:45"),
        ("panel", "11:45", "12:45"),
        ("break", "lunch", "12:45", "14:00"),
        ("rooms", "14:00", "15:00", ((TALK, 2), (TALK, 2))),
        ("lightning", "15:00", 4, 10),
        ("keynote", "15:45", "16:30"),
    ),
    "workshops": (
        ("break", "morning", "09:00", "09:30"),
        ("rooms", "09:30", "12:00", ((WORKSHOP, 1), (WORKSHOP, 1), (WORKSHOP, 1))),
        ("keynote", "12:00", "12:45"),
    ),
}

# The days of a programme by its length; an edition takes one whose count of sessions, with its
# rooms, is between MIN_SESSIONS and MAX_SESSIONS. An edition with a single room has "one room" days.
SHAPES = {
    1: (("full",),),
    2: (("full", "closing"), ("afternoon", "closing"), ("full", "workshops")),
    3: (("afternoon", "closing", "workshops"),),
}
MIN_SESSIONS, MAX_SESSIONS = 15, 40

POOLS = {
    Session.Format.KEYNOTE: KEYNOTES,
    Session.Format.TALK: TALKS,
    Session.Format.PANEL: PANELS,
    Session.Format.WORKSHOP: WORKSHOPS,
    Session.Format.LIGHTNING: LIGHTNING_TALKS,
}
# How many speakers a session of each format has: (usual, sometimes, how often "sometimes").
SPEAKER_COUNTS = {
    Session.Format.KEYNOTE: (1, 1, 0),
    Session.Format.TALK: (1, 2, 0.15),
    Session.Format.PANEL: (3, 4, 0.3),
    Session.Format.WORKSHOP: (1, 2, 0.4),
    Session.Format.LIGHTNING: (1, 1, 0),
}
# The share of guests among speakers: keynote speakers often come from outside the network.
GUEST_SHARE = {Session.Format.KEYNOTE: 0.5}
DEFAULT_GUEST_SHARE = 0.2
# A member speaks at most this many times in one edition, a guest once.
MEMBER_TALKS_PER_EDITION = 2


@dataclass
class Slot:
    """A session of a programme being composed, before it becomes a Session."""

    day: datetime.date
    starts_at: datetime.time
    ends_at: datetime.time
    room: str
    format: str
    title: str = ""
    abstract: str = ""
    speakers: list = field(default_factory=list)
    break_kind: str = ""
    french: bool = False

    def overlaps(self, other):
        return (
            self.day == other.day
            and self.starts_at < other.ends_at
            and other.starts_at < self.ends_at
        )


def seed_events(rng, talks=()):
    """The demo editions, published with their programmes; a second run adds none twice.

    `talks` are the sessions whose slides are in the library's demo, as (year, format, title,
    speaker's name, abstract); the library links each deck to the session of its title. A
    talk in a cancelled year moves to the next edition. Returns how many editions were added.
    """
    index = EventIndexPage.objects.first()
    if index is None:
        raise LookupError("The events index is missing: run the migrations first.")
    members = demo_speakers()
    programmes = compose_programmes(rng, members, talks_by_year(talks))
    existing_years = set(EventPage.objects.values_list("edition_year", flat=True))
    existing_slugs = set(EventPage.objects.values_list("slug", flat=True))
    added = 0
    for edition in EDITIONS:
        if edition.year in existing_years or edition.slug in existing_slugs:
            continue
        publish_edition(index, edition, programmes[edition.year])
        added += 1
    return added


def delete_demo_events():
    """Remove the demo editions and their programmes. Returns how many were deleted."""
    pages = list(EventPage.objects.filter(slug__in=[edition.slug for edition in EDITIONS]))
    session_type = ReferenceIndex._get_base_content_type(Session)
    for page in pages:
        # One deleted session or speaker at a time would clean the reference index in two
        # queries each: clean it for the whole edition first.
        ReferenceIndex.remove_for_object(page)
        ReferenceIndex.remove_references_to(page)
        ReferenceIndex.objects.filter(
            to_content_type=session_type,
            to_object_id__in=[str(pk) for pk in page.sessions.values_list("pk", flat=True)],
        ).delete()
        with disable_reference_index_auto_update():
            page.delete()
    return len(pages)


def demo_speakers():
    """The demo members who may speak, in a stable order: those whose profile everyone may see
    (public and verified), since programmes are public. Staff logins do not give talks."""
    staff = [email for email, *_rest in STAFF_LOGINS]
    return list(
        Profile.objects.filter(
            user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}",
            visibility=Profile.Visibility.PUBLIC,
            is_suspended=False,
            user__emailaddress__verified=True,
        )
        .exclude(user__email__in=staff)
        .exclude(display_name="")
        .order_by("display_name", "pk")
        .distinct()
    )


def speaks_french(profile):
    return "fr" in (profile.languages or []) or profile.display_name in FRENCH_SPEAKERS


def talks_by_year(talks):
    """The library's talks by the edition that hosts them: a cancelled year's go to the next."""
    held = sorted(edition.year for edition in EDITIONS if edition.status != CANCELLED)
    by_year = defaultdict(list)
    for year, session_format, title, speaker, abstract in talks:
        host = next((candidate for candidate in held if candidate >= year), held[-1])
        by_year[host].append((session_format, title, abstract, speaker))
    return by_year


def compose_programmes(rng, members, talks):
    """Every edition's programme, composed in order so that the pools spread over the years."""
    usage = Counter()
    programmes = {}
    for edition in EDITIONS:
        slots = schedule(edition, rng)
        give_titles(edition, slots, rng, usage, talks.get(edition.year, []))
        cast_speakers(edition, slots, rng, members)
        programmes[edition.year] = slots
    return programmes


def at(text):
    return datetime.time.fromisoformat(text)


def later(time, minutes):
    moment = datetime.datetime.combine(datetime.date.min, time)
    return (moment + datetime.timedelta(minutes=minutes)).time()


def minutes_between(start, end):
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def schedule(edition, rng):
    """The time slots of an edition: its days, rooms and formats, without content yet."""
    if len(edition.rooms) == 1:
        shapes = [("one room",) * edition.days]
    else:
        shapes = [
            shape
            for shape in SHAPES[edition.days]
            if MIN_SESSIONS <= count_slots(shape, len(edition.rooms)) <= MAX_SESSIONS
        ]
    shape = rng.choice(shapes)
    slots = []
    for offset, day_name in enumerate(shape):
        day = edition.starts_on + datetime.timedelta(days=offset)
        for block in DAYS[day_name]:
            slots.extend(block_slots(block, day, edition.rooms))
    return slots


def count_slots(shape, rooms):
    day = datetime.date(2000, 1, 1)
    placeholder_rooms = tuple(str(number) for number in range(rooms))
    return sum(
        len(block_slots(block, day, placeholder_rooms)) for name in shape for block in DAYS[name]
    )


def block_slots(block, day, rooms):
    kind = block[0]
    if kind == "break":
        _kind, break_kind, start, end = block
        return [Slot(day, at(start), at(end), "", Session.Format.BREAK, break_kind=break_kind)]
    if kind in {"keynote", "panel"}:
        _kind, start, end = block
        return [Slot(day, at(start), at(end), rooms[0], kind)]
    if kind == "lightning":
        _kind, start, count, minutes = block
        first = at(start)
        return [
            Slot(
                day,
                later(first, number * minutes),
                later(first, (number + 1) * minutes),
                rooms[0],
                Session.Format.LIGHTNING,
            )
            for number in range(count)
        ]
    _kind, start, end, per_room = block
    slots = []
    for room, (session_format, count) in zip(rooms, per_room, strict=False):
        length = minutes_between(at(start), at(end)) // count
        slots.extend(
            Slot(
                day,
                later(at(start), number * length),
                later(at(start), (number + 1) * length),
                room,
                session_format,
            )
            for number in range(count)
        )
    return slots


def give_titles(edition, slots, rng, usage, talks):
    """Title and abstract for every slot: the decks' talks first, then French, then the pools."""
    titles = set()
    pinned = list(talks) + [
        (session_format, title, abstract, None)
        for year, session_format, title, abstract in FIXED_SESSIONS
        if year == edition.year
    ]
    for session_format, title, abstract, speaker in pinned:
        free = [slot for slot in slots if slot.format == session_format and not slot.title]
        # A format the day has no room left for: any talk slot, then any session.
        free = free or [slot for slot in slots if slot.format == "talk" and not slot.title]
        free = free or [slot for slot in slots if slot.format != "break" and not slot.title]
        slot = rng.choice(free)
        slot.title, slot.abstract = title, abstract
        if speaker:
            slot.speakers.append(speaker)
        titles.add(title)

    french = [
        (session_format, title, abstract)
        for session_format, since, title, abstract in FRENCH_SESSIONS
        if since <= edition.year
    ]
    for session_format, title, abstract in rng.sample(french, min(edition.french, len(french))):
        free = [slot for slot in slots if slot.format == session_format and not slot.title]
        if free:
            slot = rng.choice(free)
            slot.title, slot.abstract, slot.french = title, abstract, True
            titles.add(title)

    breaks = {kind: rng.sample(names, len(names)) for kind, names in BREAKS.items()}
    for slot in slots:
        if slot.title:
            continue
        if slot.format == Session.Format.BREAK:
            names = breaks[slot.break_kind]
            slot.title = names.pop() if names else f"{BREAKS[slot.break_kind][0]}, {slot.day:%A}"
            continue
        _topic, title, abstract = pick(POOLS[slot.format], edition, titles, usage, rng)
        slot.title, slot.abstract = title, abstract
        titles.add(title)
        usage[title] += 1


def pick(pool, edition, taken, usage, rng):
    """An idea of the pool for this year, not yet in the edition, favouring its themes and the
    ideas used least in earlier editions."""
    fits = [
        (topic, title, abstract)
        for topic, since, title, abstract in pool
        if since <= edition.year and title not in taken
    ]
    if not fits:
        raise ValueError(f"The pool has no session left for {edition.title}.")
    themed = [idea for idea in fits if idea[0] in edition.topics]
    if themed and rng.random() < 0.5:
        fits = themed
    fewest = min(usage[idea[1]] for idea in fits)
    return rng.choice([idea for idea in fits if usage[idea[1]] == fewest])


def cast_speakers(edition, slots, rng, members):
    """Speakers for every session but the breaks: mostly members, some guests, never in two
    places at once."""
    by_name = {profile.display_name: profile for profile in members}
    order = rng.sample(members, len(members))
    guests = rng.sample(GUESTS, len(GUESTS))
    talks = Counter()
    booked = defaultdict(list)

    def free(key, slot, limit):
        return talks[key] < limit and not any(slot.overlaps(other) for other in booked[key])

    def book(key, slot, speaker):
        talks[key] += 1
        booked[key].append(slot)
        slot.speakers.append(speaker)

    # The decks' speakers are named; one without an account speaks as a guest.
    for slot in slots:
        named, slot.speakers = slot.speakers, []
        for name in named:
            profile = by_name.get(name)
            key = ("member", profile.pk) if profile else ("guest", name)
            book(key, slot, profile or (name, "", ""))

    for slot in slots:
        # A named talk keeps its speaker alone; a named panel still gets its panellists.
        if slot.format == Session.Format.BREAK or (
            slot.speakers and slot.format != Session.Format.PANEL
        ):
            continue
        usual, sometimes, how_often = SPEAKER_COUNTS[slot.format]
        wanted = sometimes if rng.random() < how_often else usual
        guest_share = GUEST_SHARE.get(slot.format, DEFAULT_GUEST_SHARE)
        while len(slot.speakers) < wanted:
            member = next(
                (
                    profile
                    for profile in sorted(order, key=lambda p: talks["member", p.pk])
                    if free(("member", profile.pk), slot, MEMBER_TALKS_PER_EDITION)
                    and (not slot.french or speaks_french(profile))
                ),
                None,
            )
            guest = next(
                (
                    guest
                    for guest in guests
                    if free(("guest", guest[0]), slot, 1)
                    and (not slot.french or guest[0] in FRENCH_SPEAKERS)
                ),
                None,
            )
            if member and (guest is None or rng.random() >= guest_share):
                book(("member", member.pk), slot, member)
            elif guest:
                book(("guest", guest[0]), slot, guest)
            else:
                break


def publish_edition(index, edition, slots):
    """Create an edition under the index and publish it through a revision, as in the admin."""
    page = EventPage(
        title=edition.title,
        slug=edition.slug,
        edition_year=edition.year,
        theme=edition.theme,
        tagline=edition.tagline,
        starts_on=edition.starts_on,
        ends_on=edition.ends_on,
        time_zone=edition.time_zone,
        city=edition.city,
        country=edition.country,
        venue_name=edition.venue,
        venue_address=edition.address,
        latitude=Decimal(edition.latitude),
        longitude=Decimal(edition.longitude),
        accessibility_notes=edition.accessibility,
        registration_url=edition.registration_url,
        registration_state=edition.registration,
        capacity=edition.capacity,
        ticket_prices=edition.tickets,
        status=edition.status,
        status_note=edition.status_note,
        search_description=f"{edition.title}: {edition.tagline}",
        first_published_at=announced_at(edition),
        live=False,
    )
    page.description = [
        ("text", RichText("".join(f"<p>{escape(text)}</p>" for text in edition.description)))
    ]
    page.partners = [
        EventPartner(name=name, kind=kind, sort_order=number)
        for number, (name, kind) in enumerate(edition.partners)
    ]
    page.tags.add(*[TOPIC_TAGS[topic] for topic in edition.topics])
    # Every saved session and speaker would otherwise queue a task that indexes the references
    # of the whole page again, some 80 per edition: queue one, once the page is published.
    with disable_reference_index_auto_update():
        index.add_child(instance=page)
        add_programme(page, slots)
        page = EventPage.objects.prefetch_related("sessions__speakers").get(pk=page.pk)
        page.save_revision().publish()
    update_reference_index_task.enqueue(page._meta.app_label, page._meta.model_name, str(page.pk))
    return page


def add_programme(page, slots):
    """Save the sessions and speakers of a page in two queries.

    The admin saves them one by one with the page; the revision published next holds them with
    their ids all the same, so later edits keep the sessions that decks point to.
    """
    sessions = Session.objects.bulk_create(
        Session(
            event=page,
            day=slot.day,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            room=slot.room,
            format=slot.format,
            title=slot.title,
            abstract=slot.abstract,
        )
        for slot in slots
    )
    SessionSpeaker.objects.bulk_create(
        SessionSpeaker(session=session, profile=speaker, sort_order=number)
        if isinstance(speaker, Profile)
        else SessionSpeaker(
            session=session,
            name=speaker[0],
            role=speaker[1],
            organisation=speaker[2],
            sort_order=number,
        )
        for session, slot in zip(sessions, slots, strict=True)
        for number, speaker in enumerate(slot.speakers)
    )


def announced_at(edition):
    """When the edition was announced: about half a year before it, and never in the future."""
    moment = datetime.datetime.combine(
        edition.starts_on - datetime.timedelta(days=200), datetime.time(9), tzinfo=datetime.UTC
    )
    return min(moment, timezone.now())
