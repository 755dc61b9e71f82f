from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from . import calendars, discussions, notifications, privacy, services, stars
from .forms import (
    DeleteAccountForm,
    DirectoryFilterForm,
    EmailSettingsForm,
    ProfileForm,
    ProfileLinkFormSet,
)
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
        if member.visibility == Profile.Visibility.MEMBERS:
            return TemplateResponse(request, "community/profile_members_only.html", {}, status=403)
        raise Http404
    context = {
        "member": member,
        "contributions": services.contributions(member),
        "links": list(member.links.all()),
        "comments": discussions.recent_comments(member, limit=10, request=request),
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


@login_required
def account_settings(request):
    member = request.user.profile
    form = EmailSettingsForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your email settings are saved."))
        return redirect("community:settings")
    return TemplateResponse(request, "community/settings.html", {"form": form})


@login_required
@require_GET
def export_data(request):
    data = privacy.export_data(request.user)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    filename = f"vitrine-{request.user.profile.handle}-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        privacy.delete_account(user, keep_uploads=form.cleaned_data["uploads"] == "keep")
        messages.success(request, _("Your account is deleted. Thank you for what you shared."))
        return redirect("/")
    return TemplateResponse(request, "community/delete_account.html", {"form": form})


@login_required
def notification_list(request):
    member = request.user.profile
    page_obj = Paginator(notifications.notifications_of(member), NOTIFICATIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    response = TemplateResponse(request, "community/notifications.html", {"page_obj": page_obj})
    # Shown once as new, then read.
    notifications.mark_read(member, page_obj.object_list)
    return response


NOTIFICATIONS_PER_PAGE = 30


@csrf_exempt
def unsubscribe(request, token):
    """Stop emails about discussions from the link in one of them, signed in or not."""
    member = notifications.profile_for_token(token)
    if member is None:
        return TemplateResponse(request, "community/unsubscribe_invalid.html", status=404)
    if request.method == "POST" and request.POST.get("undo"):
        member.reply_emails = Profile.ReplyEmails.ALL
        member.save(update_fields=["reply_emails"])
        return TemplateResponse(
            request,
            "community/unsubscribe.html",
            {"member": member, "token": token, "undone": True},
        )
    member.reply_emails = Profile.ReplyEmails.NONE
    member.save(update_fields=["reply_emails"])
    return TemplateResponse(
        request, "community/unsubscribe.html", {"member": member, "token": token}
    )


def privacy_page(request):
    return TemplateResponse(request, "community/privacy.html", {})


# Starred sessions: a member's own programme and its private calendar feed.


@require_POST
@login_required
def star_session(request, session_id):
    session = get_object_or_404(stars.starrable_sessions().select_related("event"), pk=session_id)
    action = request.POST.get("action")
    if action not in {"star", "unstar"}:
        return HttpResponseBadRequest()
    starred = stars.set_star(request.user.profile, session, starred=action == "star")
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"starred": starred})
    # Back where the button was: the event's programme, or "My programme".
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"{session.event.get_url(request)}#{session.anchor}"
    return redirect(next_url)


star_session.changes_no_page = True  # a member's own programme: no public page changes


@login_required
def my_programme(request):
    programme = stars.own_programme(request.user)
    feed_path = reverse("community:programme_feed", args=[programme.calendar.token])
    context = {
        "programme": programme,
        "feed_url": request.build_absolute_uri(feed_path),
        "subscribe_url": calendars.subscribe_url(request, feed_path),
    }
    return TemplateResponse(request, "community/my_programme.html", context)


@require_POST
@login_required
def reset_programme_link(request):
    stars.reset_calendar(request.user.profile)
    messages.success(
        request,
        _(
            "Your calendar has a new address. The old one no longer works: subscribe again "
            "with the new one."
        ),
    )
    return redirect(reverse("community:my_programme") + "#calendar")


@require_GET
def programme_feed(request, token):
    """A member's starred sessions as iCalendar, at a secret address, without signing in."""
    calendar = stars.calendar_for_token(token)
    if calendar is None:
        raise Http404
    response = calendars.calendar_response(
        stars.programme_ical(calendar.profile, request), "my-programme.ics", attachment=False
    )
    # Private to one member: no shared cache keeps it, no search engine lists it.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
