"""The people of the demo network, for `seed_demo`: data only, `demo.py` makes them members.

Names are in their own spelling, places and organisations real-sounding. Expertise uses the tags of
the library's demo content (resources/demo_content.py), copied here: this app must not import the
library at runtime.
"""

# Where members work: organisation -> (city, country). Several members share one, so that the
# directory's organisation filter has something to offer.
ORGANISATIONS = {
    # France
    "Musée des Beaux-Arts de Lyon": ("Lyon", "FR"),
    "Musée d'histoire maritime de Bordeaux": ("Bordeaux", "FR"),
    "Musée de la Chemiserie": ("Argenton-sur-Creuse", "FR"),
    "Archives départementales de la Gironde": ("Bordeaux", "FR"),
    "Muséum d'histoire naturelle de Nantes": ("Nantes", "FR"),
    "Musée de la Pêche": ("Concarneau", "FR"),
    "Studio Persil": ("Paris", "FR"),
    "Médiathèque patrimoniale de Grenoble": ("Grenoble", "FR"),
    "Université de Lille": ("Lille", "FR"),
    "Musée d'histoire de Marseille": ("Marseille", "FR"),
    # Germany
    "Landesmuseum Württemberg": ("Stuttgart", "DE"),
    "Studio Nordlicht": ("Hamburg", "DE"),
    "Kunsthalle Bremen": ("Bremen", "DE"),
    "Stadtmuseum Dresden": ("Dresden", "DE"),
    "Universitätsbibliothek Leipzig": ("Leipzig", "DE"),
    "HTW Berlin": ("Berlin", "DE"),
    # United Kingdom
    "Kirkstall Mill Museum": ("Leeds", "GB"),
    "University of Leicester": ("Leicester", "GB"),
    "Tyne & Wear Archives": ("Newcastle upon Tyne", "GB"),
    "Manchester Art Gallery": ("Manchester", "GB"),
    "Cardiff Story Museum": ("Cardiff", "GB"),
    "Riverside Heritage Trust": ("Glasgow", "GB"),
    "Fieldnote Studio": ("Bristol", "GB"),
    "Bristol Museum & Art Gallery": ("Bristol", "GB"),
    # Italy
    "Museo Egizio": ("Turin", "IT"),
    "Museo Civico della Carta": ("Fabriano", "IT"),
    "Studio Lanterna": ("Milan", "IT"),
    "Museo di Storia Naturale di Firenze": ("Florence", "IT"),
    "Università di Bologna": ("Bologna", "IT"),
    "Musei Civici di Venezia": ("Venice", "IT"),
    # Spain
    "Museo de Historia de Valencia": ("Valencia", "ES"),
    "Estudio Cardo": ("Madrid", "ES"),
    "Museo de Bellas Artes de Bilbao": ("Bilbao", "ES"),
    "Museu d'Història de Barcelona": ("Barcelona", "ES"),
    "Museo Marítimo de las Rías": ("Vigo", "ES"),
    "Biblioteca Regional de Murcia": ("Murcia", "ES"),
    # Netherlands
    "Rijksmuseum Twenthe": ("Enschede", "NL"),
    "Studio Grachtwerk": ("Amsterdam", "NL"),
    "Het Nieuwe Instituut": ("Rotterdam", "NL"),
    "Het Utrechts Archief": ("Utrecht", "NL"),
    "Museum Arnhem": ("Arnhem", "NL"),
    "Reinwardt Academie": ("Amsterdam", "NL"),
    # Belgium
    "Stadsmuseum Leuven": ("Leuven", "BE"),
    "Musée de la Mine du Centre": ("La Louvière", "BE"),
    "Archives de l'État à Liège": ("Liège", "BE"),
    "Design Museum Gent": ("Ghent", "BE"),
    # Sweden
    "Sjöhistoriska museet": ("Stockholm", "SE"),
    "Sörmlands Hembygdsmuseum": ("Nyköping", "SE"),
    "Göteborgs stadsmuseum": ("Gothenburg", "SE"),
    "Umeå University": ("Umeå", "SE"),
    # Poland
    "Muzeum Warszawy": ("Warsaw", "PL"),
    "Biblioteka Jagiellońska": ("Kraków", "PL"),
    "Muzeum Sztuki w Łodzi": ("Łódź", "PL"),
    "Muzeum Gdańska": ("Gdańsk", "PL"),
    # Ireland
    "National Museum of Ireland": ("Dublin", "IE"),
    "Hunt Museum": ("Limerick", "IE"),
    "Galway City Archives": ("Galway", "IE"),
    "Crawford Art Gallery": ("Cork", "IE"),
    # Portugal
    "Museu Nacional de Arte Antiga": ("Lisbon", "PT"),
    "Universidade do Porto": ("Porto", "PT"),
    "Museu do Douro": ("Peso da Régua", "PT"),
    "Museu de Serralves": ("Porto", "PT"),
    # Finland
    "Helsinki City Museum": ("Helsinki", "FI"),
    "Tampere University": ("Tampere", "FI"),
    "Turku Art Museum": ("Turku", "FI"),
    "Finnish Heritage Agency": ("Helsinki", "FI"),
    # Denmark
    "Østjysk Arkæologisk Museum": ("Aarhus", "DK"),
    "Københavns Museum": ("Copenhagen", "DK"),
    "Vestjysk Landbrugsmuseum": ("Holstebro", "DK"),
    # Norway
    "Norsk Energimuseum": ("Oslo", "NO"),
    "KulturIT": ("Oslo", "NO"),
    "KODE": ("Bergen", "NO"),
    # Austria
    "Wien Museum": ("Vienna", "AT"),
    "Naturkundemuseum Salzburg": ("Salzburg", "AT"),
    # Switzerland
    "Musée des cultures du monde": ("Lausanne", "CH"),
    "Bibliothèque de Genève": ("Geneva", "CH"),
    "Zürcher Hochschule der Künste": ("Zurich", "CH"),
    "Historisches Museum Basel": ("Basel", "CH"),
    "MASI Lugano": ("Lugano", "CH"),
    # Czechia
    "Technické muzeum Ostrava": ("Ostrava", "CZ"),
    "Moravská galerie": ("Brno", "CZ"),
    "Archiv hlavního města Prahy": ("Prague", "CZ"),
    # Estonia
    "Eesti Rahvakunsti Muuseum": ("Tartu", "EE"),
    "Tallinna Linnamuuseum": ("Tallinn", "EE"),
    "Tallinn University": ("Tallinn", "EE"),
    # Hungary
    "Szegedi Városi Múzeum": ("Szeged", "HU"),
    "Fővárosi Szabó Ervin Könyvtár": ("Budapest", "HU"),
    "Néprajzi Múzeum": ("Budapest", "HU"),
    # Greece
    "Museum of Aegean Crafts": ("Athens", "GR"),
    "Thessaloniki Museum of Photography": ("Thessaloniki", "GR"),
    "University of the Aegean": ("Mytilene", "GR"),
    # Slovenia
    "Muzej obrti Ljubljana": ("Ljubljana", "SI"),
    "Narodna galerija": ("Ljubljana", "SI"),
    "Pokrajinski muzej Maribor": ("Maribor", "SI"),
    # Croatia
    "Muzej svakodnevice": ("Zagreb", "HR"),
    "Muzej grada Splita": ("Split", "HR"),
    "Hrvatski državni arhiv": ("Zagreb", "HR"),
    # Lithuania
    "Lietuvos nacionalinis dailės muziejus": ("Vilnius", "LT"),
    "Kauno miesto muziejus": ("Kaunas", "LT"),
    # Latvia
    "Rīgas vēstures un kuģniecības muzejs": ("Riga", "LV"),
    "Latvijas Nacionālā bibliotēka": ("Riga", "LV"),
    # Slovakia
    "Slovenská národná galéria": ("Bratislava", "SK"),
    # Romania
    "Muzeul Național al Țăranului Român": ("Bucharest", "RO"),
    "Studio Fereastra": ("Cluj-Napoca", "RO"),
    "Muzeul de Artă Cluj-Napoca": ("Cluj-Napoca", "RO"),
    # Bulgaria
    "Regional History Museum Plovdiv": ("Plovdiv", "BG"),
    "Sofia City Library": ("Sofia", "BG"),
    # Luxembourg
    "Lëtzebuerg City Museum": ("Luxembourg", "LU"),
    # Malta
    "Heritage Malta": ("Valletta", "MT"),
    # Iceland
    "National Museum of Iceland": ("Reykjavík", "IS"),
}

