from django import forms
from django.utils.translation import gettext_lazy as _
from PIL import Image
from taggit.forms import TagField
from taggit.utils import edit_string_for_tags

from . import services
from .models import LANGUAGES, Profile, ProfileLink

MAX_TAGS = 12


def tag_field():
    """A comma-separated tag field that suggests existing tags (tag-input.js, a datalist)."""
    return TagField(
        label=_("Tags"),
        required=False,
        help_text=_("Separate tags with commas, for example: instagram, live streaming."),
        widget=TagInput(),
    )


class TagInput(forms.TextInput):
    def __init__(self, attrs=None):
        super().__init__(
            {
                "list": "tag-suggestions",
                "autocomplete": "off",
                "data-tag-input": "",
                **(attrs or {}),
            }
        )

    def format_value(self, value):
        if value is None or isinstance(value, str):
            return value
        return edit_string_for_tags(list(value))


def clean_tag_names(tags):
    """Tags as people type them: spaces folded, a sane length, not too many."""
    tags = [" ".join(tag.split())[:100] for tag in tags]
    if len(tags) > MAX_TAGS:
        raise forms.ValidationError(_("Use at most %(count)d tags.") % {"count": MAX_TAGS})
    return [tag for tag in tags if tag]


class SignupForm(forms.Form):
    """Extra fields for allauth's sign-up form."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        help_text=_("Shown on your profile and next to what you share, for example Ana García."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["display_name", "email", "password1", "password2"]

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter the name you want others to see."))
        return name

    def signup(self, request, user):
        services.name_member(user.profile, self.cleaned_data["display_name"])


# The languages a member ticks on their profile: those of the community, by English name.
PROFILE_LANGUAGES = [
    (code, name)
    for code, name in LANGUAGES
    if code
    in {
        "bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu", "fi", "fr", "ga",
        "gl", "hr", "hu", "is", "it", "lb", "lt", "lv", "mk", "mt", "nb", "nl", "pl", "pt",
        "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk", "ar", "he", "ja", "zh",
    }
]  # fmt: skip

AVATAR_MAX_BYTES = 5 * 1024 * 1024
AVATAR_MAX_PIXELS = 40_000_000
AVATAR_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def clean_avatar(upload):
    """A photo we can read and resize: a real JPEG, PNG, WebP or GIF of a sane size."""
    if upload.size > AVATAR_MAX_BYTES:
        raise forms.ValidationError(
            _("The photo is %(size)s MB; the limit is 5 MB.")
            % {"size": round(upload.size / 1024 / 1024, 1)}
        )
    try:
        with Image.open(upload) as image:
            kind, (width, height) = image.format, image.size
            if width * height > AVATAR_MAX_PIXELS:
                raise forms.ValidationError(
                    _("The photo is too large: use one under 40 megapixels.")
                )
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise forms.ValidationError(
            _("This file is not a photo we can read. Use a JPEG, PNG or WebP image.")
        ) from error
    finally:
        upload.seek(0)
    if kind not in AVATAR_FORMATS:
        raise forms.ValidationError(_("Use a JPEG, PNG or WebP image."))
    return upload


class ProfileForm(forms.ModelForm):
    """What a member says about themselves on their profile."""

    avatar_upload = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_("A square picture works best. JPEG, PNG or WebP, up to 5 MB."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )
    remove_avatar = forms.BooleanField(label=_("Remove my photo"), required=False)
    expertise = tag_field()
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=PROFILE_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "handle",
            "avatar_upload",
            "remove_avatar",
            "headline",
            "organisation",
            "city",
            "country",
            "bio",
            "expertise",
            "languages",
            "visibility",
        ]
        labels = {"display_name": _("Your name")}
        help_texts = {
            "display_name": _("As others know you, for example Ana García."),
            "handle": _(
                "The end of your profile's address: lower-case letters, digits and hyphens."
            ),
            "bio": _(
                "A few lines about your work. You can use *emphasis*, **bold**, "
                "[links](https://example.org) and lists."
            ),
            "expertise": _("What colleagues can ask you about, separated by commas."),
        }
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 6}),
            "visibility": forms.RadioSelect,
        }

    field_order = Meta.fields

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["country"].required = False
        if not self.instance.avatar:
            del self.fields["remove_avatar"]

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter the name you want others to see."))
        return name

    def clean_handle(self):
        handle = self.cleaned_data["handle"].lower()
        if handle in services.RESERVED_HANDLES:
            raise forms.ValidationError(_("This address is reserved. Choose another one."))
        if Profile.objects.filter(handle=handle).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Another member uses this address already."))
        return handle

    def clean_avatar_upload(self):
        upload = self.cleaned_data["avatar_upload"]
        return clean_avatar(upload) if upload else None

    def clean_expertise(self):
        return clean_tag_names(self.cleaned_data["expertise"])


class ProfileLinkForm(forms.ModelForm):
    url = forms.URLField(
        label=_("Address"),
        max_length=300,
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )

    class Meta:
        model = ProfileLink
        fields = ["kind", "url"]

    def clean(self):
        cleaned = super().clean()
        # A row whose address was emptied is a link the member removed.
        if self.instance.pk and not cleaned.get("url") and "url" not in self.errors:
            cleaned["DELETE"] = True
        elif not cleaned.get("url") and self.has_changed() and "url" not in self.errors:
            self.add_error("url", _("Enter the address of the link."))
        return cleaned


ProfileLinkFormSet = forms.inlineformset_factory(
    Profile, ProfileLink, form=ProfileLinkForm, extra=2, max_num=8, validate_max=True
)


class DirectoryFilterForm(forms.Form):
    """The member directory's filters, read from the address."""

    q = forms.CharField(label=_("Name or organisation"), max_length=100, required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    expertise = forms.ChoiceField(label=_("Expertise"), required=False)
    speakers = forms.BooleanField(label=_("Has spoken at a meetup"), required=False)

    def __init__(
        self, *args, country_choices=(), organisation_choices=(), expertise_choices=(), **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Any country")), *country_choices]
        self.fields["organisation"].choices = [("", _("Any organisation")), *organisation_choices]
        self.fields["expertise"].choices = [("", _("Any expertise")), *expertise_choices]

    @property
    def filters(self):
        """The valid filters; a malformed one is dropped rather than failing the whole page."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class EmailSettingsForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["reply_emails"]
        widgets = {"reply_emails": forms.RadioSelect}


class DeleteAccountForm(forms.Form):
    """Leaving for good: confirmed with the password, saying what becomes of the uploads."""

    UPLOADS = [
        ("delete", _("Delete my slides too (their pages say they were removed by their author)")),
        ("keep", _("Keep my published slides and case studies in the library, without my name")),
    ]

    uploads = forms.ChoiceField(
        label=_("Your slides and case studies"), choices=UPLOADS, widget=forms.RadioSelect
    )
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password
