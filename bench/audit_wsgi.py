"""What `make audit` serves: the production WSGI application, plus the media files.

In production a web server or a CDN answers /media/ (slide images, renditions, photos); the
Django application does not. The audit has no such server, so WhiteNoise answers /media/ from
MEDIA_ROOT here, looking for files on every request because renditions are written while pages
render. Everything else is the production application as gunicorn runs it.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from config.wsgi import application as site

application = WhiteNoise(site, autorefresh=True, max_age=24 * 60 * 60)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