# Members who work on their own, with no organisation to name: name -> (city, country).
INDEPENDENT = {
    "Pauline Gauthier": ("Toulouse", "FR"),
    "Katharina Vogel": ("Cologne", "DE"),
    "Alex Brennan": ("Brighton", "GB"),
    "Stefano Moretti": ("Rome", "IT"),
    "Karim Haddad": ("Brussels", "BE"),
    "Bartosz Mazur": ("Wrocław", "PL"),
    "Johannes Brandstätter": ("Graz", "AT"),
    "Nadia Rahman": ("London", "GB"),
}

# (display name, role, organisation: "" for the independents above). The first twelve give the
# library's talks and write its case studies (resources/demo_content.py names them): keep them
# first, with these names.
PEOPLE = [
    ("Ana García", "Social media editor", "Museo de Historia de Valencia"),
    ("Jonas Lindqvist", "Head of digital", "Sjöhistoriska museet"),
    ("Camille Moreau", "Responsable de la communication numérique", "Musée des Beaux-Arts de Lyon"),
    ("Pieter de Vries", "Head of collections online", "Rijksmuseum Twenthe"),
    ("Giulia Romano", "Digital producer", "Museo Egizio"),
    ("Katarzyna Nowak", "Head of digital", "Muzeum Warszawy"),
    ("Siobhán Byrne", "Head of audience research", "National Museum of Ireland"),
    ("Lukas Becker", "Collections data manager", "Landesmuseum Württemberg"),
    ("Inês Carvalho", "Accessibility lead", "Museu Nacional de Arte Antiga"),
    (
        "Mathilde Fournier",
        "Responsable des publics numériques",
        "Musée d'histoire maritime de Bordeaux",
    ),
    ("Eero Virtanen", "Digital development manager", "Helsinki City Museum"),
    ("Sophie Martin", "Chargée de communication et du numérique", "Musée de la Chemiserie"),
    # France
    ("Thomas Girard", "Web developer", "Musée des Beaux-Arts de Lyon"),
    ("Élodie Marchand", "Chargée de médiation numérique", "Musée des Beaux-Arts de Lyon"),
    ("Antoine Lemaire", "Chef de projet numérique", "Archives départementales de la Gironde"),
    ("Claire Bonnet", "Community manager", "Muséum d'histoire naturelle de Nantes"),
    ("Yann Le Goff", "Video producer", "Musée de la Pêche"),
    ("Léa Rousseau", "UX designer", "Studio Persil"),
    ("Hugo Mercier", "Full-stack developer", "Studio Persil"),
    ("Manon Faure", "Chargée des collections en ligne", "Médiathèque patrimoniale de Grenoble"),
    ("Nicolas Chevalier", "Maître de conférences en humanités numériques", "Université de Lille"),
    ("Inès Benali", "Social media editor", "Musée d'histoire de Marseille"),
    ("Pauline Gauthier", "Consultante indépendante", ""),
    # Germany
    ("Friederike Lange", "Leiterin Digitales", "Landesmuseum Württemberg"),
    ("Jan Hoffmann", "Developer", "Studio Nordlicht"),
    ("Felix Neumann", "UX researcher", "Studio Nordlicht"),
    ("Miriam Schulz", "Curator of digital programmes", "Kunsthalle Bremen"),
    ("Tobias Wagner", "Social media editor", "Stadtmuseum Dresden"),
    ("Sabine Krüger", "Referentin für digitale Vermittlung", "Stadtmuseum Dresden"),
    ("Johanna Fischer", "Digitisation coordinator", "Universitätsbibliothek Leipzig"),
    ("Moritz Schäfer", "Lecturer in digital heritage", "HTW Berlin"),
    ("Katharina Vogel", "Digital strategy consultant", ""),
    # United Kingdom
    ("Rachel Owen", "Head of digital", "Kirkstall Mill Museum"),
    ("Daniel Ashworth", "Digital producer", "Kirkstall Mill Museum"),
    ("Priya Shah", "Lecturer in digital heritage", "University of Leicester"),
    ("James Whitfield", "Digital archivist", "Tyne & Wear Archives"),
    ("Emily Hargreaves", "Social media editor", "Manchester Art Gallery"),
    ("Gareth Llewellyn", "Digital learning officer", "Cardiff Story Museum"),
    ("Morag Campbell", "Community manager", "Riverside Heritage Trust"),
    ("Sam Okafor", "Developer", "Fieldnote Studio"),
    ("Charlotte Reid", "Accessibility lead", "Fieldnote Studio"),
    ("Alex Brennan", "Freelance consultant", ""),
    ("Eleanor Marsh", "Curator of digital programmes", "Bristol Museum & Art Gallery"),
    ("Nadia Rahman", "Content designer", ""),
    # Italy
    ("Francesca Esposito", "Social media editor", "Museo Egizio"),
    ("Lorenzo Ricci", "Collections data manager", "Museo Egizio"),
    ("Elena Marino", "Responsabile comunicazione digitale", "Museo Civico della Carta"),
    ("Davide Colombo", "Creative technologist", "Studio Lanterna"),
    ("Martina Gallo", "Museum educator", "Museo di Storia Naturale di Firenze"),
    ("Alessandro Fontana", "Researcher in digital heritage", "Università di Bologna"),
    ("Silvia De Luca", "Accessibility lead", "Musei Civici di Venezia"),
    ("Stefano Moretti", "Freelance consultant", ""),
    ("Valentina Ferraro", "Digital marketing manager", "Musei Civici di Venezia"),
    # Spain
    ("Javier Martínez", "Head of digital", "Museo de Historia de Valencia"),
    ("Lucía Fernández", "UX researcher", "Estudio Cardo"),
    ("Pablo Navarro", "Web developer", "Estudio Cardo"),
    ("Marta Sánchez", "Curator of digital programmes", "Museo de Bellas Artes de Bilbao"),
    ("Núria Puig", "Community manager", "Museu d'Història de Barcelona"),
    ("Xoán Castro", "Digitisation coordinator", "Museo Marítimo de las Rías"),
    ("Irene Molina", "Responsable de comunicación digital", "Biblioteca Regional de Murcia"),
    # Netherlands
    ("Sanne Bakker", "Collections data manager", "Rijksmuseum Twenthe"),
    ("Daan Visser", "Developer", "Studio Grachtwerk"),
    ("Femke Jansen", "UX researcher", "Studio Grachtwerk"),
    ("Noor El Amrani", "Community manager", "Het Nieuwe Instituut"),
    ("Bas Mulder", "Digital archivist", "Het Utrechts Archief"),
    ("Marloes van den Berg", "Accessibility lead", "Museum Arnhem"),
    ("Joris Smit", "Lecturer in digital heritage", "Reinwardt Academie"),
    ("Willemijn de Graaf", "Wikimedian in residence", "Het Utrechts Archief"),
    # Belgium
    ("Elke Wouters", "Head of digital", "Stadsmuseum Leuven"),
    ("Thijs Maes", "Digital producer", "Stadsmuseum Leuven"),
    ("Céline Renard", "Chargée de communication numérique", "Musée de la Mine du Centre"),
    ("Arnaud Lejeune", "Développeur web", "Archives de l'État à Liège"),
    ("Hanne De Smet", "UX researcher", "Design Museum Gent"),
    ("Karim Haddad", "Freelance consultant", ""),
    # Sweden
    ("Elsa Nyström", "Collections data manager", "Sjöhistoriska museet"),
    ("Karin Åberg", "Community manager", "Sörmlands Hembygdsmuseum"),
    ("Oskar Lund", "Developer", "Göteborgs stadsmuseum"),
    ("Maja Engström", "Curator of digital programmes", "Göteborgs stadsmuseum"),
    ("Linnea Sjöberg", "PhD researcher", "Umeå University"),
    # Poland
    ("Piotr Wiśniewski", "Social media editor", "Muzeum Warszawy"),
    ("Zofia Kamińska", "Digitisation coordinator", "Biblioteka Jagiellońska"),
    ("Michał Lewandowski", "Developer", "Muzeum Sztuki w Łodzi"),
    ("Aleksandra Dąbrowska", "Museum educator", "Muzeum Gdańska"),
    ("Bartosz Mazur", "Freelance consultant", ""),
    # Ireland
    ("Ciarán Doyle", "Web developer", "National Museum of Ireland"),
    ("Orla Fitzgerald", "Social media editor", "Hunt Museum"),
    ("Declan Walsh", "Digital archivist", "Galway City Archives"),
    ("Róisín Nolan", "Accessibility lead", "Crawford Art Gallery"),
    # Portugal
    ("João Ferreira", "Head of digital", "Museu Nacional de Arte Antiga"),
    ("Mariana Costa", "UX researcher", "Universidade do Porto"),
    ("Tiago Almeida", "Digital producer", "Museu do Douro"),
    ("Beatriz Sousa", "Community manager", "Museu de Serralves"),
    # Finland
    ("Aino Korhonen", "Curator of digital programmes", "Helsinki City Museum"),
    ("Mikko Laine", "Researcher in digital heritage", "Tampere University"),
    ("Henna Mäkinen", "Social media editor", "Turku Art Museum"),
    ("Ville Nieminen", "Collections data manager", "Finnish Heritage Agency"),
    # Denmark
    ("Freja Mortensen", "Community manager", "Østjysk Arkæologisk Museum"),
    ("Rasmus Thomsen", "Head of digital", "Østjysk Arkæologisk Museum"),
    ("Ida Kristensen", "UX researcher", "Københavns Museum"),
    ("Mads Poulsen", "Developer", "Københavns Museum"),
    ("Sofie Bach", "Museum educator", "Vestjysk Landbrugsmuseum"),
    # Norway
    ("Ingvild Haugen", "Head of digital", "Norsk Energimuseum"),
    ("Erlend Bakke", "Collections data manager", "KulturIT"),
    ("Silje Strand", "Social media editor", "KODE"),
    ("Håkon Eide", "Developer", "KulturIT"),
    # Austria
    ("Theresa Winkler", "Curator of digital programmes", "Wien Museum"),
    ("Stefan Pichler", "Social media editor", "Wien Museum"),
    ("Magdalena Eder", "Collections data manager", "Naturkundemuseum Salzburg"),
    ("Johannes Brandstätter", "Freelance consultant", ""),
    # Switzerland
    ("Léonie Favre", "Chargée de projets numériques", "Musée des cultures du monde"),
    ("Simon Berset", "Développeur web", "Bibliothèque de Genève"),
    ("Nina Keller", "UX researcher", "Zürcher Hochschule der Künste"),
    ("Reto Meier", "Head of digital", "Historisches Museum Basel"),
    ("Chiara Bernasconi", "Community manager", "MASI Lugano"),
    # Czechia
    ("Tereza Svobodová", "Head of digital", "Technické muzeum Ostrava"),
    ("Lukáš Černý", "Developer", "Moravská galerie"),
    ("Klára Procházková", "Curator of digital programmes", "Moravská galerie"),
    ("Vojtěch Kučera", "Digitisation coordinator", "Archiv hlavního města Prahy"),
    # Estonia
    ("Liis Kask", "Collections data manager", "Eesti Rahvakunsti Muuseum"),
    ("Mart Sepp", "Developer", "Tallinna Linnamuuseum"),
    ("Triin Rebane", "UX researcher", "Tallinn University"),
    # Hungary
    ("Eszter Nagy", "Social media editor", "Szegedi Városi Múzeum"),
    ("Bence Tóth", "Metadata librarian", "Fővárosi Szabó Ervin Könyvtár"),
    ("Réka Szabó", "Museum educator", "Néprajzi Múzeum"),
    # Greece
    ("Maria Georgiou", "Community manager", "Museum of Aegean Crafts"),
    ("Nikos Alexiou", "Developer", "Museum of Aegean Crafts"),
    ("Katerina Vlachou", "Curator of digital programmes", "Thessaloniki Museum of Photography"),
    ("Giorgos Christodoulou", "Lecturer in digital heritage", "University of the Aegean"),
    # Slovenia
    ("Nika Kovač", "Social media editor", "Muzej obrti Ljubljana"),
    ("Luka Novak", "Developer", "Narodna galerija"),
    ("Tjaša Zupančič", "Accessibility lead", "Pokrajinski muzej Maribor"),
    # Croatia
    ("Ana Babić", "Curator of digital programmes", "Muzej svakodnevice"),
    ("Ivan Jurić", "Digital producer", "Muzej grada Splita"),
    ("Marija Knežević", "Digital archivist", "Hrvatski državni arhiv"),
    # Lithuania
    ("Gintarė Kazlauskienė", "Head of digital", "Lietuvos nacionalinis dailės muziejus"),
    ("Tomas Petrauskas", "Developer", "Lietuvos nacionalinis dailės muziejus"),
    ("Eglė Vaitkutė", "Social media editor", "Kauno miesto muziejus"),
    # Latvia
    ("Ilze Bērziņa", "Community manager", "Rīgas vēstures un kuģniecības muzejs"),
    ("Jānis Kalniņš", "Metadata librarian", "Latvijas Nacionālā bibliotēka"),
    ("Laura Ozoliņa", "UX researcher", "Latvijas Nacionālā bibliotēka"),
    # Slovakia
    ("Zuzana Horváthová", "Curator of digital programmes", "Slovenská národná galéria"),
    ("Martin Kováč", "Developer", "Slovenská národná galéria"),
    # Romania
    ("Ioana Popescu", "Head of digital", "Muzeul Național al Țăranului Român"),
    ("Andrei Dumitrescu", "Full-stack developer", "Studio Fereastra"),
    ("Irina Munteanu", "Museum educator", "Muzeul de Artă Cluj-Napoca"),
    # Bulgaria
    ("Desislava Petrova", "Social media editor", "Regional History Museum Plovdiv"),
    ("Georgi Ivanov", "Digitisation coordinator", "Sofia City Library"),
    # Luxembourg
    ("Claire Schmit", "Responsable du numérique", "Lëtzebuerg City Museum"),
    # Malta
    ("Rebecca Camilleri", "Community manager", "Heritage Malta"),
    ("Matthew Borg", "Digitisation coordinator", "Heritage Malta"),
    # Iceland
    ("Guðrún Sigurðardóttir", "Head of digital", "National Museum of Iceland"),
]

