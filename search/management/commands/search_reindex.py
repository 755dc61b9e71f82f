import sys
import time

from django.core.management.base import BaseCommand

from search import documents, indexing


class Command(BaseCommand):
    help = "Rebuild the search index from the site (on Elasticsearch: a new index, then the alias)."

    def handle(self, **options):
        expected = documents.count_all()
        started = time.monotonic()
        done = {}

        def progress(backend, count):
            done[backend] = done.get(backend, 0) + count
            if sys.stderr.isatty() or options["verbosity"] > 1:
                width = 30
                filled = width * done[backend] // max(expected, 1)
                bar = "#" * filled + "-" * (width - filled)
                self.stderr.write(f"\r{backend:>13} [{bar}] {done[backend]}/{expected}", ending="")

        indexing.rebuild(progress=progress)
        if done:
            self.stderr.write("")
        seconds = time.monotonic() - started
        self.stdout.write(f"Indexed {expected} entries in {seconds:.1f} s.")
