from django.db import models
from django.utils.translation import gettext_lazy as _


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd-4.0", "CC BY-ND 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    CC0 = "cc0-1.0", _("CC0 (public domain)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")

    @property
    def url(self):
        if self == Licence.ALL_RIGHTS_RESERVED:
            return ""
        if self == Licence.CC0:
            return "https://creativecommons.org/publicdomain/zero/1.0/"
        kind = self.value.removeprefix("cc-").removesuffix("-4.0")
        return f"https://creativecommons.org/licenses/{kind}/4.0/"


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    GERMAN = "de", _("German")
    SPANISH = "es", _("Spanish")
    ITALIAN = "it", _("Italian")
    DUTCH = "nl", _("Dutch")
    PORTUGUESE = "pt", _("Portuguese")
    POLISH = "pl", _("Polish")
    SWEDISH = "sv", _("Swedish")
    FINNISH = "fi", _("Finnish")
    OTHER = "other", _("Another language")


class ProcessingState(models.TextChoices):
    QUEUED = "queued", _("Waiting to be processed")
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Processed")
    FAILED = "failed", _("Could not be processed")
