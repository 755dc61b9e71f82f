"""Demo members of the network, for `seed_demo`. They sign up through the same service as real
members, their profiles hold what the profile form accepts (the tests check each one against it),
and their pictures are kept and resized in the task worker like uploads. The people are in
`demo_members`."""

import io
import random
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw
from taggit.models import Tag

from . import demo_members as data
from . import services
from .models import Profile, ProfileExpertise, ProfileLink, User

DEMO_EMAIL_DOMAIN = "demo.vitrine.localhost"

# People of the field across Europe, by display name. The first twelve give the library's talks
# and write its case studies.
MEMBERS = [name for name, _role, _organisation in data.PEOPLE]
LIBRARY_SPEAKERS = 12

# Shares of the demo members, beyond the library's speakers who are all public and verified.
MEMBERS_ONLY_SHARE = 0.10
HIDDEN_SHARE = 0.05
UNVERIFIED_SHARE = 0.10
AVATAR_SHARE = 2 / 3
# Most members keep the default emails about discussions.
REPLY_EMAILS = [Profile.ReplyEmails.ALL, Profile.ReplyEmails.REPLIES, Profile.ReplyEmails.NONE]

# Demo logins, created only when DEBUG is on: (email, password, name, role).
STAFF_LOGINS = [
    (f"admin@{DEMO_EMAIL_DOMAIN}", "vitrine-admin", "Clara Admin", "superuser"),
    (f"editor@{DEMO_EMAIL_DOMAIN}", "vitrine-editor", "Elena Editor", "Editors"),
    (
        f"organizer@{DEMO_EMAIL_DOMAIN}",
        "vitrine-organizer",
        "Olivier Organizer",
        "Event organizers",
    ),
    (f"member@{DEMO_EMAIL_DOMAIN}", "vitrine-member", "Mina Member", "member"),
]


@dataclass(frozen=True)
class DemoMember:
    """Everything a demo member says on their profile, decided before anyone is created."""

    name: str
    headline: str
    organisation: str
    city: str
    country: str
    bio: str
    expertise: tuple
    languages: tuple
    links: tuple  # (kind, url) pairs
    visibility: str
    reply_emails: str
    verified: bool
    trusted: bool
    avatar_seed: int | None  # the seed of a generated picture; None keeps the initials


def demo_email(name):
    local = services.unique_handle(name).replace("-", ".")
    return f"{local}@{DEMO_EMAIL_DOMAIN}"


def plan_members(rng):
    """The demo members' profiles. Draws the same numbers from `rng` whatever the database holds,
    so that what is seeded after the members does not change on a second run."""
    people = data.PEOPLE
    count = len(people)

    def some(population, share):
        population = list(population)
        return set(rng.sample(population, min(round(count * share), len(population))))

    others = range(LIBRARY_SPEAKERS, count)
    members_only = some(others, MEMBERS_ONLY_SHARE)
    hidden = some((i for i in others if i not in members_only), HIDDEN_SHARE)
    unverified = some(others, UNVERIFIED_SHARE)
    with_avatar = some(range(count), AVATAR_SHARE)
    plans = []
    for index, (name, role, organisation) in enumerate(people):
        city, country = data.ORGANISATIONS[organisation] if organisation else data.INDEPENDENT[name]
        kind = data.ROLES[role]
        written = data.PROFILES.get(name, {})
        expertise = written.get("expertise") or pick_expertise(rng, kind)
        languages = written.get("languages") or pick_languages(rng, city, country)
        bio = written.get("bio") or write_bio(
            rng, role=role, organisation=organisation, city=city, kind=kind, expertise=expertise
        )
        if index in members_only:
            visibility = Profile.Visibility.MEMBERS
        elif index in hidden:
            visibility = Profile.Visibility.HIDDEN
        else:
            visibility = Profile.Visibility.PUBLIC
        plans.append(
            DemoMember(
                name=name,
                headline=role,
                organisation=organisation,
                city=city,
                country=country,
                bio=bio,
                expertise=tuple(expertise),
                languages=tuple(languages),
                links=pick_links(rng, name, kind),
                visibility=visibility,
                reply_emails=rng.choices(REPLY_EMAILS, weights=[7, 2, 1])[0],
                verified=index not in unverified,
                trusted=name in data.TRUSTED,
                avatar_seed=rng.getrandbits(32) if index in with_avatar else None,
            )
        )
    return plans


def pick_expertise(rng, kind):
    """Two to five tags of the library's vocabulary, now and then one of members' own."""
    usual, own = data.EXPERTISE[kind]
    tags = rng.sample(usual, rng.choice([2, 3, 3, 4, 4, 5]))
    if own and rng.random() < 0.25:
        tags[-1 if len(tags) == 5 else len(tags) :] = [rng.choice(own)]
    return tags


