from .events import (
    EventIndexPage,
    EventPage,
    EventPartner,
    EventTag,
    Session,
    SessionSpeaker,
)
from .members import LANGUAGES, MemberManager, Profile, ProfileExpertise, ProfileLink, User

__all__ = [
    "LANGUAGES",
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventTag",
    "MemberManager",
    "Profile",
    "ProfileExpertise",
    "ProfileLink",
    "Session",
    "SessionSpeaker",
    "User",
]