# What each role works on, which picks a member's expertise and the lines of their bio. Roles in
# another language than English always come with a bio written for that member (PROFILES).
ROLES = {
    "Head of digital": "lead",
    "Digital development manager": "lead",
    "Leiterin Digitales": "lead",
    "Responsable du numérique": "lead",
    "Head of collections online": "data",
    "Collections data manager": "data",
    "Digitisation coordinator": "data",
    "Wikimedian in residence": "data",
    "Chargée des collections en ligne": "data",
    "Digital archivist": "archive",
    "Metadata librarian": "archive",
    "Chef de projet numérique": "archive",
    "Curator of digital programmes": "curator",
    "Creative technologist": "curator",
    "Responsable des publics numériques": "curator",
    "Chargée de projets numériques": "curator",
    "Digital producer": "producer",
    "Video producer": "producer",
    "Social media editor": "social",
    "Chargée de communication et du numérique": "social",
    "Chargée de communication numérique": "social",
    "Responsabile comunicazione digitale": "social",
    "Responsable de comunicación digital": "social",
    "Community manager": "community",
    "Responsable de la communication numérique": "community",
    "Digital marketing manager": "marketing",
    "UX researcher": "ux",
    "UX designer": "ux",
    "Content designer": "ux",
    "Head of audience research": "research",
    "Lecturer in digital heritage": "academic",
    "Researcher in digital heritage": "academic",
    "PhD researcher": "academic",
    "Maître de conférences en humanités numériques": "academic",
    "Accessibility lead": "accessibility",
    "Developer": "developer",
    "Web developer": "developer",
    "Full-stack developer": "developer",
    "Développeur web": "developer",
    "Freelance consultant": "consultant",
    "Digital strategy consultant": "consultant",
    "Consultante indépendante": "consultant",
    "Museum educator": "educator",
    "Digital learning officer": "educator",
    "Chargée de médiation numérique": "educator",
    "Referentin für digitale Vermittlung": "educator",
}