def pick_languages(rng, city, country):
    """The languages of the place, English (the network's common language), sometimes one more."""
    languages = list(data.CITY_LANGUAGES.get(city) or data.COUNTRY_LANGUAGES[country])
    if "en" not in languages:
        languages.append("en")
    if rng.random() < 0.35:
        languages.append(
            rng.choice([code for code in data.SECOND_LANGUAGES if code not in languages])
        )
    return languages


def write_bio(rng, *, role, organisation, city, kind, expertise):
    """A few plain lines in the first person: who, what they do, what to ask them about."""
    if organisation:
        openers = data.OPENERS if city not in organisation else data.OPENERS[::2]
        article = "the " if organisation in data.WITH_ARTICLE else ""
        opener = rng.choice(openers).format(
            role=role, org=article + organisation, city=city, year=rng.randint(2009, 2024)
        )
    else:
        opener = rng.choice(data.INDEPENDENT_OPENERS).format(role=role, city=city)
    lines = [opener, *rng.sample(data.WORK_LINES[kind], 2 if rng.random() < 0.6 else 1)]
    if rng.random() < 0.8:
        first, second = (data.PROSE.get(tag, tag) for tag in rng.sample(expertise, 2))
        if rng.random() < 0.15:
            first = f"*{first}*"
        lines.append(rng.choice(data.CLOSERS).format(first=first, second=second))
    if rng.random() < 0.12:
        lines.append(rng.choice(data.ASIDES))
    return " ".join(lines)


# Letters that have no ASCII decomposition, for the user names in links.
ASCII_LETTERS = str.maketrans(
    {"ð": "d", "þ": "th", "ø": "o", "æ": "ae", "ł": "l", "ß": "ss", "đ": "d"}
)


def pick_links(rng, name, kind):
    """Some members link a website or their accounts elsewhere, all on example domains."""
    user = slugify(name.lower().translate(ASCII_LETTERS))
    compact = user.replace("-", "")
    links = []
    if kind in {"consultant", "developer", "academic"} or rng.random() < 0.08:
        links.append((ProfileLink.Kind.WEBSITE, f"https://{compact}.example.net"))
    if rng.random() < 0.5:
        if rng.random() < 0.6:
            suffix = rng.randrange(0x100000, 0x1000000)
            links.append(
                (ProfileLink.Kind.LINKEDIN, f"https://www.linkedin.com/in/{user}-{suffix:x}")
            )
        if rng.random() < 0.4:
            server = rng.choice(data.MASTODON_SERVERS)
            links.append((ProfileLink.Kind.MASTODON, f"https://{server}/@{compact}"))
        if rng.random() < 0.35:
            links.append(
                (ProfileLink.Kind.BLUESKY, f"https://bsky.app/profile/{compact}.example.net")
            )
    return tuple(links)


# Colours of the generated pictures: two for the background, the others for shapes.
PALETTES = [
    ("#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"),
    ("#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"),
    ("#3d405b", "#81b29a", "#f2cc8f", "#e07a5f", "#f4f1de"),
    ("#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"),
    ("#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25"),
    ("#2b2d42", "#8d99ae", "#edf2f4", "#ef233c", "#d90429"),
    ("#354f52", "#52796f", "#84a98c", "#cad2c5", "#f6bd60"),
    ("#5f0f40", "#9a031e", "#fb8b24", "#e36414", "#0f4c5c"),
    ("#003049", "#d62828", "#f77f00", "#fcbf49", "#eae2b7"),
    ("#463f3a", "#8a817c", "#bcb8b1", "#f4f3ee", "#e0afa0"),
    ("#023047", "#219ebc", "#8ecae6", "#ffb703", "#fb8500"),
    ("#6d597a", "#b56576", "#e56b6f", "#eaac8b", "#355070"),
]
PICTURE_SIZE = 480


