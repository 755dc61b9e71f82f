from pathlib import Path

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from taggit.models import Tag

from community.forms import clean_tag_names, tag_field
from community.models import EventPage, Profile, Session

from . import services
from .models import CaseStudyPage
from .models.choices import Language, Licence
from .processing import KINDS

ACCEPT = ",".join(f".{kind}" for kind in KINDS)


def presentation_file_field():
    return forms.FileField(
        label=_("Presentation file"),
        help_text=_("A PDF, PowerPoint (PPTX) or OpenDocument (ODP) file, up to %(limit)d MB.")
        % {"limit": settings.LIBRARY_UPLOAD_MAX_BYTES // 1024 // 1024},
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )


def clean_presentation_file(upload):
    """Refuse at once what the pipeline would refuse by name or size alone."""
    if upload is None:
        return None
    extension = Path(upload.name).suffix.lower().lstrip(".")
    if extension not in KINDS:
        raise forms.ValidationError(_("Upload a PDF, PPTX or ODP file."))
    if upload.size == 0:
        raise forms.ValidationError(_("The file is empty."))
    if upload.size > settings.LIBRARY_UPLOAD_MAX_BYTES:
        raise forms.ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {
                "size": round(upload.size / 1024 / 1024, 1),
                "limit": settings.LIBRARY_UPLOAD_MAX_BYTES // 1024 // 1024,
            }
        )
    return upload


