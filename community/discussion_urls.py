from django.urls import path

from . import discussion_views as views

app_name = "discussions"
urlpatterns = [
    path("pages/<int:page_id>/comment/", views.comment, name="comment"),
    path("comments/<int:pk>/reply/", views.reply, name="reply"),
    path("comments/<int:pk>/edit/", views.edit, name="edit"),
    path("comments/<int:pk>/delete/", views.delete, name="delete"),
    path("comments/<int:pk>/report/", views.report, name="report"),
]

# In the Wagtail admin, under /admin/comments/ (registered in wagtail_hooks.py).
admin_urlpatterns = [
    path("", views.moderation_queue, name="discussion_moderation"),
    path(
        "<int:pk>/<slug:action>/",
        views.moderate,
        name="discussion_moderate",
    ),
    path("members/<int:pk>/trust/", views.trust_author, name="discussion_trust"),
    path("members/<int:pk>/suspend/", views.suspend_author, name="discussion_suspend"),
    path("members/<int:pk>/unsuspend/", views.unsuspend_author, name="discussion_unsuspend"),
]
