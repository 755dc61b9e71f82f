from .events import (
    EventIndexPage,
    EventPage,
    EventPartner,
    EventTag,
    Session,
    SessionSpeaker,
)
from .members import MemberManager, Profile, User

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventTag",
    "MemberManager",
    "Profile",
    "Session",
    "SessionSpeaker",
    "User",
]