# Expertise by kind of work: the library's tags first, then a few that only members use.
EXPERTISE = {
    "lead": (
        [
            "digital strategy",
            "analytics",
            "crm",
            "ticketing",
            "websites",
            "evaluation",
            "sustainability",
            "small museums",
        ],
        ["project management"],
    ),
    "data": (
        [
            "collections online",
            "linked open data",
            "wikidata",
            "digitisation",
            "open access",
            "licensing",
        ],
        ["iiif", "data quality"],
    ),
    "archive": (
        [
            "digitisation",
            "collections online",
            "volunteering",
            "open access",
            "licensing",
            "linked open data",
        ],
        ["digital preservation", "iiif"],
    ),
    "curator": (
        [
            "digital storytelling",
            "in-gallery digital",
            "augmented reality",
            "virtual reality",
            "games",
            "visitor experience",
        ],
        ["projection mapping"],
    ),
    "producer": (
        ["video", "podcasts", "live streaming", "short video", "digital storytelling"],
        ["photography"],
    ),
    "social": (
        [
            "social media",
            "instagram",
            "short video",
            "tiktok",
            "community management",
            "analytics",
            "editorial charter",
        ],
        [],
    ),
    "community": (
        [
            "community management",
            "social media",
            "editorial charter",
            "volunteering",
            "newsletters",
            "ethics",
        ],
        ["moderation"],
    ),
    "marketing": (
        ["analytics", "newsletters", "crm", "ticketing", "seo", "social media", "audiences"],
        [],
    ),
    "ux": (
        [
            "user experience",
            "audience research",
            "websites",
            "accessibility",
            "seo",
            "collections online",
        ],
        ["content design"],
    ),
    "research": (
        [
            "audience research",
            "evaluation",
            "audiences",
            "analytics",
            "user experience",
            "visitor experience",
        ],
        [],
    ),
    "academic": (
        [
            "audience research",
            "ethics",
            "artificial intelligence",
            "linked open data",
            "digital storytelling",
            "evaluation",
        ],
        ["data visualisation"],
    ),
    "accessibility": (
        [
            "accessibility",
            "websites",
            "user experience",
            "audiences",
            "visitor experience",
            "video",
        ],
        [],
    ),
    "developer": (
        [
            "websites",
            "collections online",
            "linked open data",
            "sustainability",
            "chatbots",
            "artificial intelligence",
        ],
        ["iiif", "open source"],
    ),
    "consultant": (
        [
            "digital strategy",
            "evaluation",
            "small museums",
            "audience research",
            "crm",
            "analytics",
        ],
        ["fundraising"],
    ),
    "educator": (
        [
            "young audiences",
            "games",
            "digital storytelling",
            "visitor experience",
            "audiences",
            "volunteering",
        ],
        ["schools"],
    ),
}

