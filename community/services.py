from allauth.account.models import EmailAddress
from django.utils.crypto import get_random_string
from django.utils.text import slugify

from .models import Profile, User

PROVISIONAL_HANDLE_PREFIX = "member-"
HANDLE_MAX_LENGTH = Profile._meta.get_field("handle").max_length


def unique_handle(name):
    """A free handle built from a person's name, never from their email address."""
    base = slugify(name)[: HANDLE_MAX_LENGTH - 6].strip("-") or "member"
    handle, number = base, 1
    while Profile.objects.filter(handle=handle).exists():
        number += 1
        handle = f"{base}-{number}"
    return handle


def create_profile(user):
    """Give a new account its profile, with a provisional handle until it has a name."""
    name = user.first_name and f"{user.first_name} {user.last_name}".strip()
    handle = unique_handle(name) if name else provisional_handle()
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
