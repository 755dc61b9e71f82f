from django import template
from django.utils.safestring import mark_safe

from .. import formatting

register = template.Library()


@register.filter
def member_text(text):
    """What a member wrote, in the site's safe Markdown subset."""
    # Safe: formatting.render escapes or drops everything outside its allow-list.
    return mark_safe(formatting.render(text))  # noqa: S308


@register.filter
def in_set(value, collection):
    """Whether value is in collection, for use where the template's `in` cannot go (`with`)."""
    return value in (collection or ())
