from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import pre_migrate


def create_cache_table(using, **kwargs):
    # The database cache needs its table before the first migration runs: saving the
    # default site and pages empties the page cache, which writes to it. Created at every
    # migrate, so that `migrate` alone prepares a new database. A no-op for other caches.
    call_command("createcachetable", database=using, verbosity=0)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site chrome"

    def ready(self):
        pre_migrate.connect(create_cache_table, sender=self, dispatch_uid="home_create_cache_table")
        from . import page_cache

        page_cache.connect()
