import io
from dataclasses import dataclass
from pathlib import Path

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django_countries.fields import Country
from PIL import Image, ImageOps
from taggit.models import Tag
from wagtail.users.models import UserProfile

from .models import Profile, Session, SessionSpeaker, User
from .models.members import folded

PROVISIONAL_HANDLE_PREFIX = "member-"
# Addresses under /members/ that the site itself uses.
RESERVED_HANDLES = {
    "me", "edit", "settings", "notifications", "admin", "new", "feed", "programme", "unsubscribe"
}  # fmt: skip
HANDLE_MAX_LENGTH = Profile._meta.get_field("handle").max_length


def unique_handle(name):
    """A free handle built from a person's name, never from their email address."""
    base = slugify(folded(name))[: HANDLE_MAX_LENGTH - 6].strip("-") or "member"
    handle, number = base, 1
    while handle in RESERVED_HANDLES or Profile.objects.filter(handle=handle).exists():
        number += 1
        handle = f"{base}-{number}"
    return handle


def create_profile(user):
    """Give a new account its profile, with a provisional handle until it has a name."""
    name = user.first_name and f"{user.first_name} {user.last_name}".strip()
    handle = unique_handle(name) if name else provisional_handle()
    if not user.is_staff:
        # Members hear from the site itself about their slides; Wagtail's own approval
        # emails link to an admin they cannot open.
        UserProfile.objects.update_or_create(
            user=user, defaults={"approved_notifications": False, "rejected_notifications": False}
        )
    return Profile.objects.create(user=user, display_name=name, handle=handle)


def provisional_handle():
    return f"{PROVISIONAL_HANDLE_PREFIX}{get_random_string(8, 'abcdefghijkmnpqrstuvwxyz23456789')}"


def name_member(profile, display_name):
    """Set a member's display name; a provisional handle follows the new name."""
    profile.display_name = display_name.strip()
    if profile.handle.startswith(PROVISIONAL_HANDLE_PREFIX) and profile.display_name:
        profile.handle = unique_handle(profile.display_name)
    profile.save(update_fields=["display_name", "handle"])
    return profile


def register_member(*, email, password, display_name, verified=False, **user_fields):
    """Create an account with its profile and email address, as sign-up does."""
    user = User.objects.create_user(email=email, password=password, **user_fields)
    name_member(user.profile, display_name)
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=verified)
    return user


def can_see_every_profile(viewer):
    """Editors see every profile, hidden ones included, to moderate them."""
    return bool(viewer and viewer.is_authenticated and viewer.has_perm("community.change_profile"))


def visible_profiles(viewer):
    """Profiles this person may see: public ones, members-only ones to verified members, all
    to editors, and always their own.

    Accounts that never verified their email stay out of sight (which keeps sign-up spam out
    of the directory), and do not see members-only profiles until they verify.
    """
    profiles = Profile.objects.filter(user__is_active=True)
    if can_see_every_profile(viewer):
        return profiles
    signed_in = viewer is not None and viewer.is_authenticated
    if signed_in and EmailAddress.objects.filter(user=viewer, verified=True).exists():
        shown = [Profile.Visibility.PUBLIC, Profile.Visibility.MEMBERS]
    else:
        shown = [Profile.Visibility.PUBLIC]
    visible = Q(user__emailaddress__verified=True, visibility__in=shown)
    if signed_in:
        visible |= Q(user=viewer)
    return profiles.filter(visible).distinct()


def profile_visible_to(profile, viewer):
    """Whether a viewer may open this profile (and so whether a link to it should show)."""
    return visible_profiles(viewer).filter(pk=profile.pk).exists()


def spoken_at_events():
    """Profiles that speak in a session of a published event."""
    return SessionSpeaker.objects.filter(session__event__live=True, profile__isnull=False).values(
        "profile_id"
    )


def member_directory(viewer, *, q="", country="", organisation="", expertise="", speakers=False):
    """The directory's profiles for this viewer, filtered, in name order."""
    profiles = visible_profiles(viewer)
    for word in q.split()[:8]:
        profiles = profiles.filter(
            Q(display_name__icontains=word) | Q(organisation__icontains=word)
        )
    if country:
        profiles = profiles.filter(country=country)
    if organisation:
        profiles = profiles.filter(organisation__iexact=organisation)
    if expertise:
        profiles = profiles.filter(expertise_items__tag__slug=expertise)
    if speakers:
        profiles = profiles.filter(pk__in=spoken_at_events())
    return profiles.order_by("sort_name", "handle").prefetch_related("expertise_items__tag")


