from django import forms
from django.utils.translation import gettext_lazy as _

QUERY_MAX_LENGTH = 200


class SearchForm(forms.Form):
    all_optional = True  # no "(optional)" mark on the search box
    q = forms.CharField(
        label=_("Search Vitrine"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        error_messages={
            "max_length": _("That search is too long: keep it under %(limit_value)d characters.")
        },
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())
