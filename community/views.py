from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import services
from .forms import DirectoryFilterForm, ProfileForm, ProfileLinkFormSet
from .models import Profile

MEMBERS_PER_PAGE = 24


def directory(request):
    form = DirectoryFilterForm(request.GET, **services.directory_filter_choices(request.user))
    profiles = services.member_directory(request.user, **form.filters)
    page_obj = Paginator(profiles, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"form": form, "page_obj": page_obj, "filtered": bool(form.filters)}
    return TemplateResponse(request, "community/directory.html", context)


def profile(request, handle):
    member = get_object_or_404(Profile.objects.select_related("user"), handle=handle)
    if not services.profile_visible_to(member, request.user):
        if member.visibility == Profile.Visibility.MEMBERS and not request.user.is_authenticated:
            return TemplateResponse(request, "community/profile_members_only.html", {}, status=403)
        raise Http404
    context = {
        "member": member,
        "contributions": services.contributions(member),
        "links": list(member.links.all()),
        "is_own": member.user_id == request.user.pk,
    }
    return TemplateResponse(request, "community/profile.html", context)


@login_required
def own_profile(request):
    return redirect("community:profile", handle=request.user.profile.handle)


@login_required
def edit_profile(request):
    # Unverified members may fill in their profile; it shows once their email is confirmed.
    member = request.user.profile
    if member.is_suspended:
        return TemplateResponse(request, "community/suspended.html", {"member": member}, status=403)
    form = ProfileForm(
        request.POST or None,
        request.FILES or None,
        instance=member,
        initial={"expertise": member.expertise.all()},
    )
    links = ProfileLinkFormSet(request.POST or None, instance=member, prefix="links")
    if request.method == "POST" and form.is_valid() and links.is_valid():
        services.edit_profile(member, links_formset=links, **form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        if form.cleaned_data.get("avatar_upload"):
            messages.info(request, _("Your new photo appears in a moment."))
        return redirect("community:profile", handle=member.handle)
    context = {
        "form": form,
        "links": links,
        "welcome": member.completed_at is None,
        "tag_names": services.popular_expertise(),
    }
    return TemplateResponse(request, "community/profile_edit.html", context)
