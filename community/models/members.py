from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


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


class Profile(models.Model):
    """The public face of a member: every account has exactly one."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    handle = models.SlugField(
        _("handle"),
        max_length=40,
        unique=True,
        help_text=_("Used in the address of the profile, for example /members/ana-garcia/."),
    )
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    is_trusted = models.BooleanField(
        _("trusted"),
        default=False,
        help_text=_("Trusted members publish slides and comments without waiting for review."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["display_name", "handle"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.display_name or self.handle
