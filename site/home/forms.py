from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    """Renders every form, ours and allauth's, with the site's field template.

    Django ties help text and errors to the input (aria-describedby) by their ids,
    `<id>_helptext` and `<id>_error`, which the template gives them.
    """

    form_template_name = "components/forms/form.html"
    field_template_name = "components/forms/field.html"
