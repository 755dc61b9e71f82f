import io
import random
import re
from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.storage import default_storage, storages
from django.core.validators import URLValidator
from django.db import transaction
from django.test import TestCase
from PIL import Image

from community import demo_members, services
from community.demo import (
    DEMO_EMAIL_DOMAIN,
    LIBRARY_SPEAKERS,
    MEMBERS,
    delete_demo_accounts,
    demo_picture,
    plan_members,
    seed_members,
)
from community.demo_events import GUESTS
from community.formatting import render
from community.forms import PROFILE_LANGUAGES, ProfileForm, ProfileLinkFormSet
from community.models import Profile, ProfileLink, User
from resources.demo import CASE_STUDIES, DECKS
from tests.factories.community import MemberFactory

# Its module fixture seeds the demo once: keep its tests on one test worker.
pytestmark = pytest.mark.xdist_group("test_demo_members")


# The names that the library's demo content and tests give its speakers and authors.
LIBRARY_NAMES = [
    "Ana García",
    "Jonas Lindqvist",
    "Camille Moreau",
    "Pieter de Vries",
    "Giulia Romano",
    "Katarzyna Nowak",
    "Siobhán Byrne",
    "Lukas Becker",
    "Inês Carvalho",
    "Mathilde Fournier",
    "Eero Virtanen",
    "Sophie Martin",
]


