from django import forms
from django.utils.translation import gettext_lazy as _

from . import services


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
