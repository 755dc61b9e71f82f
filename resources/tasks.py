from django_tasks import task

from . import services


@task(queue_name="slides")
def process_deck(deck_id):
    """Convert and render an uploaded deck; slow, so on the slides queue."""
    services.process_deck(deck_id)
