from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(*, subject, body, from_email, to, html=None, headers=None):
    """Deliver one email; the request that wrote it has already answered."""
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=from_email, to=to, headers=headers
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


@task()
def resize_avatar(profile_id, path):
    """Turn an uploaded photo into the member's square avatar."""
    from . import services

    return services.resize_avatar(profile_id, path)


@task()
def notify_about_comment(comment_id):
    """Tell the people concerned about a newly published comment."""
    from . import notifications

    return notifications.notify_about_comment(comment_id)
