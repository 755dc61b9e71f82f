from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator
from django.utils.translation import gettext_lazy as _

from .discussions import DiscussionError
from .models import CommentReport

FORMATTING_HELP = _(
    "You can use <code>*emphasis*</code>, <code>**strong**</code>, "
    "<code>[a link](https://example.org)</code>, lists starting with <code>-</code> or "
    "<code>1.</code>, and <code>`code`</code>. Leave an empty line between paragraphs. "
    "Any other markup shows as you typed it."
)


class CommentForm(forms.Form):
    """The text of a comment and, on slides, the slide it is about."""

    text = forms.CharField(
        label=_("Your comment"),
        help_text=FORMATTING_HELP,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Write something before posting."),
            "max_length": _(
                "A comment is at most %(limit_value)d characters long; this one has "
                "%(show_value)d. Shorten it, or split it into two comments."
            ),
        },
    )
    slide_number = forms.IntegerField(
        label=_("About slide"),
        required=False,
        min_value=1,
        help_text=_("Leave empty if your comment is about the whole talk."),
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].max_length = settings.DISCUSSION_COMMENT_MAX_LENGTH
        self.fields["text"].validators.append(
            MaxLengthValidator(settings.DISCUSSION_COMMENT_MAX_LENGTH)
        )
        self.fields["text"].widget.attrs["maxlength"] = settings.DISCUSSION_COMMENT_MAX_LENGTH
        slide_count = getattr(page, "slide_count", None)
        if slide_count:
            self.fields["slide_number"].max_value = slide_count
            self.fields["slide_number"].widget.attrs["max"] = slide_count
            self.fields["slide_number"].validators.append(MaxValueValidator(slide_count))
        else:
            del self.fields["slide_number"]

    def add_refusal(self, error: DiscussionError):
        """Show a service's refusal next to the field it is about, or above the form."""
        field = error.field if error.field in self.fields else None
        self.add_error(field, error.message)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this comment?"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason.")},
    )
    details = forms.CharField(
        label=_("Anything editors should know"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only editors read this."),
    )


class SuspendForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the suspension"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The member sees this when they try to post."),
        error_messages={"required": _("Write the reason: the member will read it.")},
    )
