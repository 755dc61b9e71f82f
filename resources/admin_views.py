from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import services
from .forms import MergeTagsForm


@permission_required("taggit.delete_tag", raise_exception=True)
def merge_tags(request):
    form = MergeTagsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        target = services.merge_tags(
            list(form.cleaned_data["sources"]), form.cleaned_data["target"]
        )
        messages.success(request, _("Tags merged into “%(tag)s”.") % {"tag": target.name})
        return redirect("merge_tags")
    return TemplateResponse(request, "resources/admin/merge_tags.html", {"form": form})