class DeckDetailsForm(forms.Form):
    """What a speaker says about their slides: at upload, and when editing them later."""

    title = forms.CharField(label=_("Title"), max_length=255)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What the talk is about, in a few sentences."),
    )
    tags = tag_field()
    language = forms.ChoiceField(label=_("Language of the slides"), choices=Language.choices)
    licence = forms.ChoiceField(
        label=_("Licence"),
        choices=Licence.choices,
        initial=Licence.CC_BY,
        help_text=_("How others may reuse your slides."),
    )
    allow_download = forms.BooleanField(
        label=_("Let visitors download the original file and the PDF"), required=False, initial=True
    )
    speakers = forms.ModelMultipleChoiceField(
        label=_("Co-speakers"),
        queryset=Profile.objects.none(),
        required=False,
        help_text=_("Members who gave the talk with you."),
    )

    event = forms.ModelChoiceField(
        label=_("Given at"),
        queryset=EventPage.objects.none(),
        required=False,
        widget=forms.Select(attrs={"data-session-event": ""}),
        empty_label=_("Not at one of our meetups"),
        help_text=_("The meetup where you gave the talk, if you did."),
    )
    session = forms.TypedChoiceField(
        label=_("Session"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Your session in the programme: the slides then appear next to it."),
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["speakers"].queryset = Profile.objects.exclude(user=owner).order_by(
            "display_name"
        )
        self.fields["event"].queryset = EventPage.objects.live().public().order_by("-starts_on")
        values = self.data if self.is_bound else self.initial
        chosen = values.get("event")
        if not chosen and str(values.get("session", "")).isdigit():
            # A session alone (the reminder link) implies its event.
            chosen = services.event_of_session(int(values["session"]))
            if chosen and not self.is_bound:
                self.initial["event"] = chosen
        self.fields["session"].widget.attrs["data-session-picker"] = reverse(
            "resources:event_sessions"
        )
        self.fields["session"].choices = [
            ("", _("No session, or not in the list")),
            *services.session_choices(chosen),
        ]

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise forms.ValidationError(_("Give the deck a title."))
        return title

    def clean_tags(self):
        return clean_tag_names(self.cleaned_data["tags"])

    def clean_session(self):
        number = self.cleaned_data["session"]
        if number is None:
            return None
        session = Session.objects.filter(pk=number, event__live=True).select_related("event")
        if not session:
            raise forms.ValidationError(_("This session is no longer in the programme."))
        return session[0]

    def clean(self):
        cleaned = super().clean()
        session, event = cleaned.get("session"), cleaned.get("event")
        if session and event and session.event_id != event.pk:
            self.add_error(
                "session",
                _("This session was part of %(event)s, not of the meetup chosen above.")
                % {"event": session.event.title},
            )
        elif session and not event and "event" not in self.errors:
            cleaned["event"] = session.event
        return cleaned

    @property
    def details(self):
        """The cleaned details, as the services take them."""
        return {name: self.cleaned_data[name] for name in DeckDetailsForm.base_fields}


class DeckUploadForm(DeckDetailsForm):
    file = presentation_file_field()
    # A file that was valid when another field was not: kept, so nobody uploads twice.
    kept_file = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = ["file", *DeckDetailsForm.base_fields]

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, owner=owner, **kwargs)
        self.kept = (
            services.kept_upload(self.data.get("kept_file", ""), owner) if self.is_bound else None
        )
        if self.kept is not None:
            self.fields["file"].required = False
            self.fields["file"].help_text = _(
                "%(name)s is kept: choose another file only to replace it."
            ) % {"name": self.kept.name}

    def clean_file(self):
        return clean_presentation_file(self.cleaned_data["file"])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and "file" not in self.errors and self.kept is not None:
            cleaned["file"] = self.kept
        return cleaned

    def keep_valid_file(self):
        """After an error elsewhere, store the valid upload and remember it in the form."""
        upload = self.cleaned_data.get("file")
        if upload is not None and "file" not in self.errors and upload is not self.kept:
            self.data = self.data.copy()
            self.data["kept_file"] = services.keep_upload(upload, self.owner)
            self.kept = services.kept_upload(self.data["kept_file"], self.owner)
        return self.data.get("kept_file")


class DeckReplaceForm(forms.Form):
    file = presentation_file_field()

    def clean_file(self):
        return clean_presentation_file(self.cleaned_data["file"])


class LibraryFilterForm(forms.Form):
    """The library's filters, read from the address so that every filtered view can be linked."""

    KINDS = [
        ("", _("Case studies and slides")),
        ("case-study", _("Case studies")),
        ("slides", _("Slides")),
    ]

    kind = forms.ChoiceField(label=_("Show"), choices=KINDS, required=False)
    tag = forms.MultipleChoiceField(
        label=_("Tags"), required=False, widget=forms.CheckboxSelectMultiple
    )
    year = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100, required=False)
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("Any language")), *Language.choices], required=False
    )
    country = forms.ChoiceField(label=_("Country of the museum"), required=False)
    event = forms.ChoiceField(label=_("Meetup"), required=False)

    def __init__(self, *args, tag_choices=(), country_choices=(), event_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = list(tag_choices)
        self.fields["country"].choices = [("", _("Any country")), *country_choices]
        self.fields["event"].choices = [("", _("Any meetup")), *event_choices]

    @property
    def filters(self):
        """The valid filters; a malformed one is dropped rather than failing the whole page."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class CaseStudyProposalForm(forms.Form):
    """A member's proposal of a case study: plain text, turned into a draft that editors review."""

    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One paragraph: what was done, and what came of it."),
    )
    institution_name = forms.CharField(label=_("Museum or institution"), max_length=200)
    institution_city = forms.CharField(label=_("City"), max_length=100)
    institution_country = CountryField().formfield(label=_("Country"))
    year_start = forms.IntegerField(label=_("First year"), min_value=1990, max_value=2100)
    year_end = forms.IntegerField(
        label=_("Last year"),
        min_value=1990,
        max_value=2100,
        required=False,
        help_text=_("Leave empty while the project runs."),
    )
    project_status = forms.ChoiceField(label=_("Status"), choices=CaseStudyPage.Status.choices)
    audience = forms.CharField(label=_("Audience"), max_length=200, required=False)
    budget = forms.ChoiceField(
        label=_("Budget"),
        choices=[("", _("Prefer not to say")), *CaseStudyPage.Budget.choices],
        required=False,
    )
    project_url = forms.URLField(label=_("Project address"), required=False, assume_scheme="https")
    context = forms.CharField(
        label=_("Context"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    approach = forms.CharField(
        label=_("What you did"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )
    results = forms.CharField(
        label=_("Results"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    lessons = forms.CharField(
        label=_("Lessons learned"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What you would tell a colleague starting the same project."),
    )
    tags = tag_field()
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    licence = forms.ChoiceField(
        label=_("Licence of the text"), choices=Licence.choices, initial=Licence.CC_BY
    )

    SECTIONS = ("context", "approach", "results", "lessons")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("year_start"), cleaned.get("year_end")
        if start and end and end < start:
            self.add_error("year_end", _("The last year cannot come before the first."))
        return cleaned

    def clean_tags(self):
        return clean_tag_names(self.cleaned_data["tags"])


class MergeTagsForm(forms.Form):
    sources = forms.ModelMultipleChoiceField(
        label=_("Tags to merge"),
        queryset=Tag.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Everything tagged with these gets the tag below instead; these tags are deleted."
        ),
    )
    target = forms.ModelChoiceField(label=_("Into the tag"), queryset=Tag.objects.order_by("name"))

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("target")
            and cleaned.get("sources")
            and set(cleaned["sources"]) == {cleaned["target"]}
        ):
            self.add_error("sources", _("Choose at least one tag other than the one to keep."))
        return cleaned
