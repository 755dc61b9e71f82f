"""Demo content of the home page and the site settings, for `seed_demo`."""

from wagtail.models import Site

from .models import HomePage, SiteSettings

INTRO = """
<p>Vitrine is where museum digital practitioners share what they tried, what worked and what did not.
Community managers, collections online teams, digital producers and audience researchers from
across Europe meet once a year, give short practical talks, and keep the slides here.</p>
<h2>What you will find</h2>
<ul>
<li><b>Talks and slides</b> from every yearly meetup, searchable down to the slide: live streaming on
Instagram, editorial charters for social media, open access image releases.</li>
<li><b>Case studies</b> written by the teams who ran the projects, with budgets, team sizes and the
lessons they would pass on.</li>
<li><b>People</b>: find the practitioner who already solved your problem, and ask them.</li>
</ul>
<p>Reading is open to everyone. Join to upload your slides, comment on a talk or propose a case study.</p>
"""

FOOTER = (
    "<p>Vitrine is run by and for the museum digital community. Talks and case studies belong to "
    "their authors and carry the licence they chose.</p>"
)

SOCIAL_LINKS = [
    ("mastodon", "https://museum.social/@vitrine"),
    ("bluesky", "https://bsky.app/profile/vitrine.museum"),
    ("linkedin", "https://www.linkedin.com/company/vitrine-museum-network"),
]


def seed_home_page():
    """Fill the home page and the site settings with the network's own words, once."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if isinstance(home, HomePage) and not home.intro:
        home.intro = INTRO.strip()
        home.search_description = (
            "Talks, slides and case studies shared by museum digital practitioners across Europe."
        )
        home.save_revision().publish()

    site_settings = SiteSettings.for_site(site)
    if not site_settings.footer_text:
        site_settings.footer_text = FOOTER
        site_settings.social_links = [
            ("link", {"platform": platform, "url": url}) for platform, url in SOCIAL_LINKS
        ]
        site_settings.save()
