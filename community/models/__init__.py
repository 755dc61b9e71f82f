from .discussions import Comment, CommentReport
from .events import (
    EventIndexPage,
    EventPage,
    EventPartner,
    EventTag,
    ProgrammeCalendar,
    Session,
    SessionSpeaker,
    SessionStar,
    SlidesReminder,
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
    "ProgrammeCalendar",
    "Session",
    "SessionSpeaker",
    "SessionStar",
    "SlidesReminder",
    "User",
]
