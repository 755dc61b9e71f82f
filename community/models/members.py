import hashlib
import unicodedata
import uuid

from django.conf import global_settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase


class MemberManager(UserManager):
    """Accounts are identified by their email address; there is no username."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account. What the community sees of a person lives on their `Profile`."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    objects = MemberManager()

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.email

    def get_full_name(self):
        return self.get_short_name()

    def get_short_name(self):
        # The profile is created with the account, so this is one cached lookup.
        profile = getattr(self, "profile", None)
        return (profile and profile.display_name) or super().get_full_name() or _("Member")


# Letters that have no ASCII decomposition: "Michał" folds to "michal", not "micha".
LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
     "ß": "ss", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "đ": "d", "Đ": "D",
     "\u0131": "i"}  # dotless i, as in Turkish names
)  # fmt: skip


def folded(text):
    """Text as plain lower-case ASCII letters, for sorting and for handles."""
    decomposed = unicodedata.normalize("NFKD", text.translate(LETTERS))
    return decomposed.encode("ascii", "ignore").decode().lower()


def avatar_path(profile, filename):
    # A new name for every picture, so that caches never show the previous one.
    return f"avatars/{profile.handle}-{uuid.uuid4().hex[:8]}.webp"


def spoken_languages():
    """Languages a member may say they speak: Django's list, by base code, in English."""
    names = {}
    for code, name in global_settings.LANGUAGES:
        base = code.split("-")[0]
        if code == base or base not in names:
            names[base] = name
    return sorted(names.items(), key=lambda item: item[1])


LANGUAGES = spoken_languages()


class Profile(models.Model):
    """The public face of a member: every account has exactly one."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Members of Vitrine only")
        HIDDEN = "hidden", _("Nobody: hide my profile")

    class ReplyEmails(models.TextChoices):
        ALL = "all", _("Also every new comment in discussions I take part in")
        REPLIES = "replies", _("Only replies to me and comments on my slides or case studies")
        NONE = "none", _("None")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    handle = models.SlugField(
        _("handle"),
        max_length=40,
        unique=True,
        help_text=_("Used in the address of the profile, for example /members/ana-garcia/."),
    )
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    # The name folded to plain lower-case letters, so that Élodie sorts with the Es whatever
    # the database's collation.
    sort_name = models.CharField(max_length=80, blank=True, editable=False, db_index=True)
    avatar = models.ImageField(
        _("photo"),
        upload_to=avatar_path,
        blank=True,
        width_field="avatar_width",
        height_field="avatar_height",
    )
    avatar_width = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    avatar_height = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    headline = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("For example: Head of digital.")
    )
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    country = CountryField(_("country"), blank=True)
    bio = models.TextField(_("about you"), max_length=2000, blank=True)
    expertise = TaggableManager(
        verbose_name=_("areas of expertise"), through="community.ProfileExpertise", blank=True
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    visibility = models.CharField(
        _("who can see this profile"),
        max_length=8,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
    )
    reply_emails = models.CharField(
        _("emails about discussions"),
        max_length=8,
        choices=ReplyEmails.choices,
        default=ReplyEmails.ALL,
    )
    is_trusted = models.BooleanField(
        _("trusted"),
        default=False,
        help_text=_("Trusted members publish slides and comments without waiting for review."),
    )
    is_suspended = models.BooleanField(
        _("suspended"),
        default=False,
        help_text=_("A suspended member can sign in and read, but not comment or upload."),
    )
    suspension_reason = models.TextField(
        _("reason for the suspension"),
        max_length=1000,
        blank=True,
        help_text=_("The member sees it when they try to post."),
    )
    completed_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the member first saved it."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["sort_name", "handle"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.sort_name = folded(self.name)[:80]
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"display_name", "handle"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "sort_name"}
        super().save(*args, **kwargs)

    @property
    def name(self):
        return self.display_name or self.handle

    @property
    def initials(self):
        words = [word for word in self.name.replace("-", " ").split() if word[:1].isalnum()]
        return "".join(word[0] for word in words[:2]).upper() or "?"

    @property
    def avatar_colour(self):
        """One of the fallback avatar colours, always the same for a member."""
        return int(hashlib.md5(self.handle.encode(), usedforsecurity=False).hexdigest(), 16) % 8

    @property
    def language_names(self):
        names = dict(LANGUAGES)
        return [names[code] for code in self.languages if code in names]


class ProfileExpertise(TaggedItemBase):
    """A member's areas of expertise, from the vocabulary the library shares (taggit's Tag)."""

    content_object = models.ForeignKey(
        Profile, on_delete=models.CASCADE, related_name="expertise_items"
    )


class ProfileLink(models.Model):
    """A link a member shares on their profile: a website or an account elsewhere."""

    class Kind(models.TextChoices):
        WEBSITE = "website", _("Website")
        MASTODON = "mastodon", _("Mastodon")
        BLUESKY = "bluesky", _("Bluesky")
        LINKEDIN = "linkedin", _("LinkedIn")
        INSTAGRAM = "instagram", _("Instagram")
        GITHUB = "github", _("GitHub")
        OTHER = "other", _("Other")

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.WEBSITE)
    url = models.URLField(_("address"), max_length=300)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.url