def demo_random():
    return random.Random(42)  # noqa: S311 - repeatable demo content, not security


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The demo members, seeded once for the module (photos resized by the immediate task
    backend as the transaction would commit) and rolled back after it."""
    # The test storage lives in memory for the whole run: start with no upload left behind
    # by other tests (seed_demo tests queue photos that no worker resizes).
    private = storages["private"]
    for name in private.listdir("avatars/uploads")[1] if private.exists("avatars/uploads") else []:
        private.delete(f"avatars/uploads/{name}")
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            added = seed_members(demo_random())
        yield added
        transaction.set_rollback(True)


@pytest.fixture
def profiles(seeded, db):
    return list(
        Profile.objects.filter(user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}")
        .select_related("user")
        .prefetch_related("expertise_items__tag", "links")
        .order_by("pk")
    )


def share(items, condition):
    return sum(1 for item in items if condition(item)) / len(items)


def verified(profile):
    return profile.user.emailaddress_set.filter(verified=True).exists()


def test_seed_members_adds_about_150_members_from_25_countries(seeded, profiles):
    assert seeded == len(MEMBERS) == len(profiles)
    assert 140 <= len(profiles) <= 160
    assert len({profile.country.code for profile in profiles}) >= 25
    assert [profile.display_name for profile in profiles] == MEMBERS
    assert MEMBERS[:LIBRARY_SPEAKERS] == LIBRARY_NAMES
    assert len(set(MEMBERS)) == len(MEMBERS)
    assert len({profile.handle for profile in profiles}) == len(profiles)


def test_demo_members_fill_in_their_whole_profile(profiles):
    codes = {code for code, _name in PROFILE_LANGUAGES}

    for profile in profiles:
        assert profile.headline and profile.city and profile.country, profile
        assert profile.bio and profile.completed_at, profile
        assert 2 <= len(profile.expertise_items.all()) <= 5, profile
        assert profile.languages and set(profile.languages) <= codes, profile
    assert share(profiles, lambda profile: profile.organisation) > 0.9
    assert len({profile.headline for profile in profiles}) >= 25


def test_every_demo_profile_passes_the_profile_form(profiles):
    # Seeding saves profiles directly, for speed: what it saves must be what the form accepts.
    plans = {member.name: member for member in plan_members(demo_random())}

    for profile in profiles:
        member = plans[profile.display_name]
        data = {
            "display_name": member.name,
            "handle": profile.handle,
            "headline": member.headline,
            "organisation": member.organisation,
            "city": member.city,
            "country": member.country,
            "bio": member.bio,
            "expertise": ", ".join(member.expertise),
            "languages": list(member.languages),
            "visibility": member.visibility,
        }
        links = {"links-TOTAL_FORMS": len(member.links), "links-INITIAL_FORMS": 0}
        for number, (kind, url) in enumerate(member.links):
            links |= {f"links-{number}-kind": kind, f"links-{number}-url": url}
        form = ProfileForm(data, instance=profile)
        formset = ProfileLinkFormSet(links, instance=Profile(), prefix="links")

        assert form.is_valid(), (member.name, form.errors)
        assert formset.is_valid(), (member.name, formset.errors)
        assert sorted(form.cleaned_data["expertise"]) == sorted(member.expertise)
        assert [(link.kind, link.url) for link in profile.links.all()] == list(member.links)


def test_demo_members_speak_of_the_library_s_topics(profiles):
    library = {tag for deck in DECKS for tag in deck[4]} | {
        tag for case in CASE_STUDIES for tag in case[8]
    }
    uses = Counter(item.tag.name for profile in profiles for item in profile.expertise_items.all())

    assert sum(count for tag, count in uses.items() if tag in library) / uses.total() > 0.9
    assert len(set(uses) & library) >= 35
    assert [tag for tag in uses if tag != tag.lower()] == []


def test_demo_bios_are_short_prose_in_a_few_languages(profiles):
    bios = [profile.bio for profile in profiles]
    html = [render(bio) for bio in bios]

    assert all(40 <= len(bio) <= 600 for bio in bios)
    assert not any(re.search(r"[{}]|lorem|Member \d", bio, re.IGNORECASE) for bio in bios)
    assert len(set(bios)) == len(bios)
    assert sum(1 for bio in bios if re.search(r"\b(Je|je|Nous|nous)\b", bio)) >= 6
    assert (
        sum(1 for bio in bios if re.search(r"\b(Ich|Prowadzę|Trabajo|Museo piccolo)\b", bio)) >= 3
    )
    assert sum(1 for text in html if "<em>" in text) >= 5
    assert sum(1 for text in html if '<a href="https://' in text) >= 4


def test_some_demo_members_are_members_only_or_hidden_and_most_verified(profiles):
    library = [profile for profile in profiles if profile.display_name in LIBRARY_NAMES]
    visibility = Counter(profile.visibility for profile in profiles)

    assert 0.07 <= visibility[Profile.Visibility.MEMBERS] / len(profiles) <= 0.13
    assert 0.03 <= visibility[Profile.Visibility.HIDDEN] / len(profiles) <= 0.07
    assert 0.85 <= share(profiles, verified) <= 0.95
    assert all(profile.visibility == Profile.Visibility.PUBLIC for profile in library)
    assert all(verified(profile) for profile in library)
    assert {profile.display_name for profile in profiles if profile.is_trusted} == (
        demo_members.TRUSTED
    )
    assert set(Counter(profile.reply_emails for profile in profiles)) == set(
        Profile.ReplyEmails.values
    )


def test_some_demo_members_link_to_their_sites_and_accounts(profiles):
    links = [link for profile in profiles for link in profile.links.all()]
    hosts = {re.match(r"https://([^/]+)/", link.url + "/").group(1) for link in links}

    assert 0.3 <= share(profiles, lambda profile: profile.links.all()) <= 0.8
    assert {link.kind for link in links} >= {
        ProfileLink.Kind.WEBSITE,
        ProfileLink.Kind.MASTODON,
        ProfileLink.Kind.BLUESKY,
        ProfileLink.Kind.LINKEDIN,
    }
    for link in links:
        URLValidator(schemes=["https"])(link.url)
    assert all(
        host.endswith((".example", ".example.net")) or host in {"www.linkedin.com", "bsky.app"}
        for host in hosts
    )


def test_two_thirds_of_demo_members_have_a_picture_resized_like_an_upload(profiles):
    with_picture = [profile for profile in profiles if profile.avatar]

    assert 0.6 <= len(with_picture) / len(profiles) <= 0.72
    for profile in with_picture[:5]:
        with profile.avatar.open("rb") as stored, Image.open(stored) as image:
            assert (image.format, image.size) == ("WEBP", (400, 400))
    assert all((p.avatar_width, p.avatar_height) == (400, 400) for p in with_picture)
    assert storages["private"].listdir("avatars/uploads")[1] == []


def test_demo_pictures_are_abstract_and_repeatable():
    first, again, other = demo_picture(1), demo_picture(1), demo_picture(2)

    assert first == again != other
    with Image.open(io.BytesIO(first)) as image:
        assert (image.format, image.size) == ("JPEG", (480, 480))
        # A gradient and a few shapes: many colours, no flat picture.
        assert len(image.getcolors(maxcolors=480 * 480)) > 100


def test_the_directory_shows_anonymous_visitors_the_public_verified_members(client, profiles):
    expected = {
        profile.display_name
        for profile in profiles
        if profile.visibility == Profile.Visibility.PUBLIC and verified(profile)
    }
    names, page, pages = [], 1, []
    while True:
        html = client.get(f"/members/?page={page}").content.decode()
        on_page = re.findall(
            r'class="member-card__name"><a href="/members/[^"]+/">([^<]+)</a>', html
        )
        pages.append(len(on_page))
        names += on_page
        if f"page={page + 1}" not in html:
            break
        page += 1

    # In name order, which depends on the database's collation: compare the names only.
    assert sorted(names) == sorted(expected)
    assert pages[:-1] == [24] * (len(pages) - 1)
    assert f"{len(expected)} members" in client.get("/members/").content.decode()
    organisations = services.directory_filter_choices(AnonymousUser())["organisation_choices"]
    assert len(organisations) >= 10


def test_signed_in_members_also_see_members_only_profiles_but_not_hidden_ones(client, profiles):
    members_only = next(
        p for p in profiles if p.visibility == Profile.Visibility.MEMBERS and verified(p)
    )
    hidden = next(p for p in profiles if p.visibility == Profile.Visibility.HIDDEN)

    assert client.get(f"/members/{members_only.handle}/").status_code == 403
    client.force_login(MemberFactory(display_name="Nora Visitor"))
    assert client.get(f"/members/{members_only.handle}/").status_code == 200
    assert client.get(f"/members/{hidden.handle}/").status_code == 404


def test_seed_members_adds_nobody_twice_and_draws_the_same_numbers(profiles):
    before = sorted(User.objects.values_list("email", flat=True))
    again, planned = demo_random(), demo_random()

    assert seed_members(again) == 0
    plan_members(planned)

    assert sorted(User.objects.values_list("email", flat=True)) == before
    assert again.random() == planned.random()
    assert plan_members(demo_random()) == plan_members(demo_random())


def test_delete_demo_accounts_removes_the_members_and_then_their_pictures(
    profiles, member, monkeypatch, django_capture_on_commit_callbacks
):
    pictures = {profile.avatar.name for profile in profiles if profile.avatar}
    deleted = []
    # The pictures outlive this test: the module's other tests look at them.
    monkeypatch.setattr(default_storage, "delete", deleted.append)

    with django_capture_on_commit_callbacks(execute=True):
        delete_demo_accounts()

    assert list(User.objects.all()) == [member]
    assert set(deleted) == pictures


def test_demo_member_names_are_not_those_of_guests_or_other_authors():
    guests = {guest[0] for guest in GUESTS}
    authors = {case[2] for case in CASE_STUDIES} - set(LIBRARY_NAMES)

    assert set(MEMBERS) & (guests | authors) == set()
    assert {deck[1] for deck in DECKS} == set(LIBRARY_NAMES)