# What people in each kind of work say they do, in the first person.
WORK_LINES = {
    "lead": [
        "I lead a small team across the website, social media, collections online and the screens in the galleries.",
        "Most of my time goes on priorities: what we stop doing matters as much as what we start.",
        "I sit between curators, marketing and IT, which turns out to be the whole job.",
        "We replaced four mailing and ticketing systems with one last year. Ask me how that went.",
        "Currently writing our next digital strategy, on one page rather than in a binder.",
        "I started as a web editor and still write the odd page when nobody is looking.",
        "I try to budget for maintenance before anyone asks for a new app.",
    ],
    "data": [
        "I look after our collection management system and everything that flows from it to the website.",
        "Most days I clean, match and publish records: dates, places, makers and rights.",
        "We publish our records to Wikidata and keep them in sync with a small script.",
        "I am working on IIIF manifests for our digitised photographs.",
        "I care about rights statements that people can actually understand.",
        "Half my job is explaining to colleagues why a spreadsheet is not a database.",
        "I write the guidelines our cataloguers use, and I rewrite them every spring.",
        "We moved 200,000 records to a new collection system last year, and nobody lost a date.",
        "I map our old vocabularies to shared ones, a few hundred terms at a time.",
        "Most of our images now carry a rights statement and a persistent link.",
        "I run a monthly data clinic for curators: bring a spreadsheet, leave with a plan.",
    ],
    "archive": [
        "I look after the digitised archives and the catalogue that describes them.",
        "We digitise around 20,000 pages a year and publish them under open licences.",
        "I work with volunteers who transcribe and describe our photographs from home.",
        "Long-term preservation is the unglamorous half of my job, and my favourite.",
        "I answer a lot of questions from family historians, and learn from every one.",
        "Our catalogue is old; I am moving it to something searchable, one fonds at a time.",
    ],
    "curator": [
        "I commission digital work for the galleries: projections, interactives and the odd game.",
        "I look for stories in the collection that work better on a screen than on a label.",
        "Our latest project put an augmented reality layer on three rooms, built with a small studio.",
        "I test everything with visitors before it goes anywhere near a gallery wall.",
        "I like digital work that sends people back to the objects, not away from them.",
        "I write briefs for studios and then try very hard not to change them.",
        "I work with artists on commissions that use the collection data as material.",
        "Our gallery screens run on cheap hardware that we can fix ourselves.",
    ],
    "producer": [
        "I produce video, audio and live streams, usually with one camera and not much time.",
        "I made our podcast from the first episode: recording in the stores, editing at home.",
        "I like formats we can repeat every week without a crew.",
        "Most of what I film is people: curators, conservators, the security team at night.",
        "Every video we publish has captions, and most have a transcript too.",
        "I keep a list of the lighting mistakes I made so that you do not have to.",
    ],
    "social": [
        "I plan and write our posts and answer most of the comments myself.",
        "We went from posting when someone had time to a weekly calendar that three departments fill.",
        "Most of my week is short video: filming on a phone, captioning, and asking curators for thirty seconds.",
        "I keep a shared sheet of what worked and what flopped, with numbers. Happy to share it.",
        "Lately: fewer posts, better ones, and a lot more time in the comments.",
        "I write our replies in the voice of the museum, which took a year to find.",
        "I learned the most from our worst post. It is still pinned in my head.",
        "I film with colleagues from every department, so the accounts sound like the whole museum.",
        "Our best-performing posts are the ones about objects in the stores.",
    ],
    "community": [
        "I look after our online community: the comments, the messages, the regulars and the occasional storm.",
        "I wrote our house rules for comments and I update them every few months.",
        "I coordinate online volunteers who transcribe and tag collection records.",
        "I read every reply to our newsletter, and answer most of them.",
        "I care about moderation that is fair, quick and explained.",
        "We answer messages within a day, on weekdays. Setting that limit saved my weekends.",
        "I run our online events and keep the chat friendly.",
    ],
    "marketing": [
        "I look after digital marketing: the newsletter, paid social, search and the what's-on pages.",
        "I spend a lot of time in analytics and try to turn it into decisions rather than reports.",
        "We doubled online ticket sales by fixing the booking journey, not by buying more ads.",
        "I test subject lines every week and keep the results in one place.",
        "I work closely with the front desk: they know what visitors ask before we do.",
    ],
    "ux": [
        "I run usability tests, interviews and card sorts for our websites and collection search.",
        "Most of what I know about visitors comes from watching five of them use a website.",
        "I write research plans and then help teams turn findings into small, shippable changes.",
        "I am happy to share interview guides and consent forms.",
        "I rewrite pages until a twelve-year-old and a curator both understand them.",
        "Our projects always start with the questions visitors actually type.",
    ],
    "research": [
        "I run our visitor surveys, interviews and the occasional diary study.",
        "I help teams decide what to measure before a project starts, not after.",
        "I write short research reports that people read: two pages, with pictures.",
        "Currently comparing who visits in person with who visits online. They are not the same people.",
        "I train colleagues to run their own interviews.",
    ],
    "academic": [
        "I teach digital heritage and supervise students who work with museums on real projects.",
        "My research looks at how people use museum collections online.",
        "I am always looking for museums to partner with on student projects.",
        "I work on evaluation methods that small teams can run without a research department.",
        "I write about the ethics of automated description of collections.",
        "Before academia I worked in a museum digital team for eight years.",
    ],
    "accessibility": [
        "I make sure our websites, videos and galleries work for disabled visitors, and I test with them.",
        "I run accessibility audits and train colleagues to write alt text and captions.",
        "We work with a panel of blind and partially sighted visitors on what we publish.",
        "I push for accessibility at the brief, not at the end of a project.",
        "Easy-read versions of our pages are my current project.",
    ],
    "developer": [
        "I build and maintain our website and collection search, mostly in Python.",
        "I look after our APIs, our image server and a small heap of scripts.",
        "I care about fast pages, plain HTML and sites that still work in ten years.",
        "Before museums I worked on online shops; the problems are more interesting here.",
        "I maintain a few small open-source tools for collection data.",
        "I like projects where the first release is small and the second one is soon.",
        "I keep our search fast on a small server and a smaller budget.",
        "Most of my work lately is making collection data usable by other people's code.",
        "I review every page we publish for weight and accessibility before it goes live.",
    ],
    "consultant": [
        "I help museums, mostly small ones, write digital strategies they can deliver.",
        "I work with teams on audience research, evaluation and the unglamorous work of choosing systems.",
        "Before going freelance I spent ten years in museum digital teams.",
        "I run workshops on planning and prioritising digital work.",
        "I help write funding bids for digital projects, with budgets that include maintenance.",
    ],
    "educator": [
        "I design learning programmes for schools and families, on site and online.",
        "I build games and activities around the collection, mostly for teenagers.",
        "Our online sessions reach classrooms that cannot travel to the museum.",
        "I work with teachers on resources they can use without us in the room.",
        "I like hands-on workshops where the tablet is a tool, not the point.",
    ],
}

