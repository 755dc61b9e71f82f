from django import template

from .. import services

register = template.Library()


@register.filter
def kind_label(kind):
    return services.kind_label(kind)
