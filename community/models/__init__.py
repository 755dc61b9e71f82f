from .discussions import Comment, CommentReport
from .events import (
    EventIndexPage,
    EventPage,
    EventPartner,
    EventTag,
    Session,
    SessionSpeaker,
)
from .members import LANGUAGES, MemberManager, Profile, ProfileExpertise, ProfileLink, User
from .notifications import Notification

__all__ = [
    "LANGUAGES",
    "Comment",
    "CommentReport",
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventTag",
    "MemberManager",
    "Notification",
    "Profile",
    "ProfileExpertise",
    "ProfileLink",
    "Session",
    "SessionSpeaker",
    "User",
]
