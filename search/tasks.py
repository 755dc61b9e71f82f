import datetime
import logging

from django.utils import timezone
from django_tasks import default_task_backend, task

from . import indexing

logger = logging.getLogger("search")
RETRIES = 6


@task()
def update_entries(keys, attempt=1):
    """Bring these entries of the index in line with the site: index, replace or remove."""
    if indexing.update(keys) or attempt > RETRIES:
        return
    # Elasticsearch did not answer: try again later, waiting longer each time.
    if not default_task_backend.supports_defer:
        logger.warning("Search index: %d entries not sent to Elasticsearch.", len(keys))
        return
    later = timezone.now() + datetime.timedelta(minutes=2**attempt)
    update_entries.using(run_after=later).enqueue(keys, attempt + 1)
