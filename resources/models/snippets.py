from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.search import index


class Institution(index.Indexed, models.Model):
    """A museum or another heritage institution that ran a project."""

    class Kind(models.TextChoices):
        ART = "art", _("Art museum")
        HISTORY = "history", _("History museum")
        SCIENCE = "science", _("Science or technology museum")
        NATURAL_HISTORY = "natural-history", _("Natural history museum")
        ARCHAEOLOGY = "archaeology", _("Archaeology museum")
        ETHNOGRAPHY = "ethnography", _("Ethnography or world cultures museum")
        LOCAL = "local", _("Local or community museum")
        HERITAGE_SITE = "heritage-site", _("Heritage site or historic house")
        LIBRARY_ARCHIVE = "library-archive", _("Library or archive")
        OTHER = "other", _("Other")

    class Size(models.TextChoices):
        SMALL = "small", _("Small (under 20 staff)")
        MEDIUM = "medium", _("Medium (20 to 100 staff)")
        LARGE = "large", _("Large (over 100 staff)")
        NATIONAL = "national", _("National institution")

    name = models.CharField(_("name"), max_length=200, unique=True)
    city = models.CharField(_("city"), max_length=100)
    country = CountryField(_("country"))
    kind = models.CharField(
        _("type of museum"), max_length=20, choices=Kind.choices, default=Kind.OTHER
    )
    size = models.CharField(_("size"), max_length=10, choices=Size.choices, blank=True)
    wikidata_id = models.CharField(
        _("Wikidata identifier"),
        max_length=16,
        blank=True,
        validators=[
            RegexValidator(r"^Q[1-9][0-9]*$", _("A Wikidata identifier looks like Q190804."))
        ],
        help_text=_("Optional, for example Q190804 for the Rijksmuseum."),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("city"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")

    def __str__(self):
        return self.name

    @property
    def wikidata_url(self):
        return f"https://www.wikidata.org/wiki/{self.wikidata_id}" if self.wikidata_id else ""