def demo_picture(seed):
    """An abstract picture for a member who chose one over their photo: a soft gradient and a
    few shapes. Never a face. JPEG bytes, as a phone would upload."""
    rng = random.Random(seed)
    colours = list(rng.choice(PALETTES))
    rng.shuffle(colours)
    start, end, *inks = colours
    size = PICTURE_SIZE
    # A gradient wider than the diagonal, turned, then its middle: no corner is left bare.
    turned = Image.linear_gradient("L").resize((96, 96)).rotate(rng.uniform(0, 360))
    mask = turned.crop((24, 24, 72, 72)).resize((size, size), Image.Resampling.BILINEAR)
    picture = Image.composite(
        Image.new("RGB", (size, size), end), Image.new("RGB", (size, size), start), mask
    )
    draw = ImageDraw.Draw(picture, "RGBA")
    for _ in range(rng.randint(2, 4)):
        colour = rng.choice(inks) + format(rng.randint(150, 235), "02x")
        x, y = rng.randint(size // 8, size * 7 // 8), rng.randint(size // 8, size * 7 // 8)
        radius = rng.randint(size // 10, size // 3)
        box = (x - radius, y - radius, x + radius, y + radius)
        shape = rng.choice(["disc", "ring", "half", "square", "triangle", "band"])
        if shape == "disc":
            draw.ellipse(box, fill=colour)
        elif shape == "ring":
            draw.ellipse(box, outline=colour, width=max(8, radius // 4))
        elif shape == "half":
            angle = rng.choice([0, 90, 180, 270])
            draw.pieslice(box, angle, angle + 180, fill=colour)
        elif shape in {"square", "triangle"}:
            sides = 4 if shape == "square" else 3
            draw.regular_polygon((x, y, radius), sides, rotation=rng.uniform(0, 120), fill=colour)
        else:
            width = rng.randint(size // 24, size // 12)
            band = (
                (0, y - width, size, y + width)
                if rng.random() < 0.5
                else (x - width, 0, x + width, size)
            )
            draw.rectangle(band, fill=colour)
    output = io.BytesIO()
    picture.save(output, "JPEG", quality=90)
    return output.getvalue()


def create_member(member):
    """Sign the member up and fill in their profile as the profile form would save it (the tests
    check every demo profile against that form, which is too slow to run 150 times here)."""
    user = services.register_member(
        email=demo_email(member.name),
        password=None,
        display_name=member.name,
        verified=member.verified,
    )
    profile = user.profile
    profile.headline = member.headline
    profile.organisation = member.organisation
    profile.city = member.city
    profile.country = member.country
    profile.bio = member.bio
    profile.languages = list(member.languages)
    profile.visibility = member.visibility
    # Emails are chosen in the member's settings; trust is granted by editors in the admin.
    profile.reply_emails = member.reply_emails
    profile.is_trusted = member.trusted
    profile.completed_at = timezone.now()
    profile.save()
    ProfileLink.objects.bulk_create(
        ProfileLink(profile=profile, kind=kind, url=url) for kind, url in member.links
    )
    if member.avatar_seed is not None:
        # Kept privately and resized by the task worker once the seeding commits, as an upload.
        picture = demo_picture(member.avatar_seed)
        services.queue_avatar(
            profile, SimpleUploadedFile("picture.jpg", picture, content_type="image/jpeg")
        )
    return profile


def seed_members(rng):
    """The demo members; a second run adds nobody twice. Returns how many were added."""
    plans = plan_members(rng)
    existing = set(
        Profile.objects.filter(user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}").values_list(
            "display_name", flat=True
        )
    )
    created = [
        (create_member(member), member.expertise) for member in plans if member.name not in existing
    ]
    # Expertise for everyone at once: taggit's manager takes some twenty queries a member.
    tags = vocabulary(name for _profile, names in created for name in names)
    ProfileExpertise.objects.bulk_create(
        ProfileExpertise(content_object=profile, tag=tags[name])
        for profile, names in created
        for name in names
    )
    return len(created)


def vocabulary(names):
    """The tags of these names, created when missing: matched regardless of case, as taggit
    matches what members type."""
    tags = {}
    for name in sorted(set(names)):
        tags[name] = Tag.objects.filter(name__iexact=name).order_by("pk").first()
        if tags[name] is None:
            tags[name] = Tag.objects.create(name=name)
    return tags


def seed_staff_logins():
    """The demo logins that `make run` prints: one of each role."""
    created = []
    for email, password, name, role in STAFF_LOGINS:
        if User.objects.filter(email=email).exists():
            continue
        user = services.register_member(
            email=email,
            password=password,
            display_name=name,
            verified=True,
            is_staff=role != "member",
            is_superuser=role == "superuser",
        )
        if role in {"Editors", "Event organizers"}:
            user.groups.add(Group.objects.get(name=role))
        created.append(email)
    return created


def delete_demo_accounts():
    """Remove every demo account (and with it their profiles, and then their pictures)."""
    accounts = User.objects.filter(email__endswith=f"@{DEMO_EMAIL_DOMAIN}")
    pictures = list(
        Profile.objects.filter(user__in=accounts)
        .exclude(avatar="")
        .values_list("avatar", flat=True)
    )
    deleted, _ = accounts.delete()

    def delete_pictures():
        storage = Profile._meta.get_field("avatar").storage
        for name in pictures:
            storage.delete(name)

    transaction.on_commit(delete_pictures)
    return deleted
