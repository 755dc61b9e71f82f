"""The demo content of the library, as data: slide decks, institutions and case studies.

`resources.demo` turns it into real files and pages. Decks and case studies link by title, and
speakers and member authors are names from `community.demo.MEMBERS`.
"""


def section(kind, text, heading=""):
    return ("section", {"kind": kind, "heading": heading, "text": text})


def quote(text, attribution=""):
    return ("quote", {"quote": text, "attribution": attribution})


# One record per deck:
# (title, speaker, language, file kind, tags, description, meetup year, session format, slides)
# - speaker: a display name from community.demo.MEMBERS; the deck is uploaded as that member.
# - file kind: "pdf", "pptx" or "odp". A PDF is written in Latin-1 with no line wrapping, so its
#   slide text must fit on the page (a test checks it survives text extraction).
# - meetup year (2013-2026) and session format ("talk", "keynote", "panel", "workshop" or
#   "lightning"): the meetup where the deck was presented; kept here for linking decks to
#   demo events, not stored on the deck yet.
# - slides: (title, body lines, speaker notes); notes are kept for PPTX and ODP only.
DECKS = [
    (
        "Going live on Instagram with one phone",
        "Giulia Romano",
        "en",
        "pptx",
        ["instagram", "live streaming", "social media"],
        "How a small team at the Museo Egizio runs a weekly live tour with a phone, a gimbal and a moderator.",
        2022,
        "talk",
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
        2021,
        "talk",
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
        2024,
        "talk",
        [
            ("Open access images", ["What changed after the release", "Rijksmuseum Twenthe"], ""),
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
        2019,
        "workshop",
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
        2018,
        "lightning",
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
        2017,
        "talk",
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
        2023,
        "talk",
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
        2025,
        "lightning",
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
    (
        "Ten years of social media at a city museum",
        "Katarzyna Nowak",
        "en",
        "pdf",
        ["social media", "digital strategy", "community management", "analytics"],
        "From one Facebook page run on Fridays to a team with rules for its own hours: what a decade of posting taught the Muzeum Warszawy.",
        2023,
        "keynote",
        [
            (
                "Ten years of social media",
                ["Muzeum Warszawy, Warsaw", "Katarzyna Nowak, head of digital"],
                "",
            ),
            (
                "Where we started in 2013",
                [
                    "One Facebook page, 1,900 fans",
                    "Run by the press office on Fridays",
                    "No budget line, no plan",
                ],
                "",
            ),
            (
                "The first rule we wrote",
                [
                    "Post only what we can answer for",
                    "Written on a sticky note in 2013",
                    "Still on the wall of the office",
                ],
                "",
            ),
            (
                "2014: live-tweeting lectures",
                [
                    "Every Thursday lecture, live",
                    "400 tweets a month at the peak",
                    "Useful for 30 people, exhausting for one",
                ],
                "",
            ),
            (
                "What Twitter taught us",
                [
                    "Speed is not a strategy",
                    "The same ten accounts replied every time",
                    "We stopped in 2016 and nobody asked why",
                ],
                "",
            ),
            (
                "2015: Instagram arrives",
                [
                    "First post: a tram ticket from 1939",
                    "Square photos of objects on grey card",
                    "1,000 followers in six months",
                ],
                "",
            ),
            (
                "The grey card years",
                [
                    "Consistent, cheap, and a bit boring",
                    "Objects alone got few likes",
                    "Objects held in hands got three times more",
                ],
                "",
            ),
            (
                "People over objects",
                [
                    "Show the hands that hold the object",
                    "Name the conservator, not only the chair",
                    "Faces doubled our comments in 2016",
                ],
                "",
            ),
            (
                "2017: Stories change the rhythm",
                [
                    "Daily Stories, weekly posts",
                    "Polls on which object to show next",
                    "Stories reached 12% of our followers",
                ],
                "",
            ),
            (
                "A team, finally",
                [
                    "2018: two people, 1.5 full-time posts",
                    "One from education, one from the press office",
                    "Different habits, one calendar",
                ],
                "",
            ),
            (
                "The shared calendar",
                [
                    "A spreadsheet, one row per post",
                    "Columns: date, platform, owner, status",
                    "Reviewed every Monday at 9:30",
                ],
                "",
            ),
            (
                "2019: the charter",
                [
                    "Who we talk to, and how we sound",
                    "What we never post",
                    "Who answers which question",
                ],
                "",
            ),
            (
                "What we never post",
                [
                    "Memes about war or occupation",
                    "Visitors' faces without consent",
                    "Anything we cannot source",
                ],
                "",
            ),
            (
                "2020: the closure",
                [
                    "Galleries closed for 7 months in total",
                    "Posts went from 3 to 10 a week",
                    "Followers up 38% in one year",
                ],
                "",
            ),
            (
                "What worked during the closure",
                [
                    "Curators filmed on their own phones",
                    "Street quizzes from old photos of Warsaw",
                    "A daily 'window on the city' post",
                ],
                "",
            ),
            (
                "What did not work",
                [
                    "Zoom lectures after month three",
                    "Virtual tours that nobody finished",
                    "Posting every day without a reason",
                ],
                "",
            ),
            (
                "The cost of the closure",
                [
                    "Two burnouts in a team of four",
                    "Messages answered every weekend",
                    "No rule at all for time off",
                ],
                "",
            ),
            (
                "Rules for people, not posts",
                [
                    "No answering after 19:00",
                    "Weekend messages wait for Monday",
                    "A rota for sensitive anniversaries",
                ],
                "",
            ),
            (
                "2021: short video",
                [
                    "Reels first, TikTok in 2022",
                    "Vertical video, 20 to 40 seconds",
                    "Subtitles on every video",
                ],
                "",
            ),
            (
                "Our best video in ten years",
                [
                    "A conservator cleaning an enamel street sign",
                    "1.2 million views, 31 seconds long",
                    "Filmed in one take on a Tuesday",
                ],
                "",
            ),
            (
                "Why it worked",
                [
                    "A satisfying gesture",
                    "A question in the first second",
                    "No music: the sound of the brush",
                ],
                "",
            ),
            (
                "2022: the war next door",
                [
                    "Refugees in the city and in our galleries",
                    "Posts in Ukrainian for the first time",
                    "Free entry announced in three languages",
                ],
                "",
            ),
            (
                "Moderating a hard year",
                [
                    "Hostile comments up fivefold",
                    "Hide insults, answer questions",
                    "A weekly review with the director",
                ],
                "",
            ),
            (
                "2023: leaving a platform",
                [
                    "Our Twitter account archived, not deleted",
                    "A pinned post pointing to the newsletter",
                    "Visitors lost that we could measure: none",
                ],
                "",
            ),
            (
                "What we measure now",
                [
                    "Saves and shares, not likes",
                    "Clicks through to the ticket page",
                    "Questions answered within a day",
                ],
                "",
            ),
            (
                "Numbers that matter",
                [
                    "Instagram: 48,000 followers",
                    "Newsletter: 22,000 subscribers",
                    "Ticket clicks from social media: 6% of sales",
                ],
                "",
            ),
            (
                "Numbers we stopped reporting",
                ["Total likes", "Follower growth per week", "Reach of a single post"],
                "",
            ),
            (
                "Ten years in one slide",
                ["2013: a page", "2016: a voice", "2019: a charter", "2023: a team with limits"],
                "",
            ),
            (
                "Five lessons",
                [
                    "People over objects",
                    "A calendar beats inspiration",
                    "Write rules for the team, too",
                    "Leave platforms calmly",
                    "Measure what leads to visits",
                ],
                "",
            ),
            (
                "What I would tell myself in 2013",
                [
                    "Do fewer platforms, better",
                    "Ask the curators early",
                    "Keep screenshots: this is history too",
                ],
                "",
            ),
            (
                "What comes next",
                [
                    "Fewer posts, more conversations",
                    "Small community groups over big numbers",
                    "One channel we own: the newsletter",
                ],
                "",
            ),
            (
                "Thank you",
                ["Katarzyna Nowak, Muzeum Warszawy", "Ask me about the weekend rota"],
                "",
            ),
        ],
    ),
    (
        "TikTok for museums: the first hundred videos",
        "Ana García",
        "en",
        "pptx",
        ["tiktok", "short video", "young audiences", "social media"],
        "A city history museum posted a hundred TikTok videos in a year. Front-of-house staff became the stars, and under-25 tickets went up.",
        2023,
        "talk",
        [
            (
                "TikTok for museums: the first hundred videos",
                ["Museo de Historia de Valencia", "Ana García, digital and audiences"],
                "Ask who in the room has posted a TikTok for work.",
            ),
            (
                "Why we started",
                [
                    "Visitors under 25: 9% of tickets",
                    "School groups knew TikTok, not us",
                    "The director agreed to a six-month trial",
                ],
                "Calling it a trial let us fail in public.",
            ),
            (
                "The team",
                [
                    "One community manager, 6 hours a week",
                    "Two front-of-house staff on camera",
                    "A curator who checks every fact",
                ],
                "",
            ),
            (
                "The kit",
                [
                    "A mid-range phone",
                    "A 25-euro clip-on light",
                    "CapCut for editing, free version",
                ],
                "",
            ),
            (
                "Formats that stuck",
                [
                    "'What is this?' object riddles",
                    "Myth or fact about Valencia",
                    "Front-of-house staff answer visitor questions",
                ],
                "Riddles were our first format and are still our best.",
            ),
            (
                "Videos 1 to 20",
                [
                    "Average views: 800",
                    "We copied trends two weeks too late",
                    "We sounded like a press release",
                ],
                "",
            ),
            (
                "Videos 21 to 60",
                [
                    "Average views: 4,500",
                    "Front-of-house staff on camera",
                    "Jokes written by them, checked by us",
                ],
                "",
            ),
            (
                "Videos 61 to 100",
                [
                    "Average views: 11,000",
                    "Three videos over 200,000 views",
                    "One series per weekday",
                ],
                "",
            ),
            (
                "The video that changed our numbers",
                [
                    "A guard explains the 'do not touch' rope",
                    "640,000 views",
                    "Filmed in 40 minutes",
                ],
                "It was a joke about the rope. It also taught 640,000 people why the rope is there.",
            ),
            (
                "What did not travel",
                ["Exhibition trailers", "Curators as talking heads", "Anything over 45 seconds"],
                "",
            ),
            (
                "Comments and moderation",
                [
                    "Answer the first 20 comments within an hour",
                    "Pin the best question",
                    "A muted words list of 60 words",
                ],
                "",
            ),
            (
                "Did it bring visitors?",
                [
                    "Code 'TIKTOK' at the desk: 1,300 uses",
                    "Under-25 tickets: from 9% to 14%",
                    "A free entry day helped too",
                ],
                "Be honest about attribution: the free day did part of the work.",
            ),
            (
                "Rules we wrote after 100 videos",
                [
                    "Staff appear only if they want to",
                    "No visitors' faces, ever",
                    "A curator checks facts within a day",
                ],
                "",
            ),
            (
                "If you start tomorrow",
                [
                    "Pick one format and repeat it",
                    "Put your staff on camera, not your logo",
                    "Give it six months before judging",
                ],
                "",
            ),
        ],
    ),
    (
        "Une newsletter que les gens ouvrent",
        "Sophie Martin",
        "fr",
        "pdf",
        ["newsletters", "small museums", "digital strategy"],
        "Un musée de trois salariés est passé de 14 % à 52 % d'ouverture en racontant un seul objet par lettre.",
        2022,
        "talk",
        [
            (
                "Une newsletter que les gens ouvrent",
                ["Musée de la Chemiserie, Argenton-sur-Creuse", "Sophie Martin"],
                "",
            ),
            (
                "Le point de départ",
                [
                    "Une lettre mensuelle, 1 200 adresses",
                    "Taux d'ouverture : 14 %",
                    "Personne ne cliquait",
                ],
                "",
            ),
            (
                "Ce que nous avons changé",
                [
                    "Un seul sujet par lettre",
                    "Un objet en photo, pas l'affiche",
                    "Envoi le jeudi à 18 h",
                ],
                "",
            ),
            (
                "L'objet du mois",
                [
                    "Une chemise, un col, un bouton",
                    "L'histoire de la personne qui l'a portée",
                    "400 mots, pas plus",
                ],
                "",
            ),
            (
                "L'outil",
                [
                    "Brevo, formule gratuite",
                    "Jusqu'à 300 envois par jour",
                    "Un seul modèle, jamais retouché",
                ],
                "",
            ),
            (
                "Le RGPD sans y passer l'hiver",
                [
                    "Double inscription (double opt-in)",
                    "Un lien de désinscription bien visible",
                    "Les adresses de la billetterie à part",
                ],
                "",
            ),
            (
                "Les chiffres, deux ans après",
                [
                    "2 900 abonnés",
                    "Taux d'ouverture : 52 %",
                    "10 à 15 réponses de lecteurs par mois",
                ],
                "",
            ),
            (
                "Les réponses valent de l'or",
                [
                    "Des familles nous prêtent des chemises",
                    "Deux dons pour la collection",
                    "Des idées d'ateliers",
                ],
                "",
            ),
            (
                "Le temps passé",
                ["Trois heures par lettre", "Une heure pour répondre aux lecteurs", "Zéro euro"],
                "",
            ),
            (
                "Nos conseils",
                [
                    "Écrire comme on parle à l'accueil",
                    "Un sujet, une image, un lien",
                    "Répondre à chaque réponse",
                ],
                "",
            ),
        ],
    ),
    (
        "Community management without burning out",
        "Camille Moreau",
        "en",
        "pptx",
        ["community management", "social media", "editorial charter"],
        "A workshop for small social media teams: opening hours for replies, a rota for hard moments and saved answers.",
        2024,
        "workshop",
        [
            (
                "Community management without burning out",
                [
                    "A workshop for social media teams of one to five",
                    "Camille Moreau, Musée des Beaux-Arts de Lyon",
                ],
                "90 minutes, groups of four.",
            ),
            (
                "A quick poll",
                [
                    "Who answers messages on a Sunday?",
                    "Who has a written rule about it?",
                    "Who took a full week off last year?",
                ],
                "Most hands go up for the first question, very few for the second.",
            ),
            (
                "Where the hours go",
                [
                    "We logged our time for four weeks",
                    "Replies and moderation: 41%",
                    "Creating posts: 33%",
                    "Reporting: 12%",
                ],
                "",
            ),
            (
                "The invisible work",
                [
                    "Reading hostile comments",
                    "Checking facts with curators",
                    "Waiting for approvals",
                ],
                "None of this shows in a content calendar.",
            ),
            (
                "Exercise 1: map your week",
                [
                    "List every task, even the small ones",
                    "Mark what only you can do",
                    "Mark what could wait a day",
                ],
                "15 minutes, in pairs.",
            ),
            (
                "Opening hours for social media",
                [
                    "Replies Monday to Friday, 9:00 to 18:00",
                    "Written in every profile bio",
                    "An auto-reply outside those hours",
                ],
                "",
            ),
            (
                "A rota for hard moments",
                [
                    "Two people on call during a crisis",
                    "A shared note of who decides what",
                    "The director's mobile number, with consent",
                ],
                "",
            ),
            (
                "Moderation in three levels",
                [
                    "Level 1: hide insults, no reply",
                    "Level 2: answer critics with facts",
                    "Level 3: escalate to press office and director",
                ],
                "",
            ),
            (
                "Saved replies",
                [
                    "32 saved answers in our inbox tool",
                    "Opening hours, access, prices, photography",
                    "Reviewed every six months",
                ],
                "",
            ),
            (
                "Exercise 2: write three saved replies",
                [
                    "Pick your three most asked questions",
                    "Two sentences each",
                    "Read them aloud: do they sound human?",
                ],
                "",
            ),
            (
                "What changed for us",
                [
                    "Weekend work: from 5 hours to none",
                    "Replies within a working day: 96%",
                    "Complaints about the auto-reply: none",
                ],
                "We expected complaints about slower weekend answers. We got none in a year.",
            ),
            (
                "Take home",
                [
                    "Write down your hours",
                    "Share the hard moments",
                    "Your health is part of the strategy",
                ],
                "",
            ),
        ],
    ),
    (
        "Digitising 60,000 ship plans with volunteers",
        "Jonas Lindqvist",
        "en",
        "pdf",
        ["digitisation", "volunteering", "collections online"],
        "Scanning four-metre drawings, storing 94 TB and keeping 210 volunteers busy describing ships for three years.",
        2019,
        "talk",
        [
            (
                "Digitising 60,000 ship plans",
                ["Sjöhistoriska museet, Stockholm", "Jonas Lindqvist, collections data"],
                "",
            ),
            (
                "The collection",
                [
                    "60,000 drawings of ships, 1750 to 1990",
                    "Some of them four metres long",
                    "Catalogued on paper cards until 2016",
                ],
                "",
            ),
            (
                "The plan",
                [
                    "Scan everything in three years",
                    "Volunteers describe, staff check",
                    "Publish each batch once it is checked",
                ],
                "",
            ),
            (
                "Scanning large drawings",
                [
                    "A rented A0 flatbed scanner",
                    "600 dpi, TIFF masters, JPEG copies",
                    "120 drawings on a good day",
                ],
                "",
            ),
            (
                "Storage",
                [
                    "Masters: 94 TB in the end",
                    "Two copies, one of them off site",
                    "Storage: 18% of the project budget",
                ],
                "",
            ),
            (
                "Recruiting volunteers",
                [
                    "Retired engineers and sailors",
                    "A call in the members' magazine",
                    "210 sign-ups in a month",
                ],
                "",
            ),
            (
                "The transcription tool",
                [
                    "Zooniverse project builder",
                    "Four fields: ship, yard, year, type",
                    "Each drawing seen by three people",
                ],
                "",
            ),
            (
                "When three people disagree",
                [
                    "Agreement on 81% of the drawings",
                    "A staff member decides the rest",
                    "Disagreements taught us the vocabulary",
                ],
                "",
            ),
            (
                "Keeping volunteers",
                [
                    "A monthly video call with a curator",
                    "Names credited on each record",
                    "A day on board the museum ship",
                ],
                "",
            ),
            (
                "Results",
                [
                    "58,400 drawings scanned",
                    "52,000 drawings described",
                    "About 19,000 volunteer hours",
                ],
                "",
            ),
            (
                "What people searched for",
                [
                    "Their grandfather's ship",
                    "Shipyards in small towns",
                    "Lifeboats, more than warships",
                ],
                "",
            ),
            (
                "What we would do again",
                [
                    "Three readers per record",
                    "Publishing in batches, not at the end",
                    "Inviting volunteers into the building",
                ],
                "",
            ),
            (
                "What we would change",
                [
                    "Budget for storage from day one",
                    "A controlled list of ship types first",
                    "Fewer fields, better answered",
                ],
                "",
            ),
        ],
    ),
    (
        "A museum podcast in three seasons",
        "Giulia Romano",
        "en",
        "pptx",
        ["podcasts", "digital storytelling", "audiences"],
        "From 35-minute curator monologues to 15-minute mysteries: what three seasons taught a museum about audio.",
        2020,
        "talk",
        [
            ("A museum podcast in three seasons", ["Museo Egizio, Turin", "Giulia Romano"], ""),
            (
                "Why audio",
                [
                    "Our visitors commute by train",
                    "Objects need stories, not only images",
                    "Audio is cheap to make well",
                ],
                "",
            ),
            (
                "Season 1: the curator talks",
                [
                    "Eight episodes, 35 minutes each",
                    "Recorded in an office",
                    "1,800 listens per episode",
                ],
                "Too long and too polite. But it taught us to edit.",
            ),
            (
                "Season 2: one object, one mystery",
                [
                    "Ten episodes, 15 minutes each",
                    "A host asks, the curator answers",
                    "4,900 listens per episode",
                ],
                "",
            ),
            (
                "Season 3: visitors' questions",
                [
                    "Questions collected at the museum desk",
                    "Answered by the conservation team",
                    "7,200 listens per episode",
                ],
                "",
            ),
            (
                "Our set-up",
                [
                    "Two USB microphones, 150 euros each",
                    "A storage room lined with blankets",
                    "Reaper for editing",
                ],
                "The blankets did more for the sound than any plug-in.",
            ),
            (
                "Time per episode",
                ["Research: 6 hours", "Recording: 2 hours", "Editing: 8 hours"],
                "",
            ),
            (
                "Transcripts",
                [
                    "A full transcript for every episode",
                    "Good for deaf and hard of hearing listeners",
                    "Good for search engines too",
                ],
                "",
            ),
            (
                "Where listeners came from",
                ["Spotify: 46%", "Apple Podcasts: 31%", "The player on our website: 12%"],
                "",
            ),
            (
                "What we got wrong",
                [
                    "No trailer for season 1",
                    "Releasing all episodes on the same day",
                    "Never mentioning the podcast in the galleries",
                ],
                "",
            ),
            (
                "If you start a podcast",
                [
                    "Short episodes, one question each",
                    "A host who is not the expert",
                    "Plan three seasons, not one",
                ],
                "",
            ),
        ],
    ),
    (
        "Playable history: an escape game in the archive",
        "Katarzyna Nowak",
        "en",
        "pptx",
        ["games", "young audiences", "digital storytelling"],
        "A 50-minute escape game where every clue is a digitised document from the 1930s, played by 2,300 people in its first year.",
        2018,
        "talk",
        [
            ("Playable history: an escape game", ["Muzeum Warszawy", "Katarzyna Nowak"], ""),
            (
                "The idea",
                [
                    "Teenagers found the archive boring",
                    "Escape rooms were everywhere in Warsaw",
                    "Why not a game built on real documents?",
                ],
                "",
            ),
            (
                "The game",
                [
                    "Groups of 4 to 6, 50 minutes",
                    "Solve a newspaper mystery from 1934",
                    "Every clue is a digitised document",
                ],
                "",
            ),
            (
                "Paper and screen",
                [
                    "Printed replicas on the table",
                    "Tablets to zoom into the originals",
                    "The final code opens a real archive box",
                ],
                "",
            ),
            (
                "Playtesting",
                [
                    "Six sessions with school groups",
                    "First version: 9 groups out of 10 failed",
                    "We removed two puzzles",
                ],
                "Never trust the first difficulty level you design.",
            ),
            (
                "What it cost",
                [
                    "Game design: 14,000 euros",
                    "Tablets and props: 3,500 euros",
                    "Staff: 2 days a week for 5 months",
                ],
                "",
            ),
            (
                "Who played",
                [
                    "2,300 players in the first year",
                    "70% of them in school groups",
                    "Birthday parties, which we did not expect",
                ],
                "",
            ),
            (
                "What teenagers remembered",
                [
                    "Old handwriting is hard to read",
                    "Newspapers lied then too",
                    "The archive is a real place they can visit",
                ],
                "",
            ),
            (
                "Lessons",
                [
                    "Playtest with the real audience",
                    "Use originals, not illustrations",
                    "Book it like a workshop, not a gallery",
                ],
                "",
            ),
        ],
    ),
    (
        "Wikidata for collection managers: a hands-on workshop",
        "Lukas Becker",
        "en",
        "pdf",
        ["wikidata", "linked open data", "collections online"],
        "Clean maker names in OpenRefine, reconcile them with Wikidata, store the Q numbers and give statements back with QuickStatements.",
        2021,
        "workshop",
        [
            (
                "Wikidata for collection managers",
                ["A hands-on workshop", "Lukas Becker, Landesmuseum Württemberg"],
                "",
            ),
            (
                "What we will do today",
                [
                    "Understand items and statements",
                    "Find your makers in Wikidata",
                    "Add one statement, properly sourced",
                ],
                "",
            ),
            (
                "Before we start",
                [
                    "A Wikidata account for everyone",
                    "A sample of 20 makers from your data",
                    "A laptop, not a phone",
                ],
                "",
            ),
            (
                "What Wikidata is",
                [
                    "A free database that anyone can edit",
                    "Run by the Wikimedia Foundation",
                    "Over 100 million items",
                ],
                "",
            ),
            (
                "Items",
                [
                    "Every thing has an item and a Q number",
                    "Q numbers never change",
                    "Labels change, identifiers stay",
                ],
                "",
            ),
            (
                "Statements",
                [
                    "Item, property, value",
                    "Property numbers start with P",
                    "Example: P170 is 'creator'",
                ],
                "",
            ),
            (
                "References",
                [
                    "Every statement says where it comes from",
                    "Use P248 'stated in' for your catalogue",
                    "No reference, no trust",
                ],
                "",
            ),
            (
                "Why a museum cares",
                [
                    "Shared identifiers for makers and places",
                    "Links to other collections for free",
                    "Search in many languages",
                ],
                "",
            ),
            (
                "Our starting point",
                [
                    "12,000 object records",
                    "3,100 distinct maker names",
                    "'Dannecker' and 'J. H. Dannecker'",
                ],
                "",
            ),
            (
                "Step 1: clean the names",
                [
                    "Export the makers to CSV",
                    "Open the file in OpenRefine",
                    "Cluster similar names: key collision first",
                ],
                "",
            ),
            (
                "Exercise: cluster your names",
                [
                    "Start with the 'fingerprint' method",
                    "Then try 'nearest neighbour'",
                    "Merge only what you are sure of",
                ],
                "",
            ),
            (
                "Step 2: reconcile",
                [
                    "OpenRefine reconciliation with Wikidata",
                    "Restrict matches to 'human' (Q5)",
                    "Add birth years to improve matches",
                ],
                "",
            ),
            (
                "Reading match scores",
                [
                    "Above 90: check a sample",
                    "Between 50 and 90: check each one",
                    "Below 50: usually wrong",
                ],
                "",
            ),
            (
                "Exercise: reconcile 20 makers",
                [
                    "Use your sample file",
                    "Accept, reject or search by hand",
                    "Note how long each decision takes",
                ],
                "",
            ),
            (
                "Our numbers",
                [
                    "8,400 makers matched in the end",
                    "2,100 automatic, 6,300 checked by hand",
                    "Four months, one person, two days a week",
                ],
                "",
            ),
            (
                "Step 3: store the Q numbers",
                [
                    "A new field in the collection database",
                    "Never overwrite our own authority record",
                    "The Q number next to it, not instead",
                ],
                "",
            ),
            (
                "Step 4: give back",
                [
                    "Add the museum as collection (P195)",
                    "Add inventory numbers (P217)",
                    "With QuickStatements, in batches",
                ],
                "",
            ),
            (
                "QuickStatements syntax",
                [
                    "One line per statement",
                    "Q number, tab, property, tab, value",
                    "Test five lines before five thousand",
                ],
                "",
            ),
            (
                "Exercise: one statement",
                [
                    "Add P195 to one painting you know",
                    "Reference your online catalogue",
                    "Look at the item's history tab",
                ],
                "",
            ),
            (
                "The community",
                [
                    "WikiProject Sum of All Paintings",
                    "Ask before mass edits",
                    "Answer on your talk page",
                ],
                "",
            ),
            (
                "Mistakes we made",
                [
                    "A batch of 400 wrong birth dates",
                    "Reverted by volunteers within an hour",
                    "Now we always test on 20 lines first",
                ],
                "",
            ),
            (
                "SPARQL in five minutes",
                [
                    "query.wikidata.org",
                    "Ask: all our objects by women makers",
                    "Results as a table, a map or a timeline",
                ],
                "",
            ),
            (
                "What it brought us",
                [
                    "Search by place in three languages",
                    "Maker pages with dates from Wikidata",
                    "Two new research partnerships",
                ],
                "",
            ),
            (
                "What it did not bring",
                ["Crowds of new visitors", "Quality, automatically", "An end to cataloguing work"],
                "",
            ),
            (
                "Your next steps",
                [
                    "Clean one field, not the whole database",
                    "Reconcile your makers first",
                    "Talk to your local Wikimedia chapter",
                ],
                "",
            ),
            (
                "Resources",
                [
                    "The OpenRefine documentation",
                    "Wikidata:WikiProject Museums",
                    "Our scripts, linked from this deck",
                ],
                "",
            ),
        ],
    ),
    (
        "Chatbots et IA au musée : ce que nous avons refusé",
        "Mathilde Fournier",
        "fr",
        "pptx",
        ["chatbots", "artificial intelligence", "ethics"],
        "Un chatbot d'accueil, un guide conversationnel, des cartels générés : trois pistes testées, deux refusées, et une charte IA en cinq points.",
        2025,
        "talk",
        [
            (
                "Chatbots et IA au musée",
                [
                    "Ce que nous avons essayé, et ce que nous avons refusé",
                    "Mathilde Fournier, musée d'Aquitaine, Bordeaux",
                ],
                "Commencer par une question : qui utilise déjà un outil d'IA au travail ?",
            ),
            (
                "La demande",
                [
                    "« Il nous faut un chatbot » (la direction, 2023)",
                    "Un budget de 30 000 euros",
                    "Six mois pour décider",
                ],
                "",
            ),
            (
                "Trois pistes",
                [
                    "Un chatbot d'accueil sur le site",
                    "Un guide de visite conversationnel",
                    "Des textes de cartels générés",
                ],
                "",
            ),
            (
                "Piste 1 : le chatbot d'accueil",
                [
                    "80 % des questions : horaires, tarifs, accès",
                    "Une bonne FAQ y répond déjà",
                    "Le chatbot ajoutait un risque d'erreur",
                ],
                "Nous avons réécrit la FAQ à la place. Coût : deux jours.",
            ),
            (
                "Piste 2 : le guide conversationnel",
                [
                    "Prototype testé avec 40 visiteurs",
                    "3 réponses fausses sur 25 questions",
                    "Une date de la traite atlantique inventée",
                ],
                "Sur l'histoire de l'esclavage, une seule erreur suffit à disqualifier l'outil.",
            ),
            (
                "Pourquoi nous avons dit non",
                [
                    "Des erreurs sur des sujets sensibles",
                    "Aucun contrôle des sources",
                    "Des données de visiteurs envoyées hors d'Europe",
                ],
                "",
            ),
            (
                "Piste 3 : les textes de cartels",
                [
                    "Des brouillons générés, relus par les conservateurs",
                    "Gain de temps : presque nul",
                    "Le ton devenait le même partout",
                ],
                "",
            ),
            (
                "Ce que nous avons gardé",
                [
                    "La transcription automatique des vidéos",
                    "Une aide à la traduction, toujours relue",
                    "La recherche dans nos propres archives",
                ],
                "",
            ),
            (
                "Notre charte IA en cinq points",
                [
                    "Un humain relit tout ce qui est publié",
                    "Nous disons quand un texte est assisté",
                    "Aucune donnée de visiteur dans un outil externe",
                    "Ni voix ni visage générés",
                    "Un bilan chaque année",
                ],
                "",
            ),
            (
                "L'avis des visiteurs",
                [
                    "Enquête auprès de 600 visiteurs",
                    "62 % veulent savoir si un texte est généré",
                    "18 % seulement souhaitent un chatbot",
                ],
                "",
            ),
            (
                "Le coût réel",
                [
                    "Prototype : 11 000 euros",
                    "Relecture : 4 jours par mois",
                    "Le reste du budget versé à l'accessibilité",
                ],
                "",
            ),
            (
                "À retenir",
                [
                    "Partir du besoin, pas de l'outil",
                    "Tester sur les sujets les plus sensibles",
                    "Savoir dire non, et l'écrire",
                ],
                "",
            ),
        ],
    ),
    (
        "Measuring what matters: evaluating digital projects",
        "Siobhán Byrne",
        "en",
        "pdf",
        ["evaluation", "analytics", "audience research", "digital strategy"],
        "Four lenses for evaluating any digital project (reach, engagement, value, cost), the methods behind them, and a one-page report that ends in a decision.",
        2019,
        "keynote",
        [
            (
                "Measuring what matters",
                [
                    "Evaluating digital projects in museums",
                    "Siobhán Byrne, National Museum of Ireland",
                ],
                "",
            ),
            (
                "A confession",
                [
                    "In 2015 I sent a 40-page analytics report",
                    "Every month, to 30 people",
                    "Nobody read page two",
                ],
                "",
            ),
            (
                "Why we evaluate",
                ["To decide what to stop", "To argue for budget", "To learn, not to prove"],
                "",
            ),
            (
                "Three questions for any project",
                ["Who was it for?", "What should change for them?", "How would we know?"],
                "",
            ),
            (
                "Vanity metrics",
                [
                    "Page views, followers, likes",
                    "They go up with money, not with value",
                    "Easy to count, easy to misread",
                ],
                "",
            ),
            (
                "A vanity metric in the wild",
                [
                    "Collection pages: page views up 40%",
                    "The cause: a bot crawling every record",
                    "Real visitors: flat",
                ],
                "",
            ),
            (
                "Outputs and outcomes",
                [
                    "Output: we published 300 videos",
                    "Outcome: teachers used them in class",
                    "Funders ask for outcomes",
                ],
                "",
            ),
            (
                "A logic model on one page",
                ["Inputs, activities, outputs", "Short-term outcomes", "Long-term outcomes"],
                "",
            ),
            (
                "Our framework: four lenses",
                [
                    "Reach: who did we get to?",
                    "Engagement: what did they do?",
                    "Value: what did they get?",
                    "Cost: what did it take?",
                ],
                "",
            ),
            (
                "Lens 1: reach",
                [
                    "Unique users, not sessions",
                    "Where they are, which language",
                    "New or returning",
                ],
                "",
            ),
            (
                "Reach: the pitfalls",
                [
                    "Cookie refusals hide 30 to 50% of visits",
                    "Bots inflate collection pages",
                    "Compare trends, not absolute numbers",
                ],
                "",
            ),
            (
                "Lens 2: engagement",
                [
                    "Time on page is a weak signal",
                    "Better: saves, downloads, shares",
                    "Best: a task completed",
                ],
                "",
            ),
            (
                "Define tasks, then count them",
                ["Booked a ticket", "Downloaded an image", "Finished a learning module"],
                "",
            ),
            (
                "Lens 3: value",
                [
                    "Only people can tell you",
                    "Short surveys, interviews, observation",
                    "Ask about change, not satisfaction",
                ],
                "",
            ),
            (
                "A question that works",
                [
                    "'What will you do differently?'",
                    "Not: 'Did you enjoy it?'",
                    "Open text, coded afterwards",
                ],
                "",
            ),
            (
                "Lens 4: cost",
                [
                    "Staff days, not only invoices",
                    "Maintenance for five years",
                    "Cost per completed task",
                ],
                "",
            ),
            (
                "Cost per task: an example",
                [
                    "Online course for teachers: 42,000 euros",
                    "1,400 people finished it",
                    "30 euros per completion",
                ],
                "",
            ),
            (
                "The methods toolbox",
                ["Web analytics", "Surveys", "Interviews", "Observation", "Diary studies"],
                "",
            ),
            (
                "Web analytics, set up once",
                [
                    "A goal for every task",
                    "Campaign tags on every link we share",
                    "A view that filters out staff traffic",
                ],
                "",
            ),
            (
                "Surveys that people finish",
                ["Five questions at most", "One open question", "Shown after the task, not before"],
                "",
            ),
            (
                "Our pop-up survey",
                [
                    "Shown to 1 website visitor in 20",
                    "Response rate: 7%",
                    "3,100 answers in a year",
                ],
                "",
            ),
            (
                "Interviews",
                [
                    "Ten are enough to find the big problems",
                    "Twenty minutes each",
                    "Record, transcribe, tag",
                ],
                "",
            ),
            (
                "Observation in the gallery",
                [
                    "Stand near the touchscreen for an hour",
                    "Count who touches it, who walks away",
                    "Note what people say to each other",
                ],
                "",
            ),
            (
                "What observation told us",
                [
                    "Children used the screen, parents read labels",
                    "Average use: 47 seconds",
                    "Nobody reached screen three",
                ],
                "",
            ),
            (
                "Diary studies",
                [
                    "Eight teachers, four weeks",
                    "A short entry after each class",
                    "The best method for long-term use",
                ],
                "",
            ),
            (
                "Case 1: the new website",
                ["Task: plan a visit", "Success rate before: 61%", "After the redesign: 89%"],
                "",
            ),
            (
                "Case 2: Instagram",
                [
                    "Goal: younger visitors",
                    "Asked at the desk: 'How did you hear?'",
                    "Instagram: 4% overall, 11% of under-30s",
                ],
                "",
            ),
            (
                "Case 3: the touchscreen table",
                [
                    "Cost: 65,000 euros",
                    "Used by 8% of gallery visitors",
                    "Retired after 3 years, not replaced",
                ],
                "",
            ),
            (
                "Case 4: the online course",
                [
                    "Teachers who finished it: 38%",
                    "Used in class within a month: 71%",
                    "Renewed for two more years",
                ],
                "",
            ),
            (
                "Reporting",
                ["One page per project", "Three numbers and one quote", "A decision at the bottom"],
                "",
            ),
            (
                "The one-page report",
                [
                    "Goal, audience, cost",
                    "What happened, in numbers",
                    "What people said",
                    "Keep, change or stop",
                ],
                "",
            ),
            (
                "Stopping things",
                [
                    "We stopped 4 projects in 2 years",
                    "Each one freed budget for another",
                    "Stopping is a result, not a failure",
                ],
                "",
            ),
            (
                "An evaluation culture",
                [
                    "Plan the evaluation at the start",
                    "Budget 5 to 10% of the project for it",
                    "Share failures at staff meetings",
                ],
                "",
            ),
            (
                "Working with funders",
                [
                    "Agree outcomes before the grant",
                    "Report honestly, misses included",
                    "Most funders welcome it",
                ],
                "",
            ),
            (
                "Tools we use",
                [
                    "Matomo for analytics",
                    "LimeSurvey for surveys",
                    "A shared spreadsheet for staff days",
                ],
                "",
            ),
            (
                "Ethics",
                [
                    "Consent for interviews and recordings",
                    "Anonymous survey data",
                    "Raw data deleted after analysis",
                ],
                "",
            ),
            (
                "Five things to try on Monday",
                [
                    "Ask the three questions of one project",
                    "Drop one vanity metric from a report",
                    "Watch a touchscreen for an hour",
                    "Count the staff days",
                    "Decide one thing to stop",
                ],
                "",
            ),
            (
                "Thank you",
                [
                    "Siobhán Byrne",
                    "Our report template is in the Q&A notes",
                    "Talk to me about stopping things",
                ],
                "",
            ),
        ],
    ),
    (
        "The carbon footprint of a museum website",
        "Eero Virtanen",
        "en",
        "pptx",
        ["sustainability", "websites", "digital strategy"],
        "The home page weighed 7.8 MB. After a year of small changes it weighs 0.9 MB, and the biggest saving was not on the website at all.",
        2022,
        "talk",
        [
            (
                "The carbon footprint of a museum website",
                ["Helsinki City Museum", "Eero Virtanen"],
                "",
            ),
            (
                "Why we looked",
                [
                    "The city set a carbon target for 2030",
                    "Digital was left out of every plan",
                    "Nobody knew how heavy our website was",
                ],
                "",
            ),
            (
                "How heavy was it?",
                [
                    "Home page: 7.8 MB",
                    "A 4 MB video header that nobody watched",
                    "Fonts: 900 KB for four weights",
                ],
                "Measured with the browser's network tab and the Website Carbon Calculator.",
            ),
            (
                "Where the weight came from",
                ["Images: 62%", "Video: 21%", "Scripts and trackers: 14%"],
                "",
            ),
            (
                "What we changed",
                [
                    "Images in WebP and AVIF",
                    "Video loads only on click",
                    "Two font weights instead of four",
                ],
                "",
            ),
            (
                "Trackers",
                [
                    "Eleven third-party scripts found",
                    "We kept two: analytics and ticketing",
                    "The consent banner got simpler too",
                ],
                "",
            ),
            (
                "Collection images",
                [
                    "A IIIF server: load the size you need",
                    "Thumbnails at 320 pixels",
                    "Full resolution only on zoom",
                ],
                "",
            ),
            (
                "After",
                ["Home page: 0.9 MB", "Median load time: 1.4 s on 4G", "Bounce rate down by 9%"],
                "",
            ),
            (
                "Beyond the website",
                [
                    "Hosting on renewable energy",
                    "Deleting 11 TB of duplicate files",
                    "Gallery screens switched off at night",
                ],
                "The duplicate files were the biggest single saving.",
            ),
            (
                "Start here",
                ["Weigh your home page today", "Remove one tracker", "Make video opt-in"],
                "",
            ),
        ],
    ),
    (
        "SEO for collection pages",
        "Pieter de Vries",
        "en",
        "pdf",
        ["seo", "collections online", "websites"],
        "Three fixes that took visits from search engines to 40,000 object pages from 300 to 9,400 a month.",
        2020,
        "lightning",
        [
            (
                "SEO for collection pages",
                ["A five-minute lightning talk", "Pieter de Vries, Rijksmuseum Twenthe"],
                "",
            ),
            (
                "The problem",
                [
                    "40,000 object pages",
                    "Page titles like 'Object 1987.0045'",
                    "Google sent them 300 visits a month",
                ],
                "",
            ),
            (
                "Fix 1: page titles",
                [
                    "Object name, maker, date",
                    "'Winter landscape, Jan van Goyen, 1641'",
                    "Under 60 characters",
                ],
                "",
            ),
            (
                "Fix 2: descriptions",
                [
                    "A meta description for every record",
                    "Built from the first catalogue sentence",
                    "Never 'Welcome to our museum'",
                ],
                "",
            ),
            (
                "Fix 3: structured data",
                [
                    "schema.org VisualArtwork on every page",
                    "Creator, date, image and licence",
                    "The licence shows in Google Images",
                ],
                "",
            ),
            (
                "A year later",
                [
                    "Visits from search: 300 to 9,400 a month",
                    "Top query: a local painter's name",
                    "Half the visits come from Google Images",
                ],
                "",
            ),
            (
                "Do this first",
                [
                    "Titles, then descriptions",
                    "A sitemap listing every object",
                    "Check Search Console every month",
                ],
                "",
            ),
        ],
    ),
    (
        "Online ticketing after the pandemic",
        "Lukas Becker",
        "en",
        "pptx",
        ["ticketing", "crm", "user experience"],
        "Timed tickets in four weeks in 2020, a checkout without accounts, and what we kept once the rules ended.",
        2021,
        "talk",
        [
            (
                "Online ticketing after the pandemic",
                ["Landesmuseum Württemberg, Stuttgart", "Lukas Becker"],
                "",
            ),
            (
                "May 2020",
                [
                    "Reopening with timed tickets",
                    "Four weeks to move online",
                    "Before: 3% of tickets sold online",
                ],
                "",
            ),
            (
                "Choosing a system",
                [
                    "Six vendors, three demos",
                    "Must connect to our shop and our CRM",
                    "Must work on a phone, with one hand",
                ],
                "",
            ),
            (
                "What we chose",
                [
                    "A hosted ticketing platform",
                    "Fee: 3.5% per ticket plus 0.30 euros",
                    "No set-up fee, a two-year contract",
                ],
                "Ask for the fee on free tickets too. Ours is zero, but it was not in the first offer.",
            ),
            (
                "Time slots",
                [
                    "Every 15 minutes, 40 people",
                    "Free tickets for children, booked too",
                    "Members book without a code",
                ],
                "",
            ),
            (
                "The checkout",
                [
                    "Three steps, no account needed",
                    "Apple Pay and Google Pay",
                    "Abandoned baskets: from 41% to 23%",
                ],
                "Removing the forced account was the biggest single fix.",
            ),
            (
                "At the door",
                [
                    "QR codes scanned with two phones",
                    "Walk-ins sold at the desk in the same system",
                    "A printed list for when the Wi-Fi fails",
                ],
                "",
            ),
            (
                "What the data shows",
                [
                    "Sold online in 2021: 71%",
                    "Booked on the day of the visit: 44%",
                    "Most bookings between 8 and 10 in the morning",
                ],
                "",
            ),
            (
                "Connecting to the CRM",
                [
                    "Every buyer is asked for newsletter consent",
                    "Opt-in rate: 19%",
                    "An email after the visit with a short survey",
                ],
                "",
            ),
            (
                "What we kept after the rules ended",
                [
                    "Online tickets, without time slots",
                    "Slots only for big exhibitions",
                    "Free tickets still booked online",
                ],
                "",
            ),
            (
                "Advice",
                [
                    "Test the checkout on an old phone",
                    "Never force an account",
                    "Plan for the day the Wi-Fi fails",
                ],
                "",
            ),
        ],
    ),
    (
        "Audio description for everyone",
        "Inês Carvalho",
        "en",
        "pdf",
        ["accessibility", "audiences", "visitor experience"],
        "Audio descriptions co-written with blind visitors, under three minutes each, and used by sighted visitors as much as by blind ones.",
        2021,
        "talk",
        [
            (
                "Audio description for everyone",
                ["A museum-wide guide", "Inês Carvalho, Museu Nacional de Arte Antiga"],
                "",
            ),
            (
                "Where we started",
                [
                    "Audio descriptions for 6 works",
                    "Written by an agency in 2012",
                    "Used by almost nobody",
                ],
                "",
            ),
            (
                "Why nobody used them",
                [
                    "Hidden in a menu of the audio guide",
                    "Too long: 9 minutes each",
                    "Written without blind visitors",
                ],
                "",
            ),
            (
                "Co-writing with blind visitors",
                [
                    "A group of 8 blind and partially sighted people",
                    "Five workshops in front of the works",
                    "They chose the works, not us",
                ],
                "",
            ),
            (
                "How we write now",
                [
                    "First size, material and layout",
                    "Then what the work shows",
                    "Then one story, in under 3 minutes",
                ],
                "",
            ),
            (
                "Not only for blind people",
                [
                    "Sighted visitors listened too",
                    "Families used them for slow looking",
                    "Rated higher than the standard guide",
                ],
                "",
            ),
            (
                "Where they live",
                [
                    "On the website, as audio and text",
                    "QR codes with tactile markers",
                    "First menu of the free audio guide",
                ],
                "",
            ),
            (
                "Numbers",
                [
                    "42 works described in two years",
                    "Plays per month: 3,600",
                    "About 450 euros per description",
                ],
                "",
            ),
            (
                "Lessons",
                [
                    "Write with the people who will listen",
                    "Shorter is better, even here",
                    "Publish the text version too",
                ],
                "",
            ),
        ],
    ),
    (
        "Three VR headsets and a queue",
        "Eero Virtanen",
        "en",
        "odp",
        ["virtual reality", "in-gallery digital", "visitor experience"],
        "A walk through Helsinki in 1907 in virtual reality: 18,000 users in ten months, queues of 40 minutes, and one full-time post nobody had planned for.",
        2016,
        "talk",
        [
            (
                "Three VR headsets and a queue",
                ["Virtual reality in a city museum, 2016", "Eero Virtanen, Helsinki City Museum"],
                "Our first VR project. The headsets are now in a cupboard.",
            ),
            (
                "The project",
                [
                    "A walk through Helsinki in 1907",
                    "Modelled from 900 archive photographs",
                    "Three headsets in one room",
                ],
                "",
            ),
            (
                "What we underestimated",
                [
                    "Cleaning headsets between users",
                    "A member of staff in the room at all times",
                    "Visitors who wear glasses",
                ],
                "We needed one person in the room for every opening hour.",
            ),
            (
                "The queue",
                [
                    "4 minutes per visitor",
                    "Queues of 40 minutes at weekends",
                    "A timed sign-up sheet fixed it",
                ],
                "",
            ),
            (
                "Motion sickness",
                [
                    "1 visitor in 12 felt sick",
                    "Walking speed halved in version 2",
                    "A seat for everyone",
                ],
                "",
            ),
            (
                "Who came",
                [
                    "18,000 users in 10 months",
                    "Many first-time visitors",
                    "Older visitors loved it most",
                ],
                "",
            ),
            (
                "Cost",
                ["Content: 45,000 euros", "Hardware: 4,200 euros", "Staff: one full-time post"],
                "",
            ),
            (
                "Would we do it again?",
                [
                    "Yes, for one exhibition",
                    "No, as a permanent feature",
                    "The 1907 model lives on as a web video",
                ],
                "",
            ),
        ],
    ),
    (
        "Raconter une collection en ligne",
        "Mathilde Fournier",
        "fr",
        "pdf",
        ["digital storytelling", "collections online", "audiences"],
        "Des récits de dix objets tirés des réserves, publiés chaque mois : quatre minutes de lecture au lieu de quarante secondes sur une fiche.",
        2019,
        "talk",
        [
            (
                "Raconter une collection en ligne",
                ["Le récit numérique au musée d'Aquitaine", "Mathilde Fournier"],
                "",
            ),
            (
                "Le constat",
                [
                    "Notre collection en ligne : 20 000 fiches",
                    "Durée moyenne de visite : 40 secondes",
                    "Des fiches, pas des histoires",
                ],
                "",
            ),
            (
                "L'idée",
                ["Un récit par mois", "Dix objets, un fil conducteur", "Un texte court par étape"],
                "",
            ),
            (
                "Le premier récit",
                [
                    "« Bordeaux, port de la traite »",
                    "Dix objets sortis des réserves",
                    "Écrit avec deux historiennes",
                ],
                "",
            ),
            (
                "Le format",
                [
                    "Défilement vertical, une image par écran",
                    "80 mots au plus par étape",
                    "Un lien vers la fiche complète",
                ],
                "",
            ),
            (
                "L'outil",
                [
                    "Un gabarit dans notre CMS",
                    "Aucun développement spécifique",
                    "Deux jours de travail par récit",
                ],
                "",
            ),
            (
                "Ce que font les lecteurs",
                [
                    "Temps moyen : 4 minutes 10",
                    "62 % lisent jusqu'au bout",
                    "Un lecteur sur cinq ouvre une fiche",
                ],
                "",
            ),
            (
                "Les sujets qui marchent",
                ["Les vies d'inconnus", "Les objets mal compris", "Les histoires de quartier"],
                "",
            ),
            (
                "Les sujets difficiles",
                [
                    "L'esclavage : relu par un comité externe",
                    "Un vocabulaire discuté mot à mot",
                    "Des réactions fortes, et utiles",
                ],
                "",
            ),
            (
                "Les chiffres après un an",
                ["12 récits publiés", "85 000 lectures", "Trois récits repris par des enseignants"],
                "",
            ),
            (
                "Nos conseils",
                [
                    "Un fil conducteur, pas un inventaire",
                    "Des phrases courtes",
                    "Relire avec les personnes concernées",
                ],
                "",
            ),
        ],
    ),
    (
        "Social media teams of one: a panel",
        "Sophie Martin",
        "en",
        "pdf",
        ["social media", "small museums", "community management"],
        "Four small museums compare how they run social media with a few hours a week, and the room adds its own tricks.",
        2015,
        "panel",
        [
            (
                "Social media teams of one",
                ["A panel with four small museums", "Chair: Sophie Martin"],
                "",
            ),
            (
                "On the panel",
                [
                    "A shirt-making museum in central France",
                    "A mining museum in Wallonia",
                    "A farm museum in Jutland",
                    "A maritime museum in Galicia",
                ],
                "",
            ),
            (
                "Question 1: how many hours?",
                [
                    "From 2 to 10 hours a week",
                    "Always mixed with other jobs",
                    "In nobody's job description",
                ],
                "",
            ),
            (
                "Question 2: which platforms?",
                ["Facebook for all four", "Instagram for two", "Twitter abandoned by three"],
                "",
            ),
            (
                "Question 3: what works?",
                [
                    "Behind the scenes, every time",
                    "Volunteers and their stories",
                    "Questions about local history",
                ],
                "",
            ),
            (
                "What the room added",
                [
                    "Share a calendar with the tourist office",
                    "Ask volunteers to take the photos",
                    "Write it into someone's job description",
                ],
                "",
            ),
        ],
    ),
    (
        "Instagram Reels: six months of data",
        "Ana García",
        "en",
        "pdf",
        ["instagram", "short video", "analytics"],
        "52 Reels, one spreadsheet: short videos with a face in the first frame reached more people, and saves predicted follows better than likes.",
        2024,
        "lightning",
        [
            (
                "Instagram Reels: six months of data",
                ["A lightning talk", "Ana García, Museo de Historia de Valencia"],
                "",
            ),
            (
                "What we posted",
                [
                    "52 Reels from January to June",
                    "Our TikTok videos, re-edited",
                    "Captions burnt in, 7 to 45 seconds",
                ],
                "",
            ),
            (
                "What the data says",
                [
                    "Reels under 15 seconds: 2.3 times the reach",
                    "A face in the first frame: 1.8 times",
                    "Trending audio: no measurable effect",
                ],
                "",
            ),
            (
                "The surprise",
                [
                    "Saves came from 'how to' Reels",
                    "'How to read a 17th-century map'",
                    "Saves predicted follows better than likes",
                ],
                "",
            ),
            (
                "Try this",
                [
                    "Open with a face and a question",
                    "Keep it under 15 seconds",
                    "Track saves, not likes",
                ],
                "",
            ),
        ],
    ),
    (
        "Choosing a CRM with forty staff",
        "Jonas Lindqvist",
        "en",
        "pptx",
        ["crm", "ticketing", "newsletters", "digital strategy"],
        "Nine contact lists became one CRM: the requirements in plain words, a demo with our own messy data, and 14,000 duplicates merged.",
        2024,
        "talk",
        [
            (
                "Choosing a CRM with forty staff",
                ["Sjöhistoriska museet, Stockholm", "Jonas Lindqvist"],
                "",
            ),
            (
                "Before the CRM",
                [
                    "Nine separate lists of contacts",
                    "Members in an Access database from 2004",
                    "The newsletter in yet another tool",
                ],
                "Nobody knew how many people we actually knew.",
            ),
            (
                "The question we asked",
                [
                    "Who are our people?",
                    "Visitors, members, donors, volunteers, schools",
                    "One person can be all five",
                ],
                "",
            ),
            (
                "Requirements, in plain words",
                [
                    "One record per person",
                    "Ticket and shop data flow in by themselves",
                    "GDPR consent per channel",
                ],
                "",
            ),
            (
                "The shortlist",
                [
                    "Two systems made for museums",
                    "One general CRM for nonprofits",
                    "Demos with our data, not theirs",
                ],
                "Ask vendors to run the demo on a sample of your own messy data.",
            ),
            (
                "What decided it",
                [
                    "A connector to our ticketing platform",
                    "The price for 40 users",
                    "A partner in Sweden for support",
                ],
                "",
            ),
            (
                "Cleaning the data",
                [
                    "61,000 records imported",
                    "14,000 duplicates merged",
                    "8,000 records deleted: no consent",
                ],
                "",
            ),
            (
                "Consent",
                [
                    "Per channel: email, post, phone",
                    "The date and source of every consent",
                    "A yearly clean-up of inactive contacts",
                ],
                "",
            ),
            (
                "Training",
                [
                    "Two hours for every user",
                    "Five champions in five departments",
                    "A one-page guide per task",
                ],
                "",
            ),
            (
                "First wins",
                [
                    "Members renewing online: 58%",
                    "Lapsed members won back: 420",
                    "One view of each school's bookings",
                ],
                "",
            ),
            (
                "What still hurts",
                [
                    "Shop data arrives a day late",
                    "Volunteers still live in a spreadsheet",
                    "Reports need the vendor's help",
                ],
                "",
            ),
            (
                "Costs",
                [
                    "Licences: 21,000 euros a year",
                    "Set-up and migration: 38,000 euros",
                    "Half a post for the first year",
                ],
                "",
            ),
            (
                "Advice",
                [
                    "Clean before you migrate",
                    "A champion in every team",
                    "Write down who owns the data",
                ],
                "",
            ),
        ],
    ),
    (
        "Digital strategy on one page",
        "Sophie Martin",
        "en",
        "pptx",
        ["digital strategy", "small museums", "evaluation"],
        "A workshop for small museums: a mission in twenty words, three audiences, three goals with numbers, and the hardest line, what we stop doing.",
        2025,
        "workshop",
        [
            (
                "Digital strategy on one page",
                ["A workshop for small museums", "Sophie Martin, Musée de la Chemiserie"],
                "Hand out the A4 template before starting.",
            ),
            (
                "Why one page",
                [
                    "Nobody reads a 40-page strategy",
                    "A small team needs a list of choices",
                    "One page fits on the office wall",
                ],
                "",
            ),
            (
                "The template",
                [
                    "The mission in one sentence",
                    "Three audiences",
                    "Three goals",
                    "What we stop doing",
                ],
                "",
            ),
            (
                "Start with the mission",
                ["Why does the museum exist?", "For whom?", "What does digital add to that?"],
                "",
            ),
            (
                "Exercise 1: one sentence",
                ["Write your mission in 20 words", "Swap with your neighbour", "Cut five words"],
                "10 minutes. People always write 40 words first.",
            ),
            (
                "Three audiences, not ten",
                ["Who visits now?", "Who should visit and does not?", "Who supports us from afar?"],
                "",
            ),
            (
                "Our three audiences",
                [
                    "Families from the region",
                    "Textile and fashion students",
                    "Former workers of the shirt factories",
                ],
                "",
            ),
            (
                "Three goals",
                [
                    "Specific, with a number and a date",
                    "Example: 500 newsletter subscribers by June",
                    "One goal per audience",
                ],
                "",
            ),
            (
                "Exercise 2: write your goals",
                [
                    "Take each of your three audiences",
                    "Add a number and a date",
                    "Ask: how will we count it?",
                ],
                "",
            ),
            (
                "The resources line",
                [
                    "Hours per week, honestly",
                    "Money, even if it is zero",
                    "Skills in the team, and the missing ones",
                ],
                "",
            ),
            (
                "Our resources",
                ["6 hours a week across 3 people", "800 euros a year", "Missing: video editing"],
                "",
            ),
            (
                "What we stop",
                [
                    "The hardest line to write",
                    "We stopped Twitter and the blog",
                    "Freed: 3 hours a week",
                ],
                "",
            ),
            (
                "Exercise 3: stop one thing",
                [
                    "List everything you publish",
                    "Mark what serves none of your goals",
                    "Choose one thing to stop",
                ],
                "",
            ),
            (
                "Review",
                [
                    "Every six months, for one hour",
                    "Keep, change or stop each goal",
                    "A new page every year",
                ],
                "",
            ),
            (
                "Take home",
                [
                    "Your one page, drafted today",
                    "Show it to the director this week",
                    "Pin it to the wall",
                ],
                "",
            ),
        ],
    ),
    (
        "Collections online: rebuilding search after ten years",
        "Pieter de Vries",
        "en",
        "pptx",
        ["collections online", "user experience", "open access", "licensing"],
        "People type one or two words, often a colour or an animal. Rebuilding collection search around that took zero-result searches from 18% to 6%.",
        2025,
        "talk",
        [
            (
                "Collections online: rebuilding search",
                ["After ten years of the old site", "Pieter de Vries, Rijksmuseum Twenthe"],
                "",
            ),
            (
                "The old site",
                [
                    "Launched in 2014",
                    "A search form with 14 advanced fields",
                    "Built for curators, used by everyone",
                ],
                "",
            ),
            (
                "Who actually searched",
                [
                    "Students: 34%",
                    "Curious visitors: 28%",
                    "Artists and designers: 22%",
                    "Researchers: 16%",
                ],
                "From a pop-up survey with 2,200 answers.",
            ),
            (
                "What they typed",
                ["One or two words", "Colours: 'blue', 'red dress'", "Subjects, not titles"],
                "'Cat' is our most searched word. Every single year.",
            ),
            (
                "What the old search did with that",
                [
                    "It matched titles only",
                    "'Cat' found 3 objects",
                    "We have 140 objects with cats",
                ],
                "",
            ),
            (
                "Principles for the new search",
                [
                    "Search everything, rank well",
                    "Filters after the search, not before",
                    "Images first",
                ],
                "",
            ),
            (
                "The index",
                [
                    "Elasticsearch, one document per object",
                    "Title, maker, subject, colour, material",
                    "Rebuilt every night from the collection system",
                ],
                "",
            ),
            (
                "Subjects from Iconclass",
                [
                    "42,000 objects already had Iconclass codes",
                    "Labels in Dutch, English and German",
                    "'Cat' now finds all 140 objects",
                ],
                "",
            ),
            (
                "Colour search",
                [
                    "Dominant colours extracted from each image",
                    "Five colours per image",
                    "Used in 9% of searches",
                ],
                "",
            ),
            (
                "Images with IIIF",
                [
                    "A IIIF image server for every image",
                    "Deep zoom on every object",
                    "Manifests for reuse in other viewers",
                ],
                "",
            ),
            (
                "Open access, visible",
                [
                    "A CC0 badge on every public domain image",
                    "A download button, no registration",
                    "The licence in the IIIF manifest",
                ],
                "",
            ),
            (
                "Testing with users",
                [
                    "Five rounds of testing, 6 people each",
                    "Tasks, not opinions",
                    "Found: nobody saw the filters",
                ],
                "",
            ),
            (
                "The filters fix",
                [
                    "Filters moved above the results",
                    "A count next to each filter",
                    "Searches using filters: from 4% to 27%",
                ],
                "",
            ),
            (
                "Zero results",
                [
                    "Before: 18% of searches found nothing",
                    "Spelling suggestions",
                    "Related subjects when nothing matches",
                    "After: 6%",
                ],
                "",
            ),
            (
                "Performance",
                [
                    "Results in under 300 ms",
                    "Thumbnails load as you scroll",
                    "Works on a five-year-old phone",
                ],
                "",
            ),
            (
                "Team and cost",
                [
                    "Two developers for 9 months",
                    "A collections specialist, half-time",
                    "Budget: 310,000 euros",
                ],
                "",
            ),
            (
                "A year later",
                [
                    "Searches per visit: 2.4, up from 1.3",
                    "Image downloads up 70%",
                    "Complaints about search: almost none",
                ],
                "",
            ),
            (
                "If you rebuild yours",
                [
                    "Log what people type, first",
                    "Use the subject data you already have",
                    "Test with people who are not curators",
                ],
                "",
            ),
        ],
    ),
    (
        "Volunteers online: transcribing letters from home",
        "Katarzyna Nowak",
        "en",
        "pdf",
        ["volunteering", "digitisation", "collections online"],
        "3,400 letters from the First World War, transcribed by online volunteers in 14 countries, Yiddish letters included.",
        2014,
        "talk",
        [
            (
                "Transcribing letters from home",
                ["Online volunteers at the Muzeum Warszawy", "Katarzyna Nowak"],
                "",
            ),
            (
                "The letters",
                [
                    "3,400 letters written from 1914 to 1921",
                    "In Polish, German and Yiddish",
                    "Scanned in 2012, unread since",
                ],
                "",
            ),
            (
                "Why volunteers",
                [
                    "No budget for transcription",
                    "The war centenary in 2014",
                    "Families wanted to help",
                ],
                "",
            ),
            (
                "The platform",
                [
                    "FromThePage, the hosted version",
                    "Page image left, text box right",
                    "Two people review each page",
                ],
                "",
            ),
            (
                "Launch",
                [
                    "A radio interview on a Sunday",
                    "600 sign-ups in a week",
                    "1,000 pages done in the first month",
                ],
                "",
            ),
            (
                "Who transcribed",
                [
                    "Mostly women over 55",
                    "Ten people did half the work",
                    "Volunteers in 14 countries",
                ],
                "",
            ),
            (
                "The Yiddish letters",
                [
                    "Only 3 volunteers could read them",
                    "A partnership with a Jewish history institute",
                    "All 260 letters done in 8 months",
                ],
                "",
            ),
            (
                "Keeping people going",
                [
                    "A 'letter of the week' on Facebook",
                    "A thank-you evening at the museum",
                    "Every volunteer credited online",
                ],
                "",
            ),
            (
                "After one year",
                [
                    "2,950 letters transcribed",
                    "Searchable by name and by place",
                    "Two families found their ancestors",
                ],
                "",
            ),
            (
                "Lessons",
                [
                    "Small tasks, clear rules",
                    "Thank people in public",
                    "Plan for the languages nobody reads",
                ],
                "",
            ),
        ],
    ),
    (
        "Accessibilité numérique : l'audit RGAA de notre site",
        "Camille Moreau",
        "fr",
        "pptx",
        ["accessibility", "websites", "user experience"],
        "Un atelier pratique : ce que demande le RGAA, notre audit à 38 % de conformité, trois exercices au clavier et au lecteur d'écran, et le chemin jusqu'à 81 %.",
        2026,
        "workshop",
        [
            (
                "Accessibilité numérique : l'audit RGAA de notre site",
                ["Atelier pratique", "Camille Moreau, musée des Beaux-Arts de Lyon"],
                "Prévoir un ordinateur pour deux, avec NVDA installé.",
            ),
            (
                "Pourquoi cet atelier",
                [
                    "Les musées publics doivent être conformes",
                    "Notre site : 38 % de conformité",
                    "Personne dans l'équipe n'était formé",
                ],
                "",
            ),
            (
                "Le RGAA en bref",
                [
                    "Référentiel général d'amélioration de l'accessibilité",
                    "106 critères, fondés sur les WCAG 2.1",
                    "Niveaux A et AA obligatoires",
                ],
                "",
            ),
            (
                "Ce que la loi demande",
                [
                    "Une déclaration d'accessibilité publiée",
                    "Un schéma pluriannuel sur trois ans",
                    "Un contact pour signaler un problème",
                ],
                "",
            ),
            (
                "Notre audit",
                [
                    "Un échantillon de 15 pages",
                    "Accueil, agenda, billetterie, collections",
                    "Réalisé par un prestataire spécialisé",
                ],
                "Coût de l'audit : 6 500 euros HT.",
            ),
            (
                "Le résultat",
                [
                    "Taux de conformité : 38 %",
                    "41 critères non conformes",
                    "La billetterie, pire page du site",
                ],
                "",
            ),
            (
                "Les erreurs les plus fréquentes",
                [
                    "Images sans alternative textuelle",
                    "Contrastes trop faibles",
                    "Champs de formulaire sans étiquette",
                ],
                "",
            ),
            (
                "Exercice 1 : naviguer au clavier",
                [
                    "Débranchez la souris",
                    "Réservez un billet avec Tab et Entrée",
                    "Notez où vous êtes bloqués",
                ],
                "15 minutes. La plupart des groupes n'arrivent pas au paiement.",
            ),
            (
                "Ce que l'exercice montre",
                [
                    "Le focus est invisible",
                    "Le menu déroulant piège le clavier",
                    "Le calendrier de réservation est inutilisable",
                ],
                "",
            ),
            (
                "Les alternatives textuelles",
                [
                    "Décrire l'information, pas l'image",
                    "Alternative vide si l'image est décorative",
                    "Pour une œuvre : titre, artiste, ce qu'on voit",
                ],
                "",
            ),
            (
                "Exercice 2 : trois alternatives",
                [
                    "Un portrait, une affiche, un pictogramme",
                    "Moins de 150 caractères chacune",
                    "Comparez avec vos voisins",
                ],
                "",
            ),
            (
                "Les contrastes",
                [
                    "4,5:1 pour le texte courant",
                    "3:1 pour les grands textes",
                    "Notre gris clair : 2,8:1",
                ],
                "",
            ),
            (
                "Changer la charte graphique",
                [
                    "Le gris clair remplacé par un gris foncé",
                    "Validé avec l'agence de design",
                    "Aucune plainte sur l'esthétique",
                ],
                "",
            ),
            (
                "Les formulaires",
                [
                    "Chaque champ a une étiquette visible",
                    "Les erreurs sont annoncées",
                    "Jamais de captcha uniquement visuel",
                ],
                "",
            ),
            (
                "Le lecteur d'écran",
                [
                    "NVDA sur Windows, gratuit",
                    "VoiceOver sur Mac et iPhone",
                    "Tester 10 minutes par semaine",
                ],
                "",
            ),
            (
                "Exercice 3 : écouter la page d'accueil",
                [
                    "Lancez NVDA",
                    "Parcourez les titres avec la touche H",
                    "La structure a-t-elle un sens ?",
                ],
                "",
            ),
            (
                "Les vidéos",
                [
                    "Des sous-titres relus",
                    "Une transcription sous chaque vidéo",
                    "L'audiodescription des films d'exposition",
                ],
                "",
            ),
            (
                "Les PDF",
                [
                    "Dossiers de presse : 60 PDF inaccessibles",
                    "Remplacés par des pages web",
                    "Les PDF restants balisés",
                ],
                "",
            ),
            (
                "La billetterie",
                [
                    "Un prestataire externe",
                    "Une clause d'accessibilité dans le contrat",
                    "Corrigée en cinq mois",
                ],
                "Sans clause dans le contrat, le prestataire n'avait aucune obligation.",
            ),
            (
                "Le schéma pluriannuel",
                [
                    "Année 1 : billetterie et formulaires",
                    "Année 2 : collections en ligne",
                    "Année 3 : vidéos et documents",
                ],
                "",
            ),
            (
                "La déclaration d'accessibilité",
                [
                    "Publiée en pied de page",
                    "État : partiellement conforme",
                    "Mise à jour après chaque audit",
                ],
                "",
            ),
            (
                "Deux ans après",
                [
                    "Taux de conformité : 81 %",
                    "Billetterie : conforme",
                    "14 signalements reçus, tous traités",
                ],
                "",
            ),
            (
                "Ce qui a coûté",
                [
                    "Audit : 6 500 euros",
                    "Corrections : 22 000 euros",
                    "Formation de l'équipe : 3 jours",
                ],
                "",
            ),
            (
                "Ce qui n'a rien coûté",
                [
                    "Les alternatives textuelles",
                    "Des titres bien hiérarchisés",
                    "Des liens qui disent où ils mènent",
                ],
                "",
            ),
            (
                "À retenir",
                [
                    "Auditer un échantillon, pas tout le site",
                    "L'accessibilité dans chaque contrat",
                    "Tester soi-même chaque semaine",
                ],
                "",
            ),
        ],
    ),
    (
        "Streaming the conservation lab",
        "Giulia Romano",
        "en",
        "pptx",
        ["live streaming", "video", "digital storytelling"],
        "Fourteen months of a coffin's restoration, streamed six hours a day from two ceiling cameras, with a live Q&A every Thursday.",
        2024,
        "talk",
        [
            ("Streaming the conservation lab", ["Museo Egizio, Turin", "Giulia Romano"], ""),
            (
                "The idea",
                [
                    "A coffin under restoration for 14 months",
                    "Visitors kept asking to see it",
                    "The lab has no window",
                ],
                "",
            ),
            (
                "The set-up",
                [
                    "Two fixed cameras on the ceiling",
                    "OBS on a small PC",
                    "Streamed to YouTube from 10:00 to 16:00",
                ],
                "The ceiling mounts needed the conservators' approval, which took a month.",
            ),
            (
                "What we did not show",
                [
                    "Faces of the team, unless they agree",
                    "Screens with unpublished research",
                    "Breaks: a still image and music",
                ],
                "",
            ),
            (
                "Live Q&A on Thursdays",
                [
                    "A conservator answers for 30 minutes",
                    "Questions from the YouTube chat",
                    "Most asked: 'Is the mummy inside?'",
                ],
                "",
            ),
            (
                "Numbers",
                [
                    "Hours streamed: 1,650",
                    "Average concurrent viewers: 38",
                    "Peak during a Thursday Q&A: 900",
                ],
                "",
            ),
            (
                "The slow TV effect",
                [
                    "Viewers left it on all day",
                    "Teachers projected it in class",
                    "Comments read like a guestbook",
                ],
                "",
            ),
            (
                "Problems",
                [
                    "The Wi-Fi dropped every afternoon",
                    "Glare from the lab lights",
                    "A copyright claim on our break music",
                ],
                "Use music you own, or silence. The claim took two weeks to resolve.",
            ),
            (
                "Lessons",
                [
                    "Ask the conservators first, and often",
                    "Fixed cameras, no operator",
                    "A weekly live moment gives the stream a rhythm",
                ],
                "",
            ),
        ],
    ),
    (
        "Our first social media policy",
        "Pieter de Vries",
        "en",
        "pdf",
        ["social media", "editorial charter", "digital strategy"],
        "In 2013 eleven staff members posted as the museum. Two meetings and five borrowed policies later, we had rules everyone could follow.",
        2013,
        "talk",
        [
            ("Our first social media policy", ["Rijksmuseum Twenthe, 2013", "Pieter de Vries"], ""),
            (
                "Why a policy now",
                [
                    "Eleven staff members posting as the museum",
                    "A curator's tweet quoted in the press",
                    "The director asked for rules",
                ],
                "",
            ),
            (
                "How we wrote it",
                [
                    "Two meetings, twelve people",
                    "We read five policies from other museums",
                    "The draft shared on the intranet",
                ],
                "",
            ),
            (
                "What is in it",
                [
                    "Who may post for the museum",
                    "What staff may say in their own name",
                    "How we answer complaints",
                ],
                "",
            ),
            (
                "Staff in their own name",
                [
                    "Say that you work here",
                    "Your opinions are your own",
                    "No collection news before the press release",
                ],
                "",
            ),
            (
                "Complaints",
                [
                    "Answer within two working days",
                    "Move long discussions to email",
                    "Never delete criticism",
                ],
                "",
            ),
            (
                "What we left out",
                [
                    "A list of allowed platforms",
                    "Approval of every single post",
                    "Special rules for the director",
                ],
                "",
            ),
            (
                "Next steps",
                [
                    "A review in one year",
                    "Training for the eleven people who post",
                    "A password manager for shared accounts",
                ],
                "",
            ),
        ],
    ),
    (
        "AI-generated alt text, with human review",
        "Inês Carvalho",
        "en",
        "pptx",
        ["accessibility", "artificial intelligence", "ethics", "collections online"],
        "A vision model drafted alt text for 5,000 collection images and people reviewed every one: 22% were rejected, and coverage went from 6% to 31%.",
        2026,
        "talk",
        [
            (
                "AI-generated alt text, with human review",
                [
                    "A trial on 5,000 collection images",
                    "Inês Carvalho, Museu Nacional de Arte Antiga",
                ],
                "",
            ),
            (
                "The gap",
                ["18,000 images online", "Alt text on 6% of them", "By hand: 12 years at our pace"],
                "",
            ),
            (
                "The trial",
                [
                    "5,000 images in 3 months",
                    "A vision model drafts, a person reviews",
                    "Every text marked reviewed or not",
                ],
                "",
            ),
            (
                "Our prompt",
                [
                    "Title, maker and date from the catalogue",
                    "Describe what is visible, in 150 characters",
                    "No guesses about identity or feelings",
                ],
                "Giving the model the catalogue data halved the errors on subjects.",
            ),
            (
                "What the model got right",
                ["Composition and colours", "The number of figures", "Everyday objects"],
                "",
            ),
            (
                "What it got wrong",
                [
                    "Saints named wrongly",
                    "Skin colour mentioned for no reason",
                    "Religious scenes read as 'a group of people'",
                ],
                "",
            ),
            (
                "Review speed",
                [
                    "Writing from scratch: 6 minutes per image",
                    "Reviewing a draft: 1 minute 40",
                    "Drafts rejected: 22%",
                ],
                "",
            ),
            (
                "The review rules",
                [
                    "Fix the facts, then the tone",
                    "Delete bias, do not soften it",
                    "When unsure, write less",
                ],
                "",
            ),
            (
                "What blind users said",
                [
                    "A panel of 6 screen reader users",
                    "Preferred reviewed texts in blind tests",
                    "Asked for longer descriptions on request",
                ],
                "",
            ),
            (
                "Ethics questions we answered",
                [
                    "Where images go: a model hosted in the EU",
                    "No training on our data",
                    "Texts labelled 'AI-assisted, reviewed'",
                ],
                "",
            ),
            (
                "Results",
                [
                    "4,600 texts published",
                    "Alt text coverage: from 6% to 31%",
                    "Cost: 9,000 euros plus staff time",
                ],
                "",
            ),
            (
                "Would we recommend it?",
                [
                    "Yes, if every text is reviewed",
                    "Not for sensitive collections without experts",
                    "Start with your least sensitive images",
                ],
                "",
            ),
        ],
    ),
]


# Institution name: (city, ISO country code, kind, size, Wikidata id or "").
# kind and size are Institution.Kind and Institution.Size values.
INSTITUTIONS = {
    "Museo Egizio": ("Turin", "IT", "archaeology", "large", "Q1137488"),
    "Rijksmuseum Twenthe": ("Enschede", "NL", "art", "medium", ""),
    "National Museum of Ireland": ("Dublin", "IE", "history", "national", ""),
    "Helsinki City Museum": ("Helsinki", "FI", "local", "medium", ""),
    "Musée des Beaux-Arts de Lyon": ("Lyon", "FR", "art", "large", ""),
    "Muzeum Warszawy": ("Warsaw", "PL", "history", "large", ""),
    "Museo de Historia de Valencia": ("Valencia", "ES", "history", "medium", ""),
    "Musée de la Chemiserie": ("Argenton-sur-Creuse", "FR", "local", "small", ""),
    "Sjöhistoriska museet": ("Stockholm", "SE", "history", "medium", ""),
    "Landesmuseum Württemberg": ("Stuttgart", "DE", "history", "large", ""),
    "Musée d'histoire maritime de Bordeaux": ("Bordeaux", "FR", "history", "medium", ""),
    "Museu Nacional de Arte Antiga": ("Lisbon", "PT", "art", "national", ""),
    "Stadsmuseum Leuven": ("Leuven", "BE", "local", "medium", ""),
    "Musée de la Mine du Centre": ("La Louvière", "BE", "heritage-site", "small", ""),
    "Vestjysk Landbrugsmuseum": ("Holstebro", "DK", "local", "small", ""),
    "Østjysk Arkæologisk Museum": ("Aarhus", "DK", "archaeology", "large", ""),
    "Museo Marítimo de las Rías": ("Vigo", "ES", "local", "small", ""),
    "Norsk Energimuseum": ("Oslo", "NO", "science", "medium", ""),
    "Naturkundemuseum Salzburg": ("Salzburg", "AT", "natural-history", "medium", ""),
    "Musée des cultures du monde": ("Lausanne", "CH", "ethnography", "medium", ""),
    "Technické muzeum Ostrava": ("Ostrava", "CZ", "science", "medium", ""),
    "Eesti Rahvakunsti Muuseum": ("Tartu", "EE", "ethnography", "national", ""),
    "Szegedi Városi Múzeum": ("Szeged", "HU", "local", "medium", ""),
    "Museum of Aegean Crafts": ("Athens", "GR", "ethnography", "medium", ""),
    "Kirkstall Mill Museum": ("Leeds", "GB", "science", "medium", ""),
    "Muzej obrti Ljubljana": ("Ljubljana", "SI", "local", "small", ""),
    "Muzej svakodnevice": ("Zagreb", "HR", "other", "small", ""),
    "Museo Civico della Carta": ("Fabriano", "IT", "local", "small", ""),
    "Musée gallo-romain de la Saône": ("Chalon-sur-Saône", "FR", "archaeology", "medium", ""),
    "Pyynikki Factory Museum": ("Tampere", "FI", "heritage-site", "small", ""),
    "Sörmlands Hembygdsmuseum": ("Nyköping", "SE", "local", "small", ""),
}

# One record per case study:
# (title, institution, author, language, (first year, last year or None), status, audience,
#  budget, tags, related deck title or None, summary, story)
# - institution: a key of INSTITUTIONS.
# - author: a display name from community.demo.MEMBERS, or the name of someone who is not a member.
# - status: a CaseStudyPage.Status value; budget: a CaseStudyPage.Budget value.
# - story: blocks of CaseStudyStreamBlock, mostly sections.
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
    (
        "A hundred TikTok videos starring front-of-house staff",
        "Museo de Historia de Valencia",
        "Ana García",
        "en",
        (2022, None),
        "running",
        "Teenagers, students, locals under 30",
        "none",
        ["tiktok", "short video", "young audiences", "social media"],
        "TikTok for museums: the first hundred videos",
        "A six-month TikTok trial became a daily habit. The people who welcome visitors write and star in the videos, and the share of tickets bought by under-25s rose from 9% to 14%.",
        [
            section(
                "context",
                "<p>Only 9% of our tickets went to people under 25, and school groups told us they had never seen the museum online. The director agreed to a six-month trial with no budget.</p>",
            ),
            section(
                "approach",
                "<p>One community manager gives it six hours a week. Two front-of-house colleagues appear on camera and write most of the jokes; a curator checks every fact within a day. Everything is filmed on one phone with a 25-euro light and edited in CapCut.</p>",
            ),
            section(
                "results",
                "<p>Average views grew from 800 for the first twenty videos to 11,000 for videos 61 to 100. A guard explaining the 'do not touch' rope reached 640,000 views. The code TIKTOK was used 1,300 times at the desk.</p>",
            ),
            quote(
                "I say the same thing to visitors forty times a day. On TikTok I said it once and 640,000 people heard it.",
                "Front-of-house team member",
            ),
            section(
                "lessons",
                "<ul><li>Repeat one format rather than chasing trends.</li><li>Staff appear only if they want to.</li><li>Judge after six months, not six videos.</li></ul>",
            ),
        ],
    ),
    (
        "Reels that people save: a six-month test",
        "Museo de Historia de Valencia",
        "Ana García",
        "en",
        (2024, 2024),
        "finished",
        "Instagram followers in Spain",
        "none",
        ["instagram", "short video", "analytics"],
        "Instagram Reels: six months of data",
        "We re-edited our TikTok videos as 52 Instagram Reels and logged every number in a spreadsheet. Short Reels with a face in the first frame travelled furthest; saves told us more than likes.",
        [
            section(
                "approach",
                "<p>From January to June 2024 we posted two Reels a week and recorded length, first frame, audio, reach, saves, shares and follows for each one.</p>",
            ),
            section(
                "results",
                "<p>Reels under 15 seconds reached 2.3 times more people. A face in the first frame added 1.8 times the reach. Trending audio made no measurable difference. 'How to' Reels, like reading a 17th-century map, were saved the most, and saves predicted new follows better than likes did.</p>",
            ),
            section(
                "lessons",
                "<p>We now report saves and shares to the director instead of likes, and every Reel opens with a person and a question.</p>",
            ),
        ],
    ),
    (
        "Une lettre d'information autour de l'objet du mois",
        "Musée de la Chemiserie",
        "Sophie Martin",
        "fr",
        (2020, None),
        "running",
        "Habitants, anciens ouvriers des chemiseries, familles",
        "none",
        ["newsletters", "small museums", "community management"],
        "Une newsletter que les gens ouvrent",
        "Notre lettre mensuelle parlait de tout et personne ne l'ouvrait. Elle raconte désormais un seul objet et la personne qui l'a porté : 52 % d'ouverture et des lecteurs qui répondent.",
        [
            section(
                "context",
                "<p>En 2020, notre lettre partait vers 1 200 adresses avec l'agenda complet du musée. Le taux d'ouverture plafonnait à 14 %.</p>",
            ),
            section(
                "approach",
                "<p>Une lettre, un objet : une chemise, un col ou un bouton, et l'histoire de la personne qui l'a porté ou fabriqué, en 400 mots. Envoi le jeudi à 18 h avec Brevo, formule gratuite, double inscription pour respecter le RGPD.</p>",
            ),
            section(
                "results",
                "<p>2 900 abonnés deux ans plus tard, 52 % d'ouverture, 10 à 15 réponses par mois. Deux familles ont donné des chemises à la collection après avoir lu la lettre.</p>",
            ),
            section(
                "budget",
                "<p>Aucun budget : trois heures de rédaction par lettre et une heure pour répondre aux lecteurs.</p>",
            ),
        ],
    ),
    (
        "Opening hours for social media",
        "Musée des Beaux-Arts de Lyon",
        "Camille Moreau",
        "en",
        (2023, 2024),
        "finished",
        "Social media followers, the social media team",
        "none",
        ["community management", "social media", "editorial charter"],
        "Community management without burning out",
        "A team of three logged its time for four weeks, then wrote opening hours for replies, a rota for hard moments and 32 saved answers. Weekend work dropped from five hours to none.",
        [
            section(
                "challenge",
                "<p>Replies and moderation took 41% of the team's time, much of it in the evening and at weekends. Nobody had ever written down when the museum answers.</p>",
            ),
            section(
                "approach",
                "<p>Replies now happen Monday to Friday, 9:00 to 18:00, and every profile says so. An auto-reply covers the rest. Two people are on call for a crisis, with a shared note of who decides what. Moderation follows three levels, from hiding insults to escalating to the director.</p>",
            ),
            section(
                "results",
                "<p>96% of messages get an answer within a working day, weekend work fell to zero, and in a year nobody complained about the auto-reply.</p>",
            ),
            section(
                "other",
                "<p>We added the rota and the opening hours to the editorial charter, so that they survive changes in the team.</p>",
                "What we changed in the charter",
            ),
        ],
    ),
    (
        "Sixty thousand ship plans, described by volunteers",
        "Sjöhistoriska museet",
        "Jonas Lindqvist",
        "en",
        (2016, 2019),
        "finished",
        "Maritime historians, model builders, families of seafarers",
        "over-100k",
        ["digitisation", "volunteering", "collections online"],
        "Digitising 60,000 ship plans with volunteers",
        "In three years we scanned 58,400 ship drawings, some four metres long, and 210 volunteers described 52,000 of them on Zooniverse. Storage turned out to be the cost nobody had planned.",
        [
            section(
                "context",
                "<p>The drawings cover 1750 to 1990 and were known only through paper index cards. Researchers had to visit Stockholm to see them.</p>",
            ),
            section(
                "approach",
                "<p>A rented A0 flatbed scanner, 600 dpi TIFF masters and JPEG copies for the web. Volunteers, many of them retired engineers and sailors, described each drawing in four fields on Zooniverse; three people saw every drawing and staff settled disagreements.</p>",
            ),
            section(
                "results",
                "<p>58,400 drawings scanned, 52,000 described, about 19,000 volunteer hours. The most common search is for a grandfather's ship.</p>",
            ),
            section(
                "budget",
                "<p>Two scanning operators for three years and the scanner rental. Storage of 94 TB of masters, in two copies, ended up at 18% of the budget.</p>",
            ),
            section(
                "lessons",
                "<ul><li>Budget for storage from day one.</li><li>Agree a list of ship types before the first volunteer starts.</li><li>Fewer fields, better answered.</li></ul>",
            ),
        ],
    ),
    (
        "Three seasons of a museum podcast",
        "Museo Egizio",
        "Giulia Romano",
        "en",
        (2018, 2020),
        "finished",
        "Commuters, podcast listeners, teachers",
        "5k-25k",
        ["podcasts", "digital storytelling", "audiences"],
        "A museum podcast in three seasons",
        "Season one was a curator talking for 35 minutes. By season three, conservators answered visitors' questions in 15 minutes, and listens per episode had quadrupled.",
        [
            section(
                "approach",
                "<p>We recorded in a storage room lined with blankets, with two USB microphones, and edited in Reaper. Each episode took about 16 hours: research, recording and, mostly, editing. Every episode has a full transcript.</p>",
            ),
            section(
                "results",
                "<p>1,800 listens per episode in season one, 4,900 in season two and 7,200 in season three, when the questions came from visitors at the desk.</p>",
            ),
            quote(
                "The host should be the one who does not know the answer.",
                "Producer of seasons two and three",
            ),
            section(
                "lessons",
                "<p>Publish a trailer, release weekly instead of all at once, and talk about the podcast in the galleries.</p>",
            ),
        ],
    ),
    (
        "An escape game built from archive documents",
        "Muzeum Warszawy",
        "Katarzyna Nowak",
        "en",
        (2017, None),
        "running",
        "Teenagers, school groups, birthday parties",
        "5k-25k",
        ["games", "young audiences", "digital storytelling"],
        "Playable history: an escape game in the archive",
        "Groups of four to six solve a 1934 newspaper mystery in 50 minutes, using printed replicas and tablets that zoom into the originals. The first version was far too hard.",
        [
            section(
                "challenge",
                "<p>Teenagers found the archive boring, while escape rooms were full every weekend in Warsaw.</p>",
            ),
            section(
                "approach",
                "<p>Every clue is a digitised document: letters, a police report, newspaper pages. Tablets show the originals in detail; the final code opens a real archive box.</p>",
            ),
            section(
                "results",
                "<p>In the first playtests nine groups out of ten failed, so we removed two puzzles. 2,300 people played in the first year, 70% of them in school groups.</p>",
            ),
            section(
                "budget",
                "<p>14,000 euros for game design, 3,500 euros for tablets and props, and two days a week of staff time for five months.</p>",
            ),
        ],
    ),
    (
        "Matching 8,400 makers to Wikidata",
        "Landesmuseum Württemberg",
        "Lukas Becker",
        "en",
        (2016, 2018),
        "finished",
        "Researchers, other museums, Wikidata editors",
        "5k-25k",
        ["wikidata", "linked open data", "collections online"],
        "Linked open data for a regional museum",
        "We cleaned 3,100 maker names in OpenRefine, reconciled them with Wikidata and stored the Q numbers next to our own records. Visitors can now search by place in three languages.",
        [
            section(
                "approach",
                "<p>Clustering in OpenRefine first, then reconciliation against Wikidata restricted to humans, with birth years to improve matches. Matches above a score of 90 were sampled, the rest checked one by one. We then gave back collection and inventory number statements with QuickStatements.</p>",
            ),
            section(
                "results",
                "<p>8,400 makers matched across 12,000 object records, 2,100 of them automatically. Two research partnerships started from the published links.</p>",
            ),
            section(
                "lessons",
                "<p>Test every batch on 20 lines: our first batch added 400 wrong birth dates, reverted by volunteers within an hour.</p>",
            ),
        ],
    ),
    (
        "Pourquoi notre musée n'a pas de chatbot",
        "Musée d'histoire maritime de Bordeaux",
        "Mathilde Fournier",
        "fr",
        (2023, 2024),
        "stopped",
        "Visiteurs du site web, publics en salle",
        "25k-100k",
        ["chatbots", "artificial intelligence", "ethics"],
        "Chatbots et IA au musée : ce que nous avons refusé",
        "La direction voulait un chatbot. Après six mois de tests, nous avons arrêté le projet : trop d'erreurs sur l'histoire de la traite, et une FAQ réécrite répondait déjà à 80 % des questions.",
        [
            section(
                "context",
                "<p>En 2023, un budget de 30 000 euros a été réservé pour « un chatbot ». Nous avions six mois pour décider de son usage.</p>",
            ),
            section(
                "approach",
                "<p>Trois pistes testées : un chatbot d'accueil, un guide de visite conversationnel essayé par 40 visiteurs, et des brouillons de cartels relus par les conservateurs.</p>",
            ),
            section(
                "results",
                "<p>Le guide a donné 3 réponses fausses sur 25, dont une date inventée sur la traite atlantique. Nous avons arrêté le projet après 11 000 euros de prototype et versé le reste du budget à l'accessibilité.</p>",
            ),
            section(
                "lessons",
                "<p>Nous avons écrit une charte IA en cinq points : relecture humaine de tout ce qui est publié, mention des textes assistés, aucune donnée de visiteur dans un outil externe, ni voix ni visage générés, et un bilan annuel.</p>",
            ),
        ],
    ),
    (
        "An evaluation framework with four lenses",
        "National Museum of Ireland",
        "Siobhán Byrne",
        "en",
        (2017, 2019),
        "finished",
        "Museum staff, funders, the board",
        "5k-25k",
        ["evaluation", "analytics", "digital strategy"],
        "Measuring what matters: evaluating digital projects",
        "We replaced a 40-page monthly analytics report with one page per project: reach, engagement, value and cost, three numbers, one quote and a decision. Four projects were stopped in two years.",
        [
            section(
                "challenge",
                "<p>Reports were long, full of page views and read by nobody. Nothing was ever stopped, so nothing new could start.</p>",
            ),
            section(
                "approach",
                "<p>Every project now answers three questions at the start: who is it for, what should change for them, and how would we know. We count completed tasks rather than visits, run a pop-up survey shown to one website visitor in twenty, and observe gallery screens for an hour at a time.</p>",
            ),
            section(
                "results",
                "<p>Four projects stopped, including a 65,000-euro touchscreen table used by 8% of visitors. The online course for teachers was renewed, at 30 euros per completion.</p>",
            ),
            section(
                "other",
                "<p>Goal, audience, cost; what happened in numbers; what people said; keep, change or stop.</p>",
                "The one-page report",
            ),
        ],
    ),
    (
        "Taking seven megabytes off the home page",
        "Helsinki City Museum",
        "Eero Virtanen",
        "en",
        (2021, 2022),
        "finished",
        "Website visitors",
        "5k-25k",
        ["sustainability", "websites", "digital strategy"],
        "The carbon footprint of a museum website",
        "The home page weighed 7.8 MB, mostly a video nobody watched. Modern image formats, click-to-play video and fewer trackers brought it to 0.9 MB, and deleting duplicate files saved more still.",
        [
            section(
                "context",
                "<p>The city set a carbon target for 2030, and digital was missing from every plan in the museum.</p>",
            ),
            section(
                "approach",
                "<p>We converted images to WebP and AVIF, loaded video only on click, cut fonts from four weights to two and removed nine of eleven third-party scripts. Collection images come from a IIIF server at the size the page needs.</p>",
            ),
            section(
                "results",
                "<p>The home page fell from 7.8 MB to 0.9 MB and loads in 1.4 seconds on 4G. Bounce rate dropped by 9%. Deleting 11 TB of duplicate files on our servers was the biggest single saving.</p>",
            ),
            section(
                "budget",
                "<p>About 15 days of developer time and a week of the web editor's time.</p>",
            ),
        ],
    ),
    (
        "Titles that search engines understand",
        "Rijksmuseum Twenthe",
        "Pieter de Vries",
        "en",
        (2019, 2020),
        "finished",
        "People searching for art online",
        "under-5k",
        ["seo", "collections online", "websites"],
        "SEO for collection pages",
        "Our 40,000 object pages had titles like 'Object 1987.0045'. New titles, descriptions and schema.org data took visits from search engines from 300 to 9,400 a month.",
        [
            section(
                "approach",
                "<p>Page titles now read object, maker and date, under 60 characters. Meta descriptions come from the first sentence of the catalogue text. Every page carries schema.org VisualArtwork data with creator, date, image and licence, and a sitemap lists every object.</p>",
            ),
            section(
                "results",
                "<p>Visits from search rose from 300 to 9,400 a month within a year; half come from Google Images, where the licence now shows.</p>",
            ),
            section("budget", "<p>Four days of developer time and a small template change.</p>"),
        ],
    ),
    (
        "Timed tickets in four weeks",
        "Landesmuseum Württemberg",
        "Lukas Becker",
        "en",
        (2020, 2021),
        "finished",
        "All visitors, members",
        "25k-100k",
        ["ticketing", "crm", "user experience"],
        "Online ticketing after the pandemic",
        "To reopen in May 2020 we moved ticketing online in four weeks. A checkout without accounts halved abandoned baskets, and online sales went from 3% to 71% of tickets.",
        [
            section(
                "challenge",
                "<p>Reopening required timed entry, and only 3% of our tickets were sold online.</p>",
            ),
            section(
                "approach",
                "<p>We compared six vendors and chose a hosted platform that connects to our shop and CRM. Slots every 15 minutes for 40 people, free tickets booked too, a three-step checkout with no account, and QR codes scanned on two phones at the door.</p>",
            ),
            section(
                "results",
                "<p>Abandoned baskets fell from 41% to 23%. 19% of buyers agreed to receive the newsletter. After the rules ended we kept online tickets and dropped slots except for large exhibitions.</p>",
            ),
            section(
                "lessons",
                "<p>Test the checkout on an old phone, and keep a printed list for the day the Wi-Fi fails.</p>",
            ),
        ],
    ),
    (
        "Audio descriptions written with blind visitors",
        "Museu Nacional de Arte Antiga",
        "Inês Carvalho",
        "en",
        (2019, None),
        "running",
        "Blind and partially sighted visitors, families",
        "5k-25k",
        ["accessibility", "audiences", "visitor experience"],
        "Audio description for everyone",
        "Six agency-written descriptions of nine minutes each went unused. With a group of eight blind and partially sighted visitors we now write descriptions of under three minutes, and 42 works are described.",
        [
            section(
                "approach",
                "<p>Five workshops in front of the works with a group of eight people, who chose the works. Each description starts with size, material and layout, then what the work shows, then one story.</p>",
            ),
            section(
                "results",
                "<p>3,600 plays a month. Sighted visitors and families use the descriptions too and rate them above the standard audio guide.</p>",
            ),
            quote(
                "For the first time a description told me where things are in the painting before telling me what they mean.",
                "Member of the writing group",
            ),
            section(
                "budget",
                "<p>About 450 euros per description, for recording and the group's time.</p>",
            ),
        ],
    ),
    (
        "Helsinki in 1907, in virtual reality",
        "Helsinki City Museum",
        "Eero Virtanen",
        "en",
        (2015, 2016),
        "finished",
        "Adults, first-time visitors, older visitors",
        "25k-100k",
        ["virtual reality", "in-gallery digital", "visitor experience"],
        "Three VR headsets and a queue",
        "A virtual walk through Helsinki in 1907, modelled from 900 archive photographs. 18,000 people used it in ten months; it also needed one person in the room every opening hour.",
        [
            section(
                "approach",
                "<p>Three headsets in one room, four minutes per visitor, a seat for everyone after the first weeks.</p>",
            ),
            section(
                "results",
                "<p>18,000 users in ten months, many of them first-time visitors. One visitor in twelve felt sick until we halved the walking speed.</p>",
            ),
            section(
                "lessons",
                "<p>VR works for a temporary exhibition, not as a permanent feature. The 1907 model now lives on as a web video.</p>",
            ),
        ],
    ),
    (
        "Des récits numériques tirés des réserves",
        "Musée d'histoire maritime de Bordeaux",
        "Mathilde Fournier",
        "fr",
        (2018, 2019),
        "finished",
        "Internautes, enseignants",
        "under-5k",
        ["digital storytelling", "collections online", "audiences"],
        "Raconter une collection en ligne",
        "Chaque mois, dix objets des réserves et un fil conducteur : les lecteurs restent quatre minutes sur un récit, contre quarante secondes sur une fiche de collection.",
        [
            section(
                "context",
                "<p>Nos 20 000 fiches en ligne étaient consultées en moyenne 40 secondes.</p>",
            ),
            section(
                "approach",
                "<p>Un gabarit de récit dans notre CMS, sans développement : défilement vertical, une image par écran, 80 mots au plus par étape et un lien vers la fiche complète. Les sujets sensibles, comme la traite, sont relus par un comité externe.</p>",
            ),
            section(
                "results",
                "<p>12 récits et 85 000 lectures en un an ; 62 % des lecteurs vont jusqu'au bout et un sur cinq ouvre une fiche.</p>",
            ),
        ],
    ),
    (
        "One CRM instead of nine contact lists",
        "Sjöhistoriska museet",
        "Jonas Lindqvist",
        "en",
        (2022, 2024),
        "finished",
        "Members, donors, schools, volunteers",
        "over-100k",
        ["crm", "ticketing", "digital strategy"],
        "Choosing a CRM with forty staff",
        "Members lived in an Access database from 2004, schools in a spreadsheet and the newsletter in another tool. One CRM now holds 39,000 people, with consent recorded per channel.",
        [
            section(
                "challenge",
                "<p>Nine separate lists, no shared view of a person who is a visitor, a member and a donor at once.</p>",
            ),
            section(
                "approach",
                "<p>We wrote requirements in plain words, asked three vendors to demo with a sample of our own messy data, and chose the one with a connector to our ticketing. Five champions, one per department, trained their colleagues.</p>",
            ),
            section(
                "results",
                "<p>61,000 records imported, 14,000 duplicates merged and 8,000 deleted for lack of consent. 58% of members now renew online, and 420 lapsed members came back.</p>",
            ),
            section(
                "budget",
                "<p>38,000 euros for set-up and migration, 21,000 euros a year in licences, and half a post for the first year.</p>",
            ),
        ],
    ),
    (
        "Collection search rebuilt around what people type",
        "Rijksmuseum Twenthe",
        "Pieter de Vries",
        "en",
        (2023, 2025),
        "finished",
        "Students, designers, curious visitors",
        "over-100k",
        ["collections online", "user experience", "open access", "seo"],
        "Collections online: rebuilding search after ten years",
        "People type one or two words, often a colour or an animal. The new collection search uses our Iconclass subjects, colour data and IIIF images, and zero-result searches fell from 18% to 6%.",
        [
            section(
                "context",
                "<p>The 2014 search form had 14 advanced fields and matched titles only: 'cat', our most searched word, found 3 of our 140 cats.</p>",
            ),
            section(
                "approach",
                "<p>An Elasticsearch index rebuilt every night, with subjects from Iconclass in three languages and five dominant colours per image. All images are served through IIIF, with a CC0 badge and a download button on public domain works. Each object page has structured data for search engines.</p>",
            ),
            section(
                "results",
                "<p>Zero-result searches down from 18% to 6%, searches per visit up from 1.3 to 2.4, image downloads up 70%. Five rounds of testing showed nobody saw the filters until we moved them above the results.</p>",
            ),
            section(
                "budget",
                "<p>310,000 euros: two developers for nine months and a collections specialist half-time.</p>",
            ),
        ],
    ),
    (
        "Letters from 1914, transcribed from home",
        "Muzeum Warszawy",
        "Katarzyna Nowak",
        "en",
        (2013, 2014),
        "finished",
        "Family historians, online volunteers",
        "under-5k",
        ["volunteering", "digitisation", "collections online"],
        "Volunteers online: transcribing letters from home",
        "For the war centenary, online volunteers in 14 countries transcribed 2,950 of 3,400 letters written between 1914 and 1921, in Polish, German and Yiddish.",
        [
            section(
                "approach",
                "<p>We used the hosted version of FromThePage: the page image on the left, a text box on the right, two reviewers per page. A radio interview on a Sunday brought 600 sign-ups in a week.</p>",
            ),
            section(
                "challenge",
                "<p>Only three volunteers could read the 260 Yiddish letters. A partnership with a Jewish history institute finished them in eight months.</p>",
            ),
            section(
                "results",
                "<p>2,950 letters transcribed and searchable by name and place. Ten volunteers did half the work, and two families found letters from their ancestors.</p>",
            ),
        ],
    ),
    (
        "Audit RGAA : de 38 % à 81 % de conformité",
        "Musée des Beaux-Arts de Lyon",
        "Camille Moreau",
        "fr",
        (2023, None),
        "running",
        "Tous les internautes, personnes handicapées",
        "25k-100k",
        ["accessibility", "websites", "user experience"],
        "Accessibilité numérique : l'audit RGAA de notre site",
        "Un audit sur 15 pages a donné 38 % de conformité au RGAA, la billetterie en tête des problèmes. Deux ans de corrections plus tard, le site atteint 81 %.",
        [
            section(
                "context",
                "<p>Comme tout musée public, nous devons publier une déclaration d'accessibilité et un schéma pluriannuel. Personne dans l'équipe n'avait été formé.</p>",
            ),
            section(
                "approach",
                "<p>Un audit par un prestataire spécialisé, puis un schéma sur trois ans : billetterie et formulaires, collections en ligne, vidéos et documents. Une clause d'accessibilité a été ajoutée au contrat de billetterie.</p>",
            ),
            section(
                "results",
                "<p>81 % de conformité après deux ans, une billetterie conforme, 14 signalements reçus et traités.</p>",
            ),
            section(
                "budget",
                "<p>6 500 euros d'audit, 22 000 euros de corrections et trois jours de formation pour l'équipe.</p>",
            ),
        ],
    ),
    (
        "A live camera in the conservation lab",
        "Museo Egizio",
        "Giulia Romano",
        "en",
        (2023, 2024),
        "finished",
        "Online followers, teachers and their classes",
        "5k-25k",
        ["live streaming", "video", "digital storytelling"],
        "Streaming the conservation lab",
        "For fourteen months, two ceiling cameras streamed the restoration of a coffin to YouTube, six hours a day. A Thursday Q&A with a conservator gave the stream its rhythm.",
        [
            section(
                "approach",
                "<p>Two fixed cameras, OBS on a small PC, no operator. We never show faces without consent or screens with unpublished research; breaks show a still image.</p>",
            ),
            section(
                "results",
                "<p>1,650 hours streamed, 38 viewers on average at any moment and 900 at the peak of a Thursday Q&A. Teachers projected it in class; comments read like a guestbook.</p>",
            ),
            section(
                "lessons",
                "<p>Ask the conservators first and often, and use music you own: a copyright claim on our break music took two weeks to resolve.</p>",
            ),
        ],
    ),
    (
        "Alt text for 5,000 images, drafted by AI and reviewed by people",
        "Museu Nacional de Arte Antiga",
        "Inês Carvalho",
        "en",
        (2025, None),
        "running",
        "Screen reader users",
        "5k-25k",
        ["accessibility", "artificial intelligence", "ethics", "collections online"],
        "AI-generated alt text, with human review",
        "A vision model hosted in the EU drafts alt text from each image and its catalogue record; a person reviews every draft. Coverage went from 6% to 31% of our online images in three months.",
        [
            section(
                "challenge",
                "<p>18,000 images online, alt text on 6% of them. Writing the rest by hand would take twelve years at our pace.</p>",
            ),
            section(
                "approach",
                "<p>The prompt gives the model title, maker and date and asks for what is visible in 150 characters, with no guesses about identity or feelings. Reviewers fix facts first, then tone, and delete any bias rather than soften it.</p>",
            ),
            section(
                "results",
                "<p>4,600 texts published; 22% of drafts rejected. A review takes 1 minute 40 against 6 minutes from scratch. A panel of six screen reader users preferred the reviewed texts in blind tests.</p>",
            ),
            section(
                "other",
                "<p>No training on our data, images processed in the EU, and every text labelled 'AI-assisted, reviewed'.</p>",
                "Ethics rules",
            ),
        ],
    ),
    (
        "Une stratégie numérique sur une page",
        "Musée de la Chemiserie",
        "Sophie Martin",
        "fr",
        (2024, None),
        "running",
        "Familles de la région, étudiants en mode, anciens ouvriers",
        "none",
        ["digital strategy", "small museums", "evaluation"],
        "Digital strategy on one page",
        "Une mission en vingt mots, trois publics, trois objectifs chiffrés et une ligne « ce que nous arrêtons » : notre stratégie numérique tient sur une page affichée au mur du bureau.",
        [
            section(
                "context",
                "<p>Trois salariés, six heures par semaine pour le numérique, 800 euros par an.</p>",
            ),
            section(
                "approach",
                "<p>Nous avons choisi trois publics : les familles de la région, les étudiants en textile et mode, et les anciens ouvriers des chemiseries. Un objectif daté et chiffré par public, par exemple 500 abonnés à la lettre avant juin.</p>",
            ),
            section(
                "results",
                "<p>Nous avons arrêté Twitter et le blog, ce qui a libéré trois heures par semaine pour la lettre et les ateliers.</p>",
            ),
            section(
                "lessons",
                "<p>Une heure de bilan tous les six mois suffit, à condition de l'inscrire à l'agenda.</p>",
            ),
        ],
    ),
    (
        "Teenagers take over our Instagram",
        "Stadsmuseum Leuven",
        "Lotte Claes",
        "en",
        (2022, 2023),
        "finished",
        "Teenagers from Leuven",
        "under-5k",
        ["instagram", "young audiences", "social media"],
        None,
        "Twelve teenagers from three schools ran the museum's Instagram for a week each. Their Stories got twice our usual replies, and they brought their classmates to the museum.",
        [
            section(
                "approach",
                "<p>Each takeover started with a half-day at the museum: a tour behind the scenes, our editorial charter in five rules and a shared account with limited access. The teenagers chose what to show.</p>",
            ),
            section(
                "results",
                "<p>Replies to Stories doubled during takeover weeks, and eight of the twelve came back with their class.</p>",
            ),
            quote(
                "I thought museums were for my grandparents. Now I have the keys to the storage.",
                "Takeover host, 16",
            ),
            section(
                "budget",
                "<p>A 50-euro voucher for each host and about four hours of staff time per week.</p>",
            ),
        ],
    ),
    (
        "Un groupe Facebook pour les anciens mineurs",
        "Musée de la Mine du Centre",
        "Jean-Marc Delvaux",
        "fr",
        (2017, None),
        "running",
        "Anciens mineurs et leurs familles",
        "none",
        ["community management", "social media", "collections online"],
        None,
        "Un groupe Facebook privé réunit 3 400 anciens mineurs et leurs familles. Ils identifient les personnes sur nos photos, et le musée a appris à animer plutôt qu'à publier.",
        [
            section(
                "context",
                "<p>Nos 9 000 photos de la mine n'avaient presque aucune légende. Les personnes qui pouvaient les reconnaître avaient plus de 70 ans.</p>",
            ),
            section(
                "approach",
                "<p>Une photo par jour dans un groupe privé, avec une question simple : qui reconnaissez-vous ? Deux bénévoles, eux-mêmes anciens mineurs, modèrent le groupe avec nous.</p>",
            ),
            section(
                "results",
                "<p>2 100 personnes identifiées sur les photos, 3 400 membres, et des dons de documents de famille chaque mois.</p>",
            ),
            section(
                "lessons",
                "<p>Reporter chaque identification dans la base de collection le jour même : les commentaires Facebook ne sont pas une archive.</p>",
            ),
        ],
    ),
    (
        "A farm museum on TikTok, filmed by volunteers",
        "Vestjysk Landbrugsmuseum",
        "Mette Kjær",
        "en",
        (2023, 2024),
        "stopped",
        "Young families, rural audiences",
        "none",
        ["tiktok", "volunteering", "small museums"],
        None,
        "Two volunteers filmed life on the museum farm for TikTok: calves, old tractors, bread in the wood oven. The account grew to 21,000 followers, and stopped when both volunteers moved away.",
        [
            section(
                "approach",
                "<p>The volunteers filmed on their own phones and posted three times a week after a quick check by the museum manager.</p>",
            ),
            section(
                "results",
                "<p>21,000 followers in a year, and families asking at the gate for the calf from the videos.</p>",
            ),
            section(
                "lessons",
                "<p>We never wrote down how they worked, and nobody on staff knew the account password. When they left, the account went silent. Today we would pair every volunteer with a member of staff.</p>",
            ),
        ],
    ),
    (
        "Live from the quay at sunset",
        "Museo Marítimo de las Rías",
        "Uxía Varela",
        "en",
        (2021, 2022),
        "stopped",
        "Followers abroad, the Galician diaspora",
        "under-5k",
        ["live streaming", "social media", "small museums"],
        None,
        "Every Friday at sunset we went live on Facebook from the quay, with a fisherman or a boat builder as guest. Viewers in Argentina and Switzerland loved it; the sea wind and the 4G signal did not.",
        [
            section(
                "approach",
                "<p>A phone, a wind-proof microphone and a guest from the port, 20 minutes each Friday.</p>",
            ),
            section(
                "results",
                "<p>Up to 600 live viewers, mostly Galicians living abroad, and 40 donations of family photographs.</p>",
            ),
            section(
                "other",
                "<p>The 4G signal on the quay failed one Friday in three, and the one member of staff who hosted it went on parental leave. We now record short videos instead.</p>",
                "Why we stopped",
            ),
        ],
    ),
    (
        "A game about energy for school groups",
        "Norsk Energimuseum",
        "Ingrid Solberg",
        "en",
        (2019, 2021),
        "finished",
        "School groups aged 12 to 15",
        "over-100k",
        ["games", "young audiences", "in-gallery digital"],
        None,
        "Classes run a town's power grid for 30 years in 40 minutes, on a shared table screen. Teachers book it more than any other programme.",
        [
            section(
                "approach",
                "<p>Groups of five share one table and choose between hydro, wind and gas as demand grows. Every choice shows its cost, its emissions and the town's reaction.</p>",
            ),
            section(
                "results",
                "<p>620 classes in the first two years. In a follow-up quiz, pupils who played answered 34% more questions on energy correctly than those who had the guided tour.</p>",
            ),
            section(
                "budget",
                "<p>Development with a game studio and the table hardware came to 1.4 million kroner, with a grant from a regional energy fund.</p>",
            ),
        ],
    ),
    (
        "300,000 specimen records, openly licensed",
        "Naturkundemuseum Salzburg",
        "Florian Gruber",
        "en",
        (2020, 2022),
        "finished",
        "Researchers, teachers, citizen scientists",
        "25k-100k",
        ["open access", "collections online", "licensing", "linked open data"],
        None,
        "We published 300,000 specimen records to GBIF under CC0 and linked collectors to Wikidata. Researchers cited the data in 27 papers within two years.",
        [
            section(
                "challenge",
                "<p>Records sat in four databases with different names for the same places and collectors.</p>",
            ),
            section(
                "approach",
                "<p>Data mapped to Darwin Core, places given coordinates, collectors linked to Wikidata and the whole set published to GBIF under CC0, with images under CC BY.</p>",
            ),
            section(
                "results",
                "<p>300,000 records online, 27 research papers citing the dataset in two years, and our first loan requests from South America.</p>",
            ),
        ],
    ),
    (
        "Réécrire les notices coloniales, en public",
        "Musée des cultures du monde",
        "Aline Perret",
        "fr",
        (2021, None),
        "running",
        "Chercheurs, communautés d'origine, enseignants",
        "25k-100k",
        ["collections online", "ethics", "audiences"],
        None,
        "Nos notices en ligne reprenaient le vocabulaire des collecteurs du XIXe siècle. Nous les réécrivons avec des représentants des communautés d'origine, et chaque version reste consultable.",
        [
            section(
                "context",
                "<p>Sur 14 000 notices, 2 300 contenaient des termes offensants ou des attributions fausses.</p>",
            ),
            section(
                "approach",
                "<p>Des ateliers en ligne avec des représentants de communautés au Cameroun, en Bolivie et au Vanuatu. Chaque notice réécrite affiche l'ancien texte, le nouveau et les raisons du changement.</p>",
            ),
            section(
                "results",
                "<p>640 notices réécrites, 120 objets réattribués, et deux demandes de restitution ouvertes de façon transparente.</p>",
            ),
            quote(
                "Montrer l'ancien texte à côté du nouveau, c'est reconnaître ce que le musée a écrit.",
                "Participante aux ateliers",
            ),
        ],
    ),
    (
        "A chatbot for opening hours, switched off after a year",
        "Technické muzeum Ostrava",
        "Tomáš Dvořák",
        "en",
        (2019, 2020),
        "stopped",
        "Website visitors",
        "5k-25k",
        ["chatbots", "user experience", "evaluation"],
        None,
        "A rule-based chatbot answered questions about opening hours and prices. It handled 11,000 conversations in a year; a clearer visit page handled the same questions better.",
        [
            section(
                "approach",
                "<p>A vendor's chatbot with 80 scripted answers in Czech and English, on every page of the website.</p>",
            ),
            section(
                "results",
                "<p>11,000 conversations, 70% of them about opening hours, prices and parking. A third ended with 'I did not understand'.</p>",
            ),
            section(
                "lessons",
                "<p>We switched it off and rewrote the visit page instead. Calls to the front desk about opening hours fell by a quarter.</p>",
            ),
        ],
    ),
    (
        "Our first audience segmentation",
        "Eesti Rahvakunsti Muuseum",
        "Kadri Tamm",
        "en",
        (2018, 2019),
        "finished",
        "All visitors, online and on site",
        "25k-100k",
        ["audience research", "digital strategy", "analytics"],
        None,
        "A survey of 2,400 visitors and 30 interviews gave us five segments. They now shape the website, the newsletter and the exhibition programme.",
        [
            section(
                "approach",
                "<p>A survey on site and online, 30 interviews in Estonian and Russian, and a year of web analytics, combined by an external research agency.</p>",
            ),
            section(
                "results",
                "<p>Five segments, from 'weekend families' to 'heritage makers' who come for craft workshops. The website now has one entry point per segment, and the newsletter splits in two.</p>",
            ),
            section(
                "lessons",
                "<p>Interview in every language your visitors speak: the Russian-speaking visitors had needs the survey alone had missed.</p>",
            ),
        ],
    ),
    (
        "A history podcast made by teenagers",
        "Szegedi Városi Múzeum",
        "Dóra Kovács",
        "en",
        (2022, 2023),
        "finished",
        "Teenagers, teachers",
        "5k-25k",
        ["podcasts", "young audiences", "digital storytelling"],
        None,
        "Sixteen secondary school pupils made eight episodes about their city's history with our curators. Their classmates listened more than our usual audience ever had.",
        [
            section(
                "approach",
                "<p>Four teams of four, each with a curator as mentor, a recording kit on loan and three months per episode pair. Pupils chose the topics, from the 1879 flood to the city's first cinema.</p>",
            ),
            section(
                "results",
                "<p>8 episodes, 9,500 listens, and the podcast now used in history lessons at six schools.</p>",
            ),
            section(
                "budget",
                "<p>A recording kit for 1,200 euros, a sound engineer for four days, and a grant from the city's youth fund.</p>",
            ),
        ],
    ),
    (
        "An accessibility sprint before the relaunch",
        "Museum of Aegean Crafts",
        "Eleni Papadopoulou",
        "en",
        (2021, 2021),
        "finished",
        "Screen reader users, older visitors",
        "5k-25k",
        ["accessibility", "websites", "user experience"],
        None,
        "Two weeks before launching the new website, five testers with disabilities used it for a day. We fixed 38 problems before launch instead of after.",
        [
            section(
                "approach",
                "<p>Five testers, recruited through a disability organisation in Athens and paid for their time, each tried six tasks: finding opening hours, booking a workshop, reading an object page.</p>",
            ),
            section(
                "results",
                "<p>38 problems found, 31 fixed before launch: missing labels, a keyboard trap in the booking form and grey text that one tester could not read at all.</p>",
            ),
            section(
                "lessons",
                "<p>Test earlier next time: two weeks was enough to fix the bugs but not the design choices.</p>",
            ),
        ],
    ),
    (
        "Makers film their own objects",
        "Kirkstall Mill Museum",
        "Hannah Price",
        "en",
        (2021, 2022),
        "finished",
        "Makers, local families",
        "5k-25k",
        ["short video", "digital storytelling", "video"],
        None,
        "Twenty local makers each filmed a one-minute video about an object in our collection they use or admire. The videos play online and on a screen next to each object.",
        [
            section(
                "approach",
                "<p>A one-day workshop on filming with a phone, then each maker filmed at home or in the galleries. We edited, added captions and checked facts with the curator.</p>",
            ),
            section(
                "results",
                "<p>20 videos, 180,000 views across platforms, and three makers now run workshops at the museum.</p>",
            ),
            section(
                "budget",
                "<p>A 150-pound fee for each maker, captions by a freelance editor, and a grant from a local arts trust.</p>",
            ),
        ],
    ),
    (
        "Volunteers who tag photographs from home",
        "Muzej obrti Ljubljana",
        "Maja Kranjc",
        "en",
        (2020, None),
        "running",
        "Volunteers, retired teachers, craft guilds",
        "under-5k",
        ["volunteering", "digitisation", "collections online"],
        None,
        "Forty volunteers add keywords to 12,000 digitised photographs of workshops and tools. A monthly online meeting keeps the group together.",
        [
            section(
                "approach",
                "<p>Volunteers tag photographs in a simple web form linked to our collection system, using a list of 600 craft terms. Staff check a sample of 10% each week.</p>",
            ),
            section(
                "results",
                "<p>9,800 photographs tagged, searches on the collection site up by half, and two craft guilds that joined as groups.</p>",
            ),
            section(
                "lessons",
                "<p>The monthly meeting matters more than the tool: volunteers come for the people.</p>",
            ),
        ],
    ),
    (
        "Moderating a collection that visitors write",
        "Muzej svakodnevice",
        "Ivana Horvat",
        "en",
        (2019, None),
        "running",
        "Visitors who donate stories, online readers",
        "none",
        ["community management", "ethics", "collections online"],
        None,
        "Visitors donate everyday objects with a short story, and we publish the stories online. Deciding what to publish, and what to protect, became most of the work.",
        [
            section(
                "challenge",
                "<p>Stories name people, places and private conflicts. We receive about 40 a month.</p>",
            ),
            section(
                "approach",
                "<p>A written policy: no full names of third parties, no addresses, the donor reviews the edited text, and any story can be withdrawn at any time.</p>",
            ),
            section(
                "results",
                "<p>1,100 stories online, 23 withdrawn at the donor's request, and no complaint from a third party since the policy.</p>",
            ),
        ],
    ),
    (
        "Putting 2,000 watermarks online",
        "Museo Civico della Carta",
        "Marco Bellini",
        "en",
        (2026, None),
        "planned",
        "Paper historians, conservators, artists",
        "5k-25k",
        ["collections online", "digitisation", "open access"],
        None,
        "Our watermark collection is known to specialists and seen by almost nobody. In 2026 we will photograph 2,000 watermarks in transmitted light and publish them with IIIF.",
        [
            section(
                "context",
                "<p>Watermarks help date paper and prints, and researchers write to us every week for images.</p>",
            ),
            section(
                "approach",
                "<p>A light sheet and a copy stand for transmitted-light photography, a IIIF server shared with the regional library, and records linked to the Bernstein watermark database.</p>",
            ),
            section(
                "budget",
                "<p>A regional grant of 18,000 euros for equipment and one photographer for six months.</p>",
            ),
        ],
    ),
    (
        "Excavation archives as linked open data",
        "Østjysk Arkæologisk Museum",
        "Anders Holm",
        "en",
        (2026, None),
        "planned",
        "Archaeologists, students, heritage agencies",
        "over-100k",
        ["linked open data", "wikidata", "digitisation"],
        None,
        "Forty years of excavation reports, finds lists and site plans will become linked data, with sites and periods connected to Wikidata and national registers.",
        [
            section(
                "context",
                "<p>Reports sit in PDFs and binders; finds lists in three generations of databases.</p>",
            ),
            section(
                "approach",
                "<p>We will scan the binders, model sites, finds and periods in CIDOC CRM, and link places and periods to Wikidata and the national sites register.</p>",
            ),
            section(
                "budget",
                "<p>A three-year research grant for two data specialists and a part-time archaeologist.</p>",
            ),
        ],
    ),
    (
        "Une billetterie partagée par trois musées du Berry",
        "Musée de la Chemiserie",
        "Sophie Martin",
        "fr",
        (2026, None),
        "planned",
        "Visiteurs, familles, groupes scolaires",
        "25k-100k",
        ["ticketing", "crm", "small museums"],
        None,
        "Trois petits musées voisins vont partager une billetterie en ligne, un pass commun et un fichier de contacts, pour coûter moins cher et mieux connaître leurs visiteurs.",
        [
            section(
                "context",
                "<p>Chaque musée vend ses billets sur place, en espèces ou par carte, et aucun ne sait d'où viennent ses visiteurs.</p>",
            ),
            section(
                "approach",
                "<p>Un appel d'offres commun, une billetterie en ligne avec un pass trois musées, et un fichier de contacts partagé, avec un consentement distinct pour chaque musée.</p>",
            ),
            section(
                "budget",
                "<p>Financement par la communauté de communes et un fonds européen, environ 60 000 euros sur trois ans.</p>",
            ),
        ],
    ),
    (
        "Le théâtre antique en réalité virtuelle",
        "Musée gallo-romain de la Saône",
        "Julien Garnier",
        "fr",
        (2026, None),
        "planned",
        "Familles, groupes scolaires",
        "over-100k",
        ["virtual reality", "visitor experience", "in-gallery digital"],
        None,
        "Une restitution du théâtre antique en réalité virtuelle, à voir assis, en groupe, dans une salle du musée. Nous prévoyons dès le départ le nettoyage, l'accueil et la maintenance.",
        [
            section(
                "context",
                "<p>Il ne reste du théâtre que quelques gradins. Les enfants ne comprennent pas ce qu'ils regardent.</p>",
            ),
            section(
                "approach",
                "<p>Une expérience de six minutes, assise, pour huit personnes à la fois, avec une médiatrice présente. Une version vidéo sera disponible sur le site pour ceux qui ne veulent pas de casque.</p>",
            ),
            section(
                "budget",
                "<p>180 000 euros pour la restitution 3D et l'expérience, plus un poste de médiation à mi-temps pendant trois ans.</p>",
            ),
        ],
    ),
    (
        "A web AR trail through the factory district",
        "Pyynikki Factory Museum",
        "Sanna Heikkinen",
        "en",
        (2025, None),
        "running",
        "Tourists, local walkers",
        "25k-100k",
        ["augmented reality", "digital storytelling", "visitor experience"],
        None,
        "Eight stops along the river show the factories as they were in 1920, in the browser, with no app to download. Each stop takes under a minute.",
        [
            section(
                "approach",
                "<p>Web AR opened from a code on a street sign, with archive photographs placed where they were taken and a 40-second story read by a former worker's grandchild.</p>",
            ),
            section(
                "results",
                "<p>In the first summer, 7,300 people opened at least one stop and 2,100 finished all eight.</p>",
            ),
            section(
                "lessons",
                "<p>We learned from our neighbours' pilot: no app, short moments, and stops where the view has really changed.</p>",
            ),
        ],
    ),
    (
        "A digital clean-up day for the whole staff",
        "Sörmlands Hembygdsmuseum",
        "Elin Berg",
        "en",
        (2024, 2024),
        "finished",
        "Museum staff",
        "none",
        ["sustainability", "digital strategy", "digitisation"],
        None,
        "One day a year, all twelve staff members delete duplicates, old drafts and forgotten shared folders. The first day removed 2.3 TB and a decade of confusion.",
        [
            section(
                "approach",
                "<p>A list of what may be deleted and what must stay, written with the archivist. Teams of two, one folder each, and coffee and cake at three.</p>",
            ),
            section(
                "results",
                "<p>2.3 TB deleted, including 14 copies of the same digitised photograph collection, and a shared drive that people can finally find their way around.</p>",
            ),
            section(
                "lessons",
                "<p>Agree the rules for digitisation masters first: they are the one thing nobody may delete.</p>",
            ),
        ],
    ),
]