# Openings of a written bio: {role} at {org}. The second is only for organisations whose name
# does not say the city already.
OPENERS = [
    "{role} at {org} since {year}.",
    "{role} at {org}, in {city}.",
    "{role} at {org}.",
]
# Organisations that take "the" in an English sentence.
WITH_ARTICLE = {
    "University of Leicester",
    "Riverside Heritage Trust",
    "Museo Egizio",
    "Museu Nacional de Arte Antiga",
    "Hunt Museum",
    "Crawford Art Gallery",
    "National Museum of Ireland",
    "Finnish Heritage Agency",
    "Museum of Aegean Crafts",
    "Thessaloniki Museum of Photography",
    "University of the Aegean",
    "Regional History Museum Plovdiv",
    "National Museum of Iceland",
    "Lëtzebuerg City Museum",
}
INDEPENDENT_OPENERS = [
    "{role} based in {city}.",
    "{role}, working from {city} with museums across Europe.",
]

# Endings that point at what a member can help with: {first}, {second} are their expertise.
CLOSERS = [
    "Ask me about {first} and {second}.",
    "Happy to talk about {first}, or anything to do with {second}.",
    "Always up for a call with someone starting out in {first}.",
    "Ask me about {first}: I have made most of the mistakes already.",
    "I can help with {first} and {second}, and I am glad to be asked.",
    "Looking for people who work on {first}, to compare notes.",
]
ASIDES = [
    "Outside work I sing in a choir.",
    "I cycle to work, whatever the weather.",
    "Usually found at the coffee table at meetups.",
    "I collect old museum guidebooks.",
    "Weekends are for hiking and very slow cooking.",
    "Currently learning to bake bread, with mixed results.",
    "I volunteer at a small railway museum on Saturdays.",
    "Happiest in a museum store with a torch.",
]