def directory_filter_choices(viewer):
    """What the directory's filters offer: countries, organisations and expertise in use."""
    profiles = visible_profiles(viewer)
    # order_by() drops the profiles' default ordering, which would defeat DISTINCT.
    codes = profiles.exclude(country="").order_by().values_list("country", flat=True).distinct()
    countries = sorted(((code, Country(code).name) for code in codes), key=lambda item: item[1])
    organisations = (
        profiles.exclude(organisation="")
        .values("organisation")
        .annotate(members=Count("pk"))
        .filter(members__gte=2)
        .order_by("organisation")
        .values_list("organisation", "organisation")
    )
    expertise = (
        Tag.objects.filter(community_profileexpertise_items__content_object__in=profiles)
        .annotate(members=Count("pk"))
        .order_by("-members", "name")
        .values_list("slug", "name")[:60]
    )
    return {
        "country_choices": countries,
        "organisation_choices": list(organisations),
        "expertise_choices": sorted(expertise, key=lambda item: item[1].lower()),
    }


def visible_to(viewer, profile_field="pk"):
    """A condition on a query's rows: whether the viewer may open the profile in
    `profile_field`, so that a list carries its profile links in its own query."""
    return Exists(visible_profiles(viewer).filter(pk=OuterRef(profile_field)))


def visible_profile_ids(viewer, profile_ids):
    """Which of these profiles the viewer may open, in one query (for links in lists)."""
    return set(visible_profiles(viewer).filter(pk__in=profile_ids).values_list("pk", flat=True))


def related_model(name):
    # Decks and case studies belong to the library, which builds on this app: reach their
    # models through the relations they declare to profiles, never by importing them.
    return Profile._meta.get_field(name).related_model


@dataclass(frozen=True)
class Contributions:
    decks: list
    case_studies: list
    talks: list


def contributions(profile, limit=50):
    """What a member gave the community: published slides, case studies, and talks at meetups."""
    decks = related_model("slide_decks")
    authorships = related_model("case_study_authorships")
    case_studies = authorships._meta.get_field("page").related_model
    speaking = profile.slide_decks.through
    return Contributions(
        # Both sides as id subqueries, which the indexes answer; with a join (and DISTINCT)
        # or a plain owner condition, SQLite walks every page by date instead.
        decks=list(
            decks.objects.live()
            .public()
            .filter(
                Q(pk__in=decks.objects.filter(owner_id=profile.user_id).values("pk"))
                | Q(pk__in=speaking.objects.filter(profile=profile).values("slidedeckpage_id"))
            )
            .order_by("-first_published_at")[:limit]
        ),
        case_studies=list(
            case_studies.objects.live()
            .public()
            .filter(pk__in=authorships.objects.filter(profile=profile).values("page_id"))
            .order_by("-first_published_at")[:limit]
        ),
        talks=list(
            Session.objects.filter(speakers__profile=profile, event__live=True)
            .select_related("event")
            .distinct()
            .order_by("-day", "-starts_at")[:limit]
        ),
    )


def edit_profile(profile, *, links_formset, avatar_upload=None, remove_avatar=False, **fields):
    """Save what a member changed on their profile; a new photo is resized in the task worker."""
    expertise = fields.pop("expertise", None)
    for name, value in fields.items():
        setattr(profile, name, value)
    if remove_avatar and profile.avatar:
        profile.avatar.delete(save=False)
    if profile.completed_at is None:
        profile.completed_at = timezone.now()
    profile.save()
    if expertise is not None:
        profile.expertise.set(expertise)
    links_formset.instance = profile
    links_formset.save()
    if avatar_upload is not None:
        queue_avatar(profile, avatar_upload)
    return profile


AVATAR_SIZE = 400


def queue_avatar(profile, upload):
    """Keep the uploaded photo privately and resize it in the task worker."""
    from .tasks import resize_avatar

    path = storages["private"].save(
        f"avatars/uploads/{get_random_string(16)}{Path(upload.name).suffix.lower()[:6]}", upload
    )
    transaction.on_commit(lambda: resize_avatar.enqueue(profile.pk, path))


def resize_avatar(profile_id, path):
    """Crop a photo to a square, resize it and store it as the member's WebP avatar."""
    private = storages["private"]
    profile = Profile.objects.filter(pk=profile_id).first()
    try:
        if profile is None or not private.exists(path):
            return None
        with private.open(path, "rb") as original, Image.open(original) as image:
            image = ImageOps.exif_transpose(image).convert("RGB")
            square = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE), Image.Resampling.LANCZOS)
            output = io.BytesIO()
            square.save(output, "WEBP", quality=82)
        old = profile.avatar.name
        profile.avatar.save("avatar.webp", ContentFile(output.getvalue()), save=False)
        Profile.objects.filter(pk=profile.pk).update(
            avatar=profile.avatar.name, avatar_width=AVATAR_SIZE, avatar_height=AVATAR_SIZE
        )
        if old:
            profile.avatar.storage.delete(old)
        return profile.avatar.name
    finally:
        private.delete(path)


def popular_expertise(limit=40):
    """Tag names for the expertise field's suggestions, most used by members first."""
    return list(
        Tag.objects.annotate(uses=Count("community_profileexpertise_items"))
        .order_by("-uses", "name")
        .values_list("name", flat=True)[:limit]
    )
