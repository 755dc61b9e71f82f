"""Demo members of the network, for `seed_demo`. Built through the same services as real sign-ups."""

from django.contrib.auth.models import Group

from . import services
from .models import User

DEMO_EMAIL_DOMAIN = "demo.vitrine.localhost"

# People of the field across Europe.
MEMBERS = [
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


def demo_email(name):
    local = services.unique_handle(name).replace("-", ".")
    return f"{local}@{DEMO_EMAIL_DOMAIN}"


def seed_members(rng):
    """The demo members; a second run adds nobody twice. Returns how many were added."""
    added = 0
    for name in MEMBERS:
        if User.objects.filter(
            profile__display_name=name, email__endswith=DEMO_EMAIL_DOMAIN
        ).exists():
            continue
        services.register_member(
            email=demo_email(name),
            password=None,
            display_name=name,
            verified=rng.random() < 0.9,
        )
        added += 1
    return added


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
    """Remove every demo account (and with it their profiles)."""
    deleted, _ = User.objects.filter(email__endswith=f"@{DEMO_EMAIL_DOMAIN}").delete()
    return deleted