# Profiles written for one member: their bio and expertise, and languages when not those of the
# place they work in.
PROFILES = {
    "Ana García": {
        "bio": "I run our TikTok and Instagram with two colleagues from the front desk, who are also the stars of most videos. We posted a hundred TikToks in a year and kept a spreadsheet of every one: views, saves, comments, what we learned. Ask me for it.",
        "expertise": ["tiktok", "short video", "instagram", "social media", "young audiences"],
        "languages": ["es", "ca", "en"],
    },
    "Jonas Lindqvist": {
        "bio": "Head of digital at Sjöhistoriska museet in Stockholm. I started on a digitisation project with volunteers (60,000 ship plans) and ended up running the digital team. These days: our CRM, ticketing and the newsletter, which are less glamorous and matter more than I thought.",
        "expertise": ["digitisation", "volunteering", "crm", "digital strategy"],
        "languages": ["sv", "en", "de"],
    },
    "Camille Moreau": {
        "bio": "Responsable de la communication numérique au Musée des Beaux-Arts de Lyon. J'ai écrit notre charte éditoriale pour les réseaux sociaux avec cinq collègues, et je défends des horaires d'ouverture pour la modération : nous ne répondons pas à 23 h. Depuis deux ans, je m'occupe aussi de l'accessibilité du site, audit RGAA compris.",
        "expertise": ["community management", "editorial charter", "social media", "accessibility"],
        "languages": ["fr", "en", "it"],
    },
    "Pieter de Vries": {
        "bio": "Head of collections online at Rijksmuseum Twenthe. We released 40,000 images under CC0 and rebuilt collection search around what people actually type. I think a lot about *titles*: most people find our objects through a search engine, not through our site.\n\nOur open images: [collection online](https://collectie.rijksmuseumtwenthe.example/).",
        "expertise": ["open access", "collections online", "licensing", "seo"],
        "languages": ["nl", "en", "de"],
    },
    "Giulia Romano": {
        "bio": "Digital producer at the Museo Egizio in Turin. I make the things that move: a weekly Instagram live tour, a podcast now in its third season, and a live camera in the conservation lab. All of it with one phone, a good microphone and very patient curators.",
        "expertise": ["live streaming", "podcasts", "instagram", "video", "digital storytelling"],
        "languages": ["it", "en", "fr"],
    },
    "Katarzyna Nowak": {
        "bio": "Head of digital at Muzeum Warszawy. Ten years of social media at a city museum taught me that being there every week beats going viral once. I like projects where people do history with us: volunteers transcribing letters from 1914, teenagers solving an escape game built from archive documents.",
        "expertise": [
            "social media",
            "digital strategy",
            "volunteering",
            "games",
            "community management",
        ],
        "languages": ["pl", "en", "de"],
    },
    "Siobhán Byrne": {
        "bio": "I lead audience research at the National Museum of Ireland. Ten interviews with visitors rebuilt our website, and an evaluation framework with four lenses keeps us honest about what digital projects achieve. Happy to share interview guides and consent forms.",
        "expertise": ["audience research", "evaluation", "user experience", "analytics"],
        "languages": ["en", "ga"],
    },
    "Lukas Becker": {
        "bio": "Collections data manager at the Landesmuseum Württemberg. I match our records to Wikidata (8,400 makers so far) and run hands-on workshops for collection managers who want to try. I also set up timed ticketing in four weeks during the pandemic, which is a story for a coffee break.",
        "expertise": ["linked open data", "wikidata", "collections online", "ticketing"],
        "languages": ["de", "en"],
    },
    "Inês Carvalho": {
        "bio": "Accessibility lead at the Museu Nacional de Arte Antiga in Lisbon. I write audio descriptions with blind visitors, caption everything we film, and recently ran a project where AI drafted alt text for 5,000 images and people reviewed every one. Ask me what the machine got wrong.",
        "expertise": [
            "accessibility",
            "audiences",
            "visitor experience",
            "artificial intelligence",
            "ethics",
        ],
        "languages": ["pt", "en", "es"],
    },
    "Mathilde Fournier": {
        "bio": "Responsable des publics numériques au Musée d'histoire maritime de Bordeaux. Je raconte des histoires tirées des réserves, en ligne et en salle. Nous avons aussi décidé de *ne pas* avoir de chatbot : je peux vous expliquer pourquoi, et ce que nous avons fait à la place.",
        "expertise": ["digital storytelling", "collections online", "chatbots", "ethics"],
        "languages": ["fr", "en", "es"],
    },
    "Eero Virtanen": {
        "bio": "Digital development manager at Helsinki City Museum. I run our gallery pilots (augmented reality on visitors' own phones, Helsinki in 1907 in virtual reality) and I took seven megabytes off our home page to cut its carbon footprint. Pilot first, then decide.",
        "expertise": [
            "augmented reality",
            "virtual reality",
            "in-gallery digital",
            "sustainability",
        ],
        "languages": ["fi", "sv", "en"],
    },
    "Sophie Martin": {
        "bio": "Chargée de communication et du numérique au Musée de la Chemiserie, à Argenton-sur-Creuse. Nous sommes trois, donc je fais un peu de tout : réseaux sociaux, lettre d'information, billetterie partagée avec deux musées voisins. J'aime les stratégies numériques qui tiennent sur une page.",
        "expertise": [
            "small museums",
            "digital strategy",
            "social media",
            "newsletters",
            "ticketing",
        ],
        "languages": ["fr", "en"],
    },
    "Élodie Marchand": {
        "bio": "Chargée de médiation numérique au Musée des Beaux-Arts de Lyon. Je conçois des parcours sur téléphone et des ateliers pour les ados, et je travaille avec Camille sur les réseaux. En ce moment : un jeu de piste dans les salles du XIXe siècle.",
        "expertise": ["young audiences", "games", "visitor experience", "digital storytelling"],
    },
    "Antoine Lemaire": {
        "bio": "Chef de projet numérique aux Archives départementales de la Gironde. Je m'occupe de la numérisation, de la mise en ligne des fonds et de nos chantiers de transcription participative. Nos inventaires sont sur [notre site](https://archives.gironde.example/).",
        "expertise": ["digitisation", "volunteering", "collections online", "digital preservation"],
    },
    "Manon Faure": {
        "bio": "Je m'occupe des collections patrimoniales en ligne de la médiathèque : numérisation, métadonnées, IIIF. Toujours partante pour parler licences ouvertes et domaine public.",
        "expertise": ["collections online", "open access", "licensing", "iiif"],
    },
    "Nicolas Chevalier": {
        "bio": "Maître de conférences en humanités numériques à l'Université de Lille. Mes étudiants de master travaillent chaque année sur un projet avec un musée de la région : si vous avez un problème concret, écrivez-moi.",
        "expertise": ["linked open data", "digital storytelling", "ethics", "audience research"],
    },
    "Pauline Gauthier": {
        "bio": "Consultante indépendante à Toulouse. J'accompagne les petits musées et les services d'archives dans leur stratégie numérique, du diagnostic au cahier des charges. Avant, dix ans dans l'équipe web d'un musée national.",
        "expertise": ["digital strategy", "small museums", "evaluation"],
    },
    "Léa Rousseau": {
        "bio": "UX designer at Studio Persil, a small Paris studio that works almost only with museums and archives. I run the research part of our projects: interviews, tests in the galleries, and a lot of sticky notes.",
        "expertise": ["user experience", "audience research", "websites"],
    },
    "Céline Renard": {
        "bio": "Chargée de communication numérique au Musée de la Mine du Centre. Un petit musée, une grande histoire ouvrière : sur les réseaux, ce sont les anciens mineurs et leurs familles qui nous font vivre. Je cherche des idées pour mieux archiver leurs témoignages.",
        "expertise": [
            "social media",
            "small museums",
            "community management",
            "digital storytelling",
        ],
    },
    "Arnaud Lejeune": {
        "bio": "Développeur web aux Archives de l'État à Liège. Moteur de recherche, visionneuse d'images, formulaires de demande : je maintiens tout ce qui touche le public, avec une équipe de deux.",
        "expertise": ["websites", "collections online", "iiif"],
        "languages": ["fr", "nl", "en"],
    },
    "Léonie Favre": {
        "bio": "Chargée de projets numériques au Musée des cultures du monde, à Lausanne. Je travaille sur la restitution en ligne des collections avec les communautés d'origine : qui décrit un objet, et avec quels mots ?",
        "expertise": ["collections online", "ethics", "digital storytelling", "linked open data"],
    },
    "Claire Schmit": {
        "bio": "Responsable du numérique au Lëtzebuerg City Museum. Quatre langues sur chaque cartel, donc aussi sur le site : je peux vous parler longuement de traduction et de contenus multilingues.",
        "expertise": ["websites", "digital strategy", "visitor experience", "accessibility"],
        "languages": ["lb", "fr", "de", "en"],
    },
    "Friederike Lange": {
        "bio": "Ich leite das Digitalteam am Landesmuseum Württemberg: Website, Sammlung online, Social Media und Medien in der Ausstellung. Gerne Austausch zu digitaler Strategie und zu kleinen Teams, die mit wenig Geld viel schaffen.",
        "expertise": ["digital strategy", "collections online", "in-gallery digital", "evaluation"],
    },
    "Sabine Krüger": {
        "bio": "Referentin für digitale Vermittlung am Stadtmuseum Dresden. Ich entwickle Angebote für Schulklassen, vor Ort und per Videokonferenz, und teste sie mit Lehrkräften, bevor sie online gehen.",
        "expertise": ["young audiences", "games", "live streaming"],
    },
    "Javier Martínez": {
        "bio": "Responsable de lo digital en el Museo de Historia de Valencia. Trabajo con Ana en redes y con todo el equipo en la web y la taquilla online. *Menos proyectos, mejor terminados.*",
        "expertise": ["digital strategy", "websites", "ticketing", "analytics"],
        "languages": ["es", "ca", "en", "fr"],
    },
    "Irene Molina": {
        "bio": "Responsable de comunicación digital en la Biblioteca Regional de Murcia. Boletín, redes y una sección semanal con los fondos más curiosos de la biblioteca. Siempre aprendiendo de los museos.",
        "expertise": ["social media", "newsletters", "digital storytelling"],
    },
    "Elena Marino": {
        "bio": "Responsabile comunicazione digitale al Museo Civico della Carta di Fabriano. Museo piccolo, laboratorio vivo: i nostri video di mastri cartai che lavorano a mano sono i contenuti più visti. Felice di parlare di piccoli musei e di video fatti col telefono.",
        "expertise": ["social media", "short video", "small museums"],
    },
    "Piotr Wiśniewski": {
        "bio": "Prowadzę media społecznościowe Muzeum Warszawy razem z Kasią. Najlepiej działają u nas krótkie filmy o jednym przedmiocie z kolekcji. Chętnie porozmawiam o analityce i o tym, jak nie utonąć w komentarzach.",
        "expertise": ["social media", "short video", "analytics", "community management"],
        "languages": ["pl", "en"],
    },
    "Daan Visser": {
        "bio": "Developer at Studio Grachtwerk. I build collection websites with Django and Wagtail and maintain a small open-source IIIF viewer; the code is [on our website](https://grachtwerk.example/code). I like *boring* technology that museums can keep running after we leave.",
        "expertise": ["websites", "collections online", "iiif", "open source"],
    },
    "Alex Brennan": {
        "bio": "Freelance digital consultant in Brighton. I help small museums and heritage trusts plan digital work they can afford to maintain, and I write funding bids that do not promise an app. Notes from past projects on [my site](https://alexbrennan.example.net).",
        "expertise": ["digital strategy", "small museums", "evaluation", "fundraising"],
    },
    "Rachel Owen": {
        "bio": "Head of digital at Kirkstall Mill Museum in Leeds. Team of three, a working mill and a lot of water-powered machinery to film. I am interested in digital strategy for mid-sized museums: big enough to have a plan, small enough to change it.",
        "expertise": ["digital strategy", "websites", "video", "analytics"],
    },
    "Freja Mortensen": {
        "bio": "Community manager at Østjysk Arkæologisk Museum in Aarhus. I moderate our comments and our volunteers' forum, and I help look after this one. If something here needs a human, I am probably that human.",
        "expertise": ["community management", "volunteering", "ethics", "moderation"],
        "languages": ["da", "en", "sv", "de"],
    },
    "Noor El Amrani": {
        "bio": "Community manager at Het Nieuwe Instituut. I work on the conversations around our exhibitions: online events, comment threads, and the occasional heated debate about architecture. *Kind but firm* is the house style.",
        "expertise": [
            "community management",
            "live streaming",
            "editorial charter",
            "social media",
        ],
        "languages": ["nl", "en", "ar", "fr"],
    },
    "Karim Haddad": {
        "bio": "Freelance consultant in Brussels, working in French, Dutch and English. I help museums choose and set up their CRM and ticketing, and I make sure the data they collect is data they need.",
        "expertise": ["crm", "ticketing", "digital strategy", "ethics"],
        "languages": ["fr", "nl", "en", "ar"],
    },
    "Orla Fitzgerald": {
        "bio": "Social media editor at the Hunt Museum in Limerick. I found our voice on Instagram by letting the collection be a bit funny. Now working on our first TikTok series with the education team.",
        "expertise": ["instagram", "tiktok", "social media", "young audiences"],
    },
    "Guðrún Sigurðardóttir": {
        "bio": "Head of digital at the National Museum of Iceland. A small country means a small team: we share systems and know-how with museums all over the island. Ask me about shared infrastructure and national aggregators.",
        "expertise": ["digital strategy", "collections online", "small museums", "open access"],
        "languages": ["is", "en", "da"],
    },
    "Ioana Popescu": {
        "bio": "Head of digital at the Muzeul Național al Țăranului Român in Bucharest. We are digitising textiles and recording the people who made them. Looking for partners for a European project on community-led description.",
        "expertise": ["digitisation", "digital storytelling", "collections online", "ethics"],
        "languages": ["ro", "en", "fr"],
    },
    "Willemijn de Graaf": {
        "bio": "Wikimedian in residence at Het Utrechts Archief. I upload photographs to Wikimedia Commons, run edit-a-thons and teach archivists to love Wikidata. Our uploads so far: [on Commons](https://commons.example.org/wiki/Category:Het_Utrechts_Archief).",
        "expertise": ["wikidata", "open access", "linked open data", "volunteering"],
    },
}

# Languages spoken where members work, by country and, where a country has several, by city.
# Codes from community.forms.PROFILE_LANGUAGES: Maltese is not there, so Maltese members say
# English and Italian.
COUNTRY_LANGUAGES = {
    "FR": ["fr"], "DE": ["de"], "GB": ["en"], "IT": ["it"], "ES": ["es"], "NL": ["nl"],
    "BE": ["nl"], "SE": ["sv"], "PL": ["pl"], "IE": ["en"], "PT": ["pt"], "FI": ["fi"],
    "DK": ["da"], "NO": ["nb"], "AT": ["de"], "CH": ["de"], "CZ": ["cs"], "EE": ["et"],
    "HU": ["hu"], "GR": ["el"], "SI": ["sl"], "HR": ["hr"], "LT": ["lt"], "LV": ["lv"],
    "SK": ["sk"], "RO": ["ro"], "BG": ["bg"], "LU": ["lb", "fr", "de"], "MT": ["en", "it"],
    "IS": ["is"],
}  # fmt: skip
CITY_LANGUAGES = {
    "La Louvière": ["fr"],
    "Liège": ["fr"],
    "Brussels": ["fr", "nl"],
    "Lausanne": ["fr"],
    "Geneva": ["fr"],
    "Lugano": ["it"],
    "Barcelona": ["ca", "es"],
    "Valencia": ["es", "ca"],
    "Bilbao": ["es", "eu"],
    "Vigo": ["gl", "es"],
    "Cardiff": ["en", "cy"],
}
SECOND_LANGUAGES = ["en", "fr", "de", "es", "it"]

# How tags read in a sentence, when not as they are written.
PROSE = {
    "crm": "CRM",
    "seo": "SEO",
    "iiif": "IIIF",
    "tiktok": "TikTok",
    "instagram": "Instagram",
    "wikidata": "Wikidata",
    "artificial intelligence": "AI",
    "in-gallery digital": "digital in the galleries",
    "editorial charter": "editorial charters",
}

# Members who moderate with the editors: they publish without waiting for review.
TRUSTED = {"Sophie Martin", "Pieter de Vries", "Katarzyna Nowak", "Freja Mortensen"}

# Where members' links point: reserved example domains, in the shapes of the real services.
MASTODON_SERVERS = ["mastodon.example", "glam.social.example", "museums.example"]
