"""Demo discussions for `seed_demo`: threads of comments on the demo decks, case studies and
past editions of the meetup, in the voice of the demo members.

Comments are written straight to the database, not through `discussions.post_comment`: its rate
limit and first-comment review are there for live members, while the demo writes years of
comments at once. They are written with `bulk_create`, which sends no `post_save`, so the signal
that announces a new comment stays quiet and nobody gets an email about a demo comment
(`body_html` is rendered here, as `Comment.save` is not called either). The library's models are
not imported: decks and case studies are reached as `wagtailcore.Page`, and `seed_demo` passes
the slides of the demo decks, which their pages learn only once the task worker has processed
them.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.db.models import Case, DateTimeField, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from .demo import DEMO_EMAIL_DOMAIN, STAFF_LOGINS
from .demo_events import CANCELLED, EDITIONS
from .formatting import render
from .models import Comment, CommentReport, EventPage, Profile

# Shares of the demo decks and case studies with a discussion, and how many of the meetup's
# past editions (the latest) have one.
DECKS_DISCUSSED = 0.9
CASE_STUDIES_DISCUSSED = 0.8
EVENTS_DISCUSSED = 4
# Threads on a page: about its subject, and on a deck about one of its slides.
TOPIC_THREADS = {"deck": [1, 2, 2, 3], "case": [1, 2, 2, 3, 3], "event": [2, 3]}
SLIDE_THREADS = [0, 1, 1, 2]
# How often a thread is about the page in general rather than one of its tags.
GENERIC_SHARE = 0.2
# How often a written reply is left out: an unanswered question, a thread that stops early.
DROP_REPLY = 0.1
DROP_DEEP_REPLY = 0.25
# Examples for the moderation queue and for the odd corners of threads.
EDITED = 8
DELETED = 3
PENDING = 3
REPORT_REASONS = [
    (CommentReport.Reason.SPAM, "Advertising, not a question."),
    (CommentReport.Reason.SPAM, ""),
    (CommentReport.Reason.OTHER, "The same message is on three other pages."),
]


@dataclass
class Discussed:
    """A demo page, as its discussion needs it."""

    page: Page
    kind: str  # "deck", "case" or "event"
    language: str
    tags: list
    since: datetime.datetime  # when people could first talk about it
    owners: list  # who answers: the speakers, the authors, an edition's speakers
    slides: list = field(default_factory=list)  # a deck's slide titles
    city: str = ""  # an edition's city
    weeks: int | None = None  # how long people talk about it, if not until now


@dataclass
class Planned:
    """A comment decided before anything is written."""

    page_id: int
    author: Profile
    body: str
    created_at: datetime.datetime
    parent: "Planned | None" = None
    slide_number: int | None = None
    status: str = Comment.Status.PUBLISHED
    edited_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    pk: int | None = None

    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1


def seed_comments(rng, deck_slides=None, case_studies=()):
    """Threads on the demo pages; a page that already has demo comments gets none.

    `deck_slides` are the titles of each demo deck's slides, by deck title; `case_studies` the
    titles of the demo case studies. Returns how many comments were added.
    """
    now = timezone.now()
    members = commenters()
    pages = discussed_pages(deck_slides or {}, case_studies, now)
    if not members or not pages:
        return 0
    # Everything is decided for every page, whatever the database holds, so that what is drawn
    # from `rng` does not depend on an earlier run.
    planner = Planner(rng, members, now)
    planner.plan(pages)
    done = set(
        Comment.objects.filter(
            author__user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}",
            page_id__in=[page.page.pk for page in pages],
        ).values_list("page_id", flat=True)
    )
    comments = [comment for comment in planner.comments if comment.page_id not in done]
    write(comments)
    write_reports(planner.reports)
    return len(comments)


def delete_demo_comments():
    """Remove demo members' comments wherever they are, with the replies under them.

    The demo pages take their discussions with them; this runs before the demo accounts go, so
    that no comment is left without its author. Returns how many comments were deleted.
    """
    _total, by_model = Comment.objects.filter(
        author__user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}"
    ).delete()
    return by_model.get(Comment._meta.label, 0)


# Who and where -------------------------------------------------------------------------


def commenters():
    """Demo members who could post: verified, not suspended, with a profile others can see."""
    staff = [email for email, *_rest in STAFF_LOGINS]
    verified = EmailAddress.objects.filter(user=OuterRef("user"), verified=True)
    return list(
        Profile.objects.filter(
            Exists(verified),
            user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}",
            user__is_active=True,
            is_suspended=False,
        )
        .exclude(visibility=Profile.Visibility.HIDDEN)
        .exclude(user__email__in=staff)
        .exclude(display_name="")
        .exclude(city="")
        .order_by("display_name", "pk")
    )


def discussed_pages(deck_slides, case_studies, now):
    """The demo pages that may have a discussion, in a stable order."""
    kinds = {"slidedeckpage": "deck", "casestudypage": "case"}
    library = (
        Page.objects.filter(
            Q(content_type__model="slidedeckpage", title__in=list(deck_slides))
            | Q(content_type__model="casestudypage", title__in=list(case_studies)),
            content_type__app_label="resources",
        )
        .select_related("content_type")
        .order_by("content_type__model", "title", "pk")
    )
    pages = []
    for page in library:
        kind = kinds[page.content_type.model]
        # A deck waits for the task worker as a draft: its tags are in its latest revision.
        content = page.get_latest_revision_as_object() if page.latest_revision_id else page.specific
        pages.append(
            Discussed(
                page=page,
                kind=kind,
                language=content.language,
                tags=list(content.tags.names()),
                since=library_since(content, kind, now),
                owners=library_owners(page, kind),
                slides=list(deck_slides.get(page.title, [])) if kind == "deck" else [],
            )
        )
    held = [
        edition.slug
        for edition in EDITIONS
        if edition.status != CANCELLED and edition.starts_on < now.date()
    ]
    editions = EventPage.objects.filter(slug__in=held, live=True).order_by("-starts_on")
    for event in editions[:EVENTS_DISCUSSED]:
        speakers = Profile.objects.filter(
            session_speakers__session__event=event,
            user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}",
        )
        pages.append(
            Discussed(
                page=event,
                kind="event",
                language="en",
                tags=list(event.tags.names()),
                since=min(at_noon(event.ends_on), now - datetime.timedelta(days=45)),
                owners=list(speakers.distinct().order_by("display_name", "pk")),
                city=event.city,
                # People talk about a meetup in the weeks after it.
                weeks=8,
            )
        )
    return pages


def at_noon(day):
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=datetime.UTC)


def library_since(content, kind, now):
    """After the talk was given, or after the project (or its first year)."""
    if kind == "case":
        since = at_noon(datetime.date(content.year_end or content.year_start, 3, 1))
    elif content.session_id:
        since = at_noon(content.session.day)
    elif content.event_id:
        since = at_noon(content.event.ends_on)
    else:
        since = content.first_published_at or now
    # Something recent still has a few weeks of discussion.
    return min(since, now - datetime.timedelta(days=45))


def library_owners(page, kind):
    """A deck's speakers (its uploader first of all); a case study's authors who are members."""
    if kind == "deck":
        found = Q(user_id=page.owner_id) | Q(slide_decks=page.pk)
    else:
        found = Q(case_study_authorships__page=page.pk)
    return list(Profile.objects.filter(found).distinct().order_by("display_name", "pk"))


def first_name(profile):
    return profile.name.split()[0]


# Planning ------------------------------------------------------------------------------


class Planner:
    """Decides every comment, its author and its date, drawing only from `rng`."""

    def __init__(self, rng, members, now):
        self.rng = rng
        self.now = now
        self.members = members
        self.french = [member for member in members if "fr" in (member.languages or [])]
        # A few members say a lot, most say a little.
        self.weights = {member.pk: rng.choice([1, 1, 1, 2, 2, 3, 6]) for member in members}
        self.usage = Counter()
        self.seen = defaultdict(set)  # threads used on each page
        self.texts = defaultdict(set)  # comments written on each page
        self.comments = []
        self.reports = []
        self.quiet = set()

    def plan(self, pages):
        # New members, whose first comments wait for review: nothing else of theirs shows.
        answering = {owner.pk for page in pages for owner in page.owners}
        candidates = [
            member
            for member in self.members
            if not member.is_trusted and member.pk not in answering
        ]
        newcomers = self.rng.sample(candidates, min(PENDING, len(candidates)))
        # And someone from an agency, whose first comment is an advert.
        candidates = [member for member in candidates if member not in newcomers]
        agencies = [member for member in candidates if "studio" in member.organisation.lower()]
        advertiser = self.rng.choice(agencies or candidates) if candidates else None
        self.quiet = {member.pk for member in [*newcomers, advertiser] if member}
        for page in pages:
            self.plan_page(page)
        published = [comment for comment in self.comments if comment.status == "published"]
        self.mark_deleted(published)
        self.mark_edited(published)
        # Only on English pages: the new members were not chosen for their languages.
        talked_about = {comment.page_id for comment in self.comments}
        english = [
            page
            for page in pages
            if page.language == "en" and page.kind != "event" and page.page.pk in talked_about
        ]
        if english:
            for newcomer in newcomers:
                self.add_pending(self.rng.choice(english), newcomer)
            if advertiser:
                self.add_reported(self.rng.choice(english), advertiser)

    def plan_page(self, page):
        rng = self.rng
        # Drawn for every page, so that a page left without discussion shifts nothing.
        count = rng.choice(TOPIC_THREADS[page.kind])
        about_slides = rng.choice(SLIDE_THREADS) if page.kind == "deck" else 0
        left_out = {"deck": 1 - DECKS_DISCUSSED, "case": 1 - CASE_STUDIES_DISCUSSED}
        if rng.random() < left_out.get(page.kind, 0):
            return
        for _ in range(count):
            if thread := self.pick(page, self.sources(page)):
                self.plan_thread(page, thread)
        # The first slide is the title slide.
        slides = range(2, len(page.slides) + 1)
        numbers = rng.sample(slides, min(about_slides, len(slides)))
        for number in sorted(numbers):
            pool = SLIDE_THREADS_FR if page.language == "fr" else SLIDE_THREADS_EN
            if thread := self.pick(page, [pool]):
                self.plan_thread(page, thread, number)

    def sources(self, page):
        """The pools a thread on this page comes from, the page's first tags most often."""
        if page.kind == "event":
            return [EVENT_THREADS]
        french = page.language == "fr"
        by_tag = TAG_THREADS_FR if french else TAG_THREADS
        generic = {
            ("deck", False): DECK_THREADS,
            ("deck", True): DECK_THREADS_FR,
            ("case", False): CASE_THREADS,
            ("case", True): CASE_THREADS_FR,
        }[page.kind, french]
        tagged = [
            (by_tag[tag], 3 if n == 0 else 2 if n == 1 else 1)
            for n, tag in enumerate(page.tags)
            if tag in by_tag
        ]
        if not tagged or self.rng.random() < GENERIC_SHARE:
            return [generic]
        pools, weights = zip(*tagged, strict=True)
        return [self.rng.choices(pools, weights=weights)[0], *pools, generic]

    def pick(self, page, pools):
        """The least used thread of the first pool with one not yet on this page."""
        seen = self.seen[page.page.pk]
        for pool in pools:
            fresh = [thread for thread in pool if id(thread) not in seen]
            if fresh:
                least = min(self.usage[id(thread)] for thread in fresh)
                thread = self.rng.choice([t for t in fresh if self.usage[id(t)] == least])
                self.usage[id(thread)] += 1
                seen.add(id(thread))
                return thread
        return None

    def plan_thread(self, page, thread, slide_number=None):
        owner = self.rng.choice(page.owners) if page.owners else None
        asker = self.someone(page, {member.pk for member in page.owners})
        slide = page.slides[slide_number - 1] if slide_number else ""
        people = {"asker": asker, "owner": owner}
        self.plan_comment(page, thread, None, self.start(page), people, slide, slide_number)

    def plan_comment(self, page, node, parent, when, people, slide, slide_number=None):
        role, text, replies = node
        if parent is not None:
            dropped = DROP_REPLY if parent.depth == 0 else DROP_DEEP_REPLY
            if self.rng.random() < dropped:
                return
        if role == "other again":
            author = people.get("other")
        elif role == "other":
            taken = {person.pk for person in people.values() if person is not None}
            author = self.someone(page, taken | {owner.pk for owner in page.owners})
            people = {**people, "other": author}
        else:
            author = people[role]
        if author is None:
            return
        body = text.format(
            city=author.city,
            to=first_name(parent.author) if parent else "",
            slide=slide,
            event_city=page.city,
        )
        if body in self.texts[page.page.pk]:
            return
        self.texts[page.page.pk].add(body)
        comment = Planned(
            page_id=page.page.pk,
            author=author,
            body=body,
            created_at=when,
            parent=parent,
            slide_number=slide_number,
        )
        self.comments.append(comment)
        for reply in replies:
            self.plan_comment(page, reply, comment, self.later(comment.created_at), people, slide)
        return comment

    def someone(self, page, taken):
        """A member to speak, more often the talkative ones; French speakers on French pages."""
        pool = self.french if page.language == "fr" and self.french else self.members
        pool = [member for member in pool if member.pk not in taken and member.pk not in self.quiet]
        if not pool:
            return None
        return self.rng.choices(pool, weights=[self.weights[member.pk] for member in pool])[0]

    def start(self, page):
        """When a thread opens: any time since the page's subject, more often early on."""
        span = self.now - datetime.timedelta(days=3) - page.since
        if page.weeks is not None:
            span = min(span, datetime.timedelta(weeks=page.weeks))
        moment = page.since + span * self.rng.random() ** 1.4
        return moment.replace(
            hour=self.rng.randint(7, 21),
            minute=self.rng.randint(0, 59),
            second=self.rng.randint(0, 59),
        )

    def later(self, moment):
        """When a reply comes: within the hour, or a few days later."""
        minutes = self.rng.choice([25, 90, 240, 600, 1500, 4000]) * self.rng.uniform(0.5, 1.5)
        later = moment + datetime.timedelta(minutes=minutes)
        if later.hour < 7:
            # People answer in the morning, not in the middle of the night.
            later = later.replace(hour=self.rng.randint(7, 9))
        latest = self.now - datetime.timedelta(minutes=5)
        return min(later, max(latest, moment + datetime.timedelta(minutes=2)))

    # The odd corners

    def mark_deleted(self, published):
        """Opening comments their authors deleted: the replies keep them, as a placeholder."""
        replies = defaultdict(list)
        for comment in self.comments:
            if comment.parent is not None:
                replies[id(comment.parent)].append(comment)
        answered = [
            comment for comment in published if comment.parent is None and replies[id(comment)]
        ]
        chosen, pages = [], set()
        for comment in self.rng.sample(answered, len(answered)):
            if comment.page_id not in pages and len(chosen) < DELETED:
                chosen.append(comment)
                pages.add(comment.page_id)
        for comment in chosen:
            last = comment.created_at
            stack = list(replies[id(comment)])
            while stack:
                reply = stack.pop()
                last = max(last, reply.created_at)
                stack.extend(replies[id(reply)])
            delay = datetime.timedelta(hours=self.rng.uniform(2, 200))
            comment.deleted_at = min(last + delay, self.now)
            # What deleting does: the text goes, the place in the thread stays.
            comment.body = ""
            published.remove(comment)

    def mark_edited(self, published):
        """A few comments corrected by their authors soon after posting."""
        for comment in self.rng.sample(published, min(EDITED, len(published))):
            minutes = self.rng.uniform(1, 12)
            comment.edited_at = comment.created_at + datetime.timedelta(minutes=minutes)

    def add_pending(self, page, newcomer):
        """A new member's first comment, waiting for an editor: an opening question."""
        thread = self.pick(page, self.sources(page))
        if thread is None:
            return
        _role, text, _replies = thread
        hours = self.rng.uniform(3, 120)
        self.comments.append(
            Planned(
                page_id=page.page.pk,
                author=newcomer,
                body=text.format(city=newcomer.city, to="", slide="", event_city=""),
                created_at=self.now - datetime.timedelta(hours=hours),
                status=Comment.Status.PENDING,
            )
        )

    def add_reported(self, page, author):
        """Advertising that three members reported, which hid it until an editor decides."""
        site = slugify(author.organisation or author.name)
        comment = Planned(
            page_id=page.page.pk,
            author=author,
            body=SPAM.format(site=site),
            created_at=self.now - datetime.timedelta(hours=self.rng.uniform(30, 100)),
            status=Comment.Status.HIDDEN,
        )
        self.comments.append(comment)
        taken = {author.pk} | self.quiet
        reporters = self.rng.sample(
            [m for m in self.members if m.pk not in taken], len(REPORT_REASONS)
        )
        for reporter, (reason, details) in zip(reporters, REPORT_REASONS, strict=True):
            hours = self.rng.uniform(1, 20)
            when = comment.created_at + datetime.timedelta(hours=hours)
            self.reports.append((comment, reporter, reason, details, when))


# Writing -------------------------------------------------------------------------------


def write(comments):
    """Write the comments, replies after what they answer, then give each its date.

    A reply's id is always higher than its parent's, as with comments posted one by one;
    `created_at` is set by the database on insert, hence the update.
    """
    for depth in sorted({comment.depth for comment in comments}):
        level = [comment for comment in comments if comment.depth == depth]
        rows = Comment.objects.bulk_create(
            Comment(
                page_id=comment.page_id,
                author=comment.author,
                parent_id=comment.parent.pk if comment.parent else None,
                body=comment.body,
                body_html=render(comment.body),
                slide_number=comment.slide_number,
                status=comment.status,
                edited_at=comment.edited_at,
                deleted_at=comment.deleted_at,
            )
            for comment in level
        )
        for comment, row in zip(level, rows, strict=True):
            comment.pk = row.pk
    if comments:
        Comment.objects.filter(pk__in=[comment.pk for comment in comments]).update(
            created_at=dated(comments)
        )


def write_reports(reports):
    reports = [report for report in reports if report[0].pk is not None]
    rows = CommentReport.objects.bulk_create(
        CommentReport(comment_id=comment.pk, reporter=reporter, reason=reason, details=details)
        for comment, reporter, reason, details, _when in reports
    )
    dates = [(row, when) for row, (*_report, when) in zip(rows, reports, strict=True)]
    if dates:
        CommentReport.objects.filter(pk__in=[row.pk for row, _when in dates]).update(
            created_at=Case(
                *[When(pk=row.pk, then=Value(when)) for row, when in dates],
                output_field=DateTimeField(),
            )
        )


def dated(comments):
    return Case(
        *[When(pk=comment.pk, then=Value(comment.created_at)) for comment in comments],
        output_field=DateTimeField(),
    )


# What the members say --------------------------------------------------------------------
#
# A thread is the comment that opens it and the replies under it, each said by a role: `ask`
# opens it and `again` is the same member later, `answer` is the page's speaker or author (on an
# edition, one of its speakers), `other` another member and `other_again` that member later. Texts may use {city} (where the one
# speaking works), {to} (the first name of the member replied to), {slide} (the title of the
# slide a comment is about) and {event_city}.


def ask(text, *replies):
    return ("asker", text, replies)


def again(text, *replies):
    return ("asker", text, replies)


def answer(text, *replies):
    return ("owner", text, replies)


def other(text, *replies):
    return ("other", text, replies)


def other_again(text, *replies):
    return ("other again", text, replies)


SPAM = (
    "Great content! We built a platform that does all of this for you: live tours, captions and "
    "analytics in one dashboard. **30% off for Vitrine members** this month, book a free demo: "
    "[{site}.example.net/vitrine](https://{site}.example.net/vitrine)"
)

# Threads about a tag of the page, in English.
TAG_THREADS = {
    "instagram": [
        ask(
            "How do you handle DMs? Ours fill up with questions about opening hours and nobody owns the inbox.",
            answer(
                "One person checks them twice a day, and we saved a dozen quick replies in the app: hours, tickets, accessibility, lost property. That covers most of it.",
                again("Quick replies, of course. Setting them up tomorrow, thanks {to}."),
            ),
        ),
        ask(
            "Did the changes to the algorithm hurt your reach? Our posts dropped by a third last year and we never worked out why.",
            answer(
                "A bit. What held up were posts people *save*: practical ones, like a route through the galleries. We post far fewer single pictures now."
            ),
            other("Same in {city}: carousels still do fine for us, single images much less."),
        ),
        ask(
            "Who approves a post before it goes out? We have three curators who all want a say.",
            answer(
                "Nobody, for everyday posts: we agree the topics of the month with the curators, then the team writes and posts. Curators only review posts about loans and acquisitions.",
                again(
                    "That monthly agreement is the trick, I think. Ours review every caption and it takes days.",
                    answer(
                        "It took us a year to get there. Start with the one curator who already trusts you."
                    ),
                ),
            ),
        ),
        ask(
            "Do you add alt text to every post? Instagram hides the field so well that we forget half the time.",
            answer(
                "Every post, written with the caption, not after. It's on our checklist next to the hashtags."
            ),
        ),
    ],
    "live streaming": [
        ask(
            "What did the gimbal cost, and would you buy the same one again?",
            answer(
                "About 120 euros. Yes, but get one that holds the phone upright without an adapter: ours needs one and it slips."
            ),
            other(
                "We skipped the gimbal in {city} and use a small tripod on wheels. Steadier, and cheaper."
            ),
        ),
        ask(
            "Did you caption the replays? We never found the time and I suspect we lose half the audience.",
            answer(
                "The replays, yes: the automatic captions plus a quick pass to fix names and dates. About twenty minutes for a half-hour live.",
                again(
                    "Twenty minutes is nothing. We'll do the same from now on.",
                    answer(
                        "One tip: fix them before you share the replay. The first day brings most of the views."
                    ),
                ),
            ),
        ),
        ask(
            "How is the mobile signal in your galleries? Half our rooms are behind stone walls.",
            answer(
                "Bad in two rooms. We test every room the day before, and for those two we put a 4G router on a trolley. Tell your IT people first: ours wanted to know."
            ),
        ),
        ask(
            "We tried live tours in {city}; moderation was the hard part. One person cannot host and read the comments at the same time.",
            answer(
                "Agreed: the moderator is the second most important person, after the host. Ours also pins the links and answers the questions the host can't take live."
            ),
            other(
                "We give the moderator a list of likely questions with short answers before we start. It helps a lot."
            ),
        ),
        ask(
            "How long do you keep replays online? We were warned that music in the background can get them taken down.",
            answer(
                "For good, unless something goes wrong. We never play music during a live for exactly that reason: the replay gets muted."
            ),
        ),
    ],
    "social media": [
        ask(
            "How many hours a week does this take, honestly?",
            answer(
                "Around twelve hours for the whole team, replies included. Planning the week on Monday saves the most time.",
                again(
                    "Thanks, that helps me make the case to my director.",
                    answer("Good luck! Bring the numbers of replies: directors like those."),
                ),
            ),
        ),
        ask(
            "Which platforms did you drop, if any? We're on six and it's too many.",
            answer(
                "We stopped posting on X and kept the others. Nothing bad happened. Look at where your replies come from, not where your followers are."
            ),
            other(
                "We closed our Pinterest account in {city} last year. Nobody noticed, including us."
            ),
        ),
        ask(
            "How do you show that any of this works? Our director asks for follower numbers and I'd rather show something else.",
            answer(
                "We report three things each quarter:\n\n- saves\n- replies\n- clicks to the ticket page\n\nFollowers are in the appendix."
            ),
        ),
        ask(
            "Do you use a scheduling tool, or post by hand?",
            answer(
                "A scheduling tool for the feed, by hand for stories. Stories posted on the day just look more alive."
            ),
            other(
                "We use the free plan of a scheduler in {city} and it's enough for two accounts."
            ),
        ),
        ask(
            "How do you deal with angry comments about the entrance fee? We get them under every post.",
            answer(
                "One friendly answer with the free days and the discounts, then we leave it. We never argue twice in the same thread."
            ),
        ),
        ask(
            "Did your curators ever post themselves? We'd love that, but they are shy.",
            answer(
                "Two of them host a short video once a month. We film, they talk. Start with the one who already chats with visitors in the galleries.",
                again("Good idea: we have one of those."),
            ),
        ),
    ],
    "editorial charter": [
        ask(
            "Could you share the charter itself? Even with the names taken out it would help a lot.",
            answer(
                "Here is the public version: [our editorial charter](https://example.org/charter.pdf). The moderation part is the one people reuse most.",
                other("Thank you {to}, we adapted the moderation part for our own team in {city}."),
            ),
        ),
        ask(
            "How did you get the director to sign it off?",
            answer(
                "We didn't ask for approval of the whole thing. We asked about the *what we never post* part, which they cared about, and the rest came with it."
            ),
        ),
        ask(
            "Does the charter say anything about humour? Our team can't agree whether memes are fine for a museum.",
            answer(
                "One line: *humour yes, at nobody's expense*. Memes are fine when the object is the joke, never the visitor.",
                again("That line is going on our wall."),
            ),
        ),
        ask(
            "How often do you update it?",
            answer(
                "Once a year, in January, in a one-hour meeting. Most years we change two or three lines."
            ),
        ),
    ],
    "community management": [
        ask(
            "Do you answer comments at the weekend? We feel we should, but there are only two of us.",
            answer(
                "No, and we say so in the bio: *we answer Monday to Friday*. Complaints so far: none."
            ),
            other("We do a quick check on Sunday evenings, for urgent things only. Ten minutes."),
        ),
        ask(
            "Where do you draw the line between hiding a comment and leaving it?",
            answer(
                "We hide insults, spam and personal details. Criticism stays, even harsh criticism, and gets an answer."
            ),
        ),
        ask(
            "How do you hand over when someone is on holiday? Our followers know one voice and notice when it changes.",
            answer(
                "We sign replies with initials, so people learn there is a team. Handovers are a shared document listing the open conversations.",
                again("Initials, so simple. Thank you {to}."),
            ),
        ),
        ask(
            "We tried a Facebook group in {city}; after six months only five people posted. Any idea what keeps a group alive?",
            answer(
                "A question every week that people can answer from their own memories. And reply to every post in the first months, even with one line."
            ),
        ),
    ],
    "small museums": [
        ask(
            "How many people work on this? From the outside it looks like a big team.",
            answer(
                "One person, three days a week, plus a volunteer on Thursdays. The rest is planning.",
                again("Good to hear. That's our size too."),
            ),
        ),
        ask(
            "What did it cost in the end, in money?",
            answer(
                "Almost nothing: about 300 euros for a microphone and a tripod, and a subscription we already paid for. The real cost is time."
            ),
        ),
        ask(
            "How did you convince your board? Ours thinks digital work is for big museums.",
            answer(
                "We showed them three small museums nearby that already do it, and one number: the visitors who found us online last summer."
            ),
            other(
                "Showing them a neighbour's museum works every time with our board in {city} too."
            ),
        ),
    ],
    "digital strategy": [
        ask(
            "How long did it take from a first draft to something the whole team agreed on?",
            answer(
                "Four months, with two workshops. The first draft was ten pages; the one everyone agreed on fits on one."
            ),
        ),
        ask(
            "Who owns the strategy now? In our museum, everything digital lands on one person.",
            answer(
                "The director signs it, and each department owns one line of it. I only keep the list up to date.",
                again(
                    "Each department owning a line: that's what we are missing.",
                    answer(
                        "Start with the departments that already ask you for things. They will want their line.",
                        again("Ha. That's all of them."),
                    ),
                ),
            ),
        ),
        ask(
            "Did you write down what you *stopped* doing? That's the part I find hardest.",
            answer(
                "Yes, a short list at the end: what we stopped, and why. It's the part people read first."
            ),
            other(
                "We call it the *not doing* list in {city}. It has saved us from a museum app twice."
            ),
        ),
        ask(
            "How do you check that the strategy is still right a year later?",
            answer(
                "A one-hour review every January: what we did, what we dropped, what changed around us. It usually changes two lines."
            ),
        ),
        ask(
            "Was IT part of this from the start? Ours joined late and it cost us.",
            answer(
                "From the first workshop. They knew which systems were coming to an end, and that shaped half of it."
            ),
        ),
    ],
    "digital storytelling": [
        ask(
            "Who wrote the stories: curators, your team, or someone from outside?",
            answer(
                "Our team wrote them and curators checked the facts. When curators wrote, the texts were right and nobody read them to the end.",
                again("Ha, that sounds familiar. Thank you!"),
            ),
        ),
        ask(
            "How long is each chapter? We keep arguing about whether people read long texts online.",
            answer(
                "About 300 words per chapter, one image per screen. People read long stories when each step is short."
            ),
        ),
        ask(
            "Do you know how many people get to the end of a story?",
            answer(
                "Roughly a third, on the longer ones. We measure who scrolls to the last chapter, nothing fancier."
            ),
            other("A third is good. We see about 20% in {city}."),
        ),
    ],
    "user experience": [
        ask(
            "How did you recruit the people you tested with?",
            answer(
                "A note at the ticket desk and a line in our newsletter. We offered a coffee and a catalogue; eight people came for five slots."
            ),
        ),
        ask(
            "What was the most surprising thing people did during the tests?",
            answer(
                "Nobody used the main menu. They scrolled, then searched. We moved the search box to the top the week after."
            ),
            other("Same in {city}: we spent weeks on a menu that nobody opens."),
        ),
        ask(
            "Did you test on phones too? Most of our visitors arrive on one.",
            answer(
                "Phones first, since 70% of visits come from them. Desktop came last and needed fewer changes."
            ),
        ),
        ask(
            "Do you have a test script you could share?",
            answer(
                "Yes, a short one: [our test script](https://example.org/test-script). Three tasks and two questions, no more.",
                again("Thank you, very kind."),
            ),
        ),
    ],
    "accessibility": [
        ask(
            "Did you work with disabled visitors directly, or through an organisation?",
            answer(
                "Both: a local association found the people, and we paid them as experts for their time. That last part matters.",
                again(
                    "Paying people as experts: noted, thank you.",
                    answer(
                        "The association can tell you the usual rate. Ours was what we pay a freelance trainer."
                    ),
                ),
            ),
        ),
        ask(
            "Which tools do you use to check pages? We only know the browser extensions.",
            answer(
                "The browser extensions first, then a screen reader (NVDA, which is free) on every new template. Tools find about a third of the problems."
            ),
        ),
        ask(
            "How did you get it into the budget? In every project we start, accessibility gets cut at the end.",
            answer(
                "We stopped making it a separate line. It's in the brief, in the contract and in the acceptance tests, so it can't be cut without cutting the project."
            ),
        ),
        ask(
            "Did you aim for [WCAG 2.2](https://www.w3.org/TR/WCAG22/) level AA, or set your own target?",
            answer(
                "AA as the target, with a public list of the exceptions we know about and when we'll fix them. Being honest about the exceptions helped more than the score."
            ),
        ),
    ],
    "audiences": [
        ask(
            "How did you decide who this was for? We always end up writing *everyone*.",
            answer(
                "We picked one group we already see a lot and wanted to keep: families with children under ten. Everyone else is a bonus."
            ),
        ),
        ask(
            "Did you ask visitors before you started, or after?",
            answer(
                "Before, with a short survey at the exit. Twenty questions was too many: we cut it to five and got three times the answers."
            ),
            other("Five questions is our rule in {city} too."),
        ),
        ask(
            "Has this changed who comes to the museum, or only who follows you online?",
            answer(
                "Mostly online, honestly. But our ticket data shows more first-time visitors under 30 since we started."
            ),
        ),
    ],
    "visitor experience": [
        ask(
            "How do you deal with visitors who don't want anything digital in the galleries?",
            answer(
                "Everything digital is optional and the labels work without it. We hear that complaint much less now."
            ),
        ),
        ask(
            "What happens when the technology breaks during opening hours?",
            answer(
                "Front-of-house staff have a one-page guide: restart it, and if that fails, put up the *out of order* sign. We fix things the next morning.",
                again("A one-page guide for the front desk: good idea."),
            ),
        ),
        ask(
            "Did the front-of-house team get training for this?",
            answer("Two hours, with the devices in their hands. Visitors ask them, not us."),
            other("Training the front desk is the step we forgot in {city}. Never again."),
        ),
    ],
    "digitisation": [
        ask(
            "What did you use for photography: a copy stand, a scanner, or a camera on a tripod?",
            answer(
                "A copy stand with a full-frame camera and two LED panels, about 4,000 euros for the lot. A flatbed scanner for small documents."
            ),
        ),
        ask(
            "How did you name the files? We have three naming schemes from three projects.",
            answer(
                "Inventory number, then a sequence: `INV-1234_001.tif`. Everything else goes in the metadata, never in the file name.",
                again("Painful but right. Thank you."),
            ),
        ),
        ask(
            "How many items a day did you manage, on average?",
            answer(
                "About 120 a day for flat items, 30 for objects that need turning. The metadata took longer than the photography."
            ),
        ),
    ],
    "young audiences": [
        ask(
            "How did you find young people willing to take part?",
            answer(
                "Through two schools and a youth centre. The youth centre worked best: nobody was there for a grade."
            ),
        ),
        ask(
            "Did you pay the teenagers?",
            answer(
                "Yes, in vouchers, plus a certificate for their CV. It changed how seriously everyone took it, us included."
            ),
            other("We paid ours in {city} too. Worth every euro."),
        ),
        ask(
            "How did you handle consent for under-18s?",
            answer(
                "A consent form for parents in plain language, and nobody under 16 shows their face. We checked it with our data protection officer first."
            ),
        ),
    ],
    "websites": [
        ask(
            "Which CMS did you end up with?",
            answer(
                "An open-source one, built by a small local agency. We wanted something our team could edit without calling anyone."
            ),
        ),
        ask(
            "How long did the whole project take, from brief to launch?",
            answer(
                "Fourteen months. The content took longer than the build: plan for that.",
                again("*The content takes longer than the build*: I'll quote you on that."),
            ),
        ),
        ask(
            "What did you do with the old pages? We have 2,000 of them and nobody knows what's in there.",
            answer(
                "We kept 300, merged 200 and redirected the rest. Most had had no visits in three years."
            ),
        ),
    ],
    "open access": [
        ask(
            "Did releasing the images change your image sales?",
            answer(
                "They were small already. They dropped by about a quarter, and orders for prints stayed the same."
            ),
            other(
                "Ours in {city} went *up* after the release: people found the images, then ordered prints."
            ),
        ),
        ask(
            "How did you deal with works whose rights were unclear?",
            answer(
                "We left them out of the first release and listed them. A second release followed a year later, once the rights were checked."
            ),
        ),
        ask(
            "Did anyone use the images in a way you didn't like?",
            answer(
                "A few tacky products, nothing worse. That's part of the deal with CC0, and we said so from the start."
            ),
        ),
    ],
    "in-gallery digital": [
        ask(
            "How do you keep the devices charged and clean?",
            answer(
                "A charging cabinet by the desk, and wipes. One person checks them at opening and at closing time."
            ),
        ),
        ask(
            "What is the maintenance budget per year?",
            answer(
                "About 15% of what it cost to build, every year. We only learned that after the first year.",
                again("15% a year: a useful number for our grant application, thank you."),
            ),
        ),
        ask(
            "Did you consider visitors' own phones instead of devices?",
            answer(
                "Yes, and we do both now: own phones for most people, a few devices at the desk for those who'd rather not use theirs."
            ),
        ),
    ],
    "analytics": [
        ask(
            "Which analytics tool do you use? We're moving away from the big one for privacy reasons.",
            answer(
                "A privacy-friendly one that needs no cookie banner. We lost some detail and we don't miss it."
            ),
        ),
        ask(
            "How often do you look at the numbers? I check every day and I know it's too often.",
            answer("Once a month, in a one-page report. Daily numbers only made us nervous."),
            other("Same in {city}. The monthly report is the only one anyone reads."),
        ),
        ask(
            "If you could only keep one number, which would it be?",
            answer(
                "On social media, saves. On the website, people who reach a collection page from a search engine."
            ),
        ),
    ],
    "volunteering": [
        ask(
            "How did you keep volunteers motivated after the first weeks?",
            answer(
                "A short email every Friday with what was done that week, and a name or two. People came back to see their names."
            ),
        ),
        ask(
            "How did you check the quality of what volunteers entered?",
            answer(
                "Every record is seen by two people. Where they disagree, a member of staff decides: about 5% of records.",
                again("Two people per record. That answers our board's main worry, thank you."),
            ),
        ),
        ask(
            "Which platform did the volunteers work on?",
            answer(
                "[Zooniverse](https://www.zooniverse.org/) for the first project, our own forms for the second. Zooniverse brought volunteers we would never have found ourselves."
            ),
        ),
    ],
    "ethics": [
        ask(
            "Who decided in the end: a committee, or the director?",
            answer(
                "A small group: two curators, someone from the learning team, me, and two people from outside the museum. The director signed it off."
            ),
        ),
        ask(
            "How did you explain the decision to visitors?",
            answer(
                "On a page of its own, in plain language, with a contact address. A few people wrote in; most were glad we asked the question at all."
            ),
        ),
        ask(
            "Did you write your reasoning down somewhere we could read it?",
            answer(
                "Yes, here: [our notes](https://example.org/ethics-notes). Borrow whatever helps.",
                other("This is useful for our own discussions in {city}, thank you."),
            ),
        ),
    ],
    "linked open data": [
        ask(
            "Which vocabulary did you use for object types? We're torn between the Getty AAT and our own thesaurus.",
            answer(
                "The [Getty AAT](https://www.getty.edu/research/tools/vocabularies/aat/) where it fits, our own terms where it doesn't, and the two linked. Don't wait for a perfect match."
            ),
        ),
        ask(
            "Did anyone actually use the data once it was published?",
            answer(
                "Wikipedia editors, two researchers and one artist so far. Small numbers, but each brought a correction or a new link."
            ),
        ),
        ask(
            "How much of this needed a developer?",
            answer(
                "The matching needed one for two months. Now the team keeps it up with [OpenRefine](https://openrefine.org/) and a spreadsheet.",
                again("OpenRefine again. I really need to learn it."),
            ),
        ),
    ],
    "short video": [
        ask(
            "Do you only film vertically now?",
            answer("Yes. When we need a horizontal version we crop it, never the other way round."),
        ),
        ask(
            "How long does one video take, from idea to posting?",
            answer(
                "About three hours: one to plan, one to film, one to edit. The first ones took a whole day."
            ),
            other("Three hours sounds right. We're at about four in {city}."),
        ),
        ask(
            "Do you burn the captions into the video or use the app's captions?",
            answer(
                "The app's captions, corrected by hand. Burned-in captions look nicer, but the app covers them with its buttons."
            ),
        ),
    ],
    "evaluation": [
        ask(
            "Do you evaluate every project, or only the big ones?",
            answer(
                "Every project gets a one-page review. The big ones get a proper evaluation with visitor research."
            ),
        ),
        ask(
            "Who writes the evaluation: the project team or someone else?",
            answer(
                "Someone outside the project team, always. It doesn't have to be an expensive consultant: a colleague from another department does it well.",
                again("A colleague from another department: that we can afford."),
            ),
        ),
        ask(
            "How do you set targets before a project starts? Ours are always guesses.",
            answer(
                "Ours are guesses too, but written down before we start. The point is to compare, not to be right."
            ),
        ),
    ],
    "ticketing": [
        ask(
            "Did you keep a desk for people who can't or won't book online?",
            answer(
                "Yes, always. About 15% still buy at the desk, mostly older visitors and groups."
            ),
        ),
        ask(
            "What happened with no-shows once tickets were timed?",
            answer(
                "Around 10% for free tickets, 3% for paid ones. We overbook the free slots a little."
            ),
            other("We see the same gap in {city}. Even a one-euro fee changes it."),
        ),
        ask(
            "How did you choose the ticketing provider?",
            answer(
                "Three demos, then a test week with real visitors. We chose the best checkout on a phone, not the longest list of features."
            ),
        ),
    ],
    "crm": [
        ask(
            "How did you clean the old contact lists before importing them?",
            answer(
                "Badly, at first. Then one list at a time: remove duplicate emails, and delete anyone without a record of consent."
            ),
        ),
        ask(
            "Who owns the CRM now? In our museum everybody wants the data and nobody wants to keep it clean.",
            answer(
                "One person in visitor services, half time. Without that, it goes back to nine lists within a year.",
                again("Half a post for keeping the data clean: that's the argument I needed."),
            ),
        ),
        ask(
            "Did the staff actually start using it?",
            answer(
                "The box office on day one, the learning team after six months, the curators never. That's fine."
            ),
        ),
    ],
    "licensing": [
        ask(
            "Why CC0 rather than CC BY? Our lawyers insist on attribution.",
            answer(
                "We *ask* for attribution, we don't require it. With CC0 nobody has to check anything before using an image, and that's the point."
            ),
            other(
                "We went for CC BY in {city} and regret it: people don't reuse the images because they aren't sure how to credit them."
            ),
        ),
        ask(
            "How did you label images with unclear rights?",
            answer(
                "With the [rightsstatements.org](https://rightsstatements.org/) labels. They say what we know, which is sometimes *we don't know*."
            ),
        ),
    ],
    "video": [
        ask(
            "Which microphone do you use? Sound is always our weak point.",
            answer(
                "A pair of wireless clip-on microphones, about 200 euros. People forgive a shaky picture, not bad sound."
            ),
        ),
        ask(
            "Do you edit on a computer or on the phone?",
            answer(
                "On the phone for short things, on a laptop with free software for anything longer than two minutes.",
                again("Good to know the free tools are enough."),
            ),
        ),
    ],
    "wikidata": [
        ask(
            "How did the Wikidata community react to a museum adding so many items?",
            answer(
                "Well, because we asked on the project page first and started with a small batch. One editor helped us fix our first mistakes."
            ),
        ),
        ask(
            "Did you create items for everyone, or only match existing ones?",
            answer(
                "Match first, create only when we had a source. About 60% matched; we created the rest, each with at least one reference."
            ),
            other("We're about to do the same in {city}. Good to see real numbers."),
        ),
    ],
    "audience research": [
        ask(
            "How did you analyse the interviews? We have hours of recordings and no idea where to start.",
            answer(
                "Sticky notes, honestly. One quote per note, then we grouped them on a wall with the team. Two afternoons.",
                again("Sticky notes it is. Thank you {to}."),
            ),
        ),
        ask(
            "Were ten interviews enough?",
            answer(
                "To find the big problems, yes: after the seventh we heard nothing new. For numbers you need a survey."
            ),
        ),
    ],
    "artificial intelligence": [
        ask(
            "Which model did you use, and where does the data go?",
            answer(
                "We tested three and chose one we could use under a contract that keeps our data in the EU. That ruled out most of the easy options."
            ),
        ),
        ask(
            "How did the staff feel about it? Ours worry about their jobs.",
            answer(
                "Worried at first. It helped that the tool only drafts and a person decides. Nobody's work went away; some of it got faster."
            ),
            other(
                "Same fears in {city}. Saying clearly what the tool does *not* do helped us too."
            ),
        ),
        ask(
            "How much did it cost per item?",
            answer(
                "Less than a cent per item for the drafts. The human review is the real cost, and it should be."
            ),
        ),
    ],
    "augmented reality": [
        ask(
            "Did people actually point their phones at things, or did they give up?",
            answer(
                "About half tried and a third finished. Most of those who gave up got stuck on the camera permission."
            ),
        ),
        ask(
            "Web AR or an app? We've been told nobody downloads museum apps.",
            answer(
                "Web AR, for exactly that reason: a QR code and it opens in the browser. Less fancy, but people use it.",
                again("That settles our discussion. Thank you."),
            ),
        ),
    ],
    "tiktok": [
        ask(
            "Who appears in the videos? Our staff are shy.",
            answer(
                "Volunteers at first, then staff joined once they saw it was fun. Nobody has to appear: some film, some bring ideas."
            ),
        ),
        ask(
            "How do you handle the comments? TikTok comments can be rough.",
            answer(
                "We reply to the funny ones and leave the rest. Insults get hidden. It's less rough than we feared."
            ),
        ),
        ask(
            "Did TikTok bring anyone to the museum, or only views?",
            answer(
                "We ask at the desk *how did you hear about us?* TikTok went from nothing to about 5% of the answers in a year, mostly people under 25.",
                other("5% is more than I expected. Thanks for measuring it."),
            ),
        ),
    ],
    "newsletters": [
        ask(
            "What's your open rate, and how do you count it now that mail apps hide opens?",
            answer(
                "We stopped trusting opens. We look at clicks instead: about 6%, steady for two years."
            ),
        ),
        ask(
            "How long does one issue take to write?",
            answer(
                "Half a day, once a month. The object of the month does the work: one story, three links.",
                again("Half a day is doable, even for us."),
            ),
        ),
    ],
    "podcasts": [
        ask(
            "What did you record with? We're looking at microphones.",
            answer(
                "Two USB microphones, about 100 euros each, in a quiet office with a rug on the floor."
            ),
        ),
        ask(
            "How do you know who listens?",
            answer(
                "Not very well. The host gives us plays per episode; the nicest signal is people mentioning it at the desk."
            ),
            other("Same in {city}: the best feedback comes through the front desk."),
        ),
        ask(
            "Did you transcribe the episodes?",
            answer(
                "Every one, on the website. It's the part search engines find, and deaf and hard-of-hearing listeners asked for it."
            ),
        ),
    ],
    "games": [
        ask(
            "How long did players take, on average?",
            answer("About 50 minutes for a group of four. We had planned for 40."),
        ),
        ask(
            "How did you test the puzzles before opening?",
            answer(
                "Three test groups: colleagues, a school class, and friends of friends. The school class broke everything in ten minutes.",
                again("School classes are the best testers. Thanks!"),
            ),
        ),
    ],
    "chatbots": [
        ask(
            "What made you switch it off in the end?",
            answer(
                "It answered questions about opening hours well and everything else badly, and people asked everything else. A clear FAQ page does the job better."
            ),
        ),
        ask(
            "Did you keep the questions people asked the bot?",
            answer(
                "A year of them. They became our FAQ and changed our contact page: the most useful part of the whole project.",
                other("What a good way to reuse a project that didn't work."),
            ),
        ),
    ],
    "sustainability": [
        ask(
            "How did you measure the footprint? Every tool gives a different number.",
            answer(
                "We picked one tool and stuck to it, to compare before and after. The trend matters more than the absolute number."
            ),
        ),
        ask(
            "What made the biggest difference?",
            answer(
                "Images: resizing them properly and serving modern formats. That alone took off more than half the weight.",
                again("Images, as always. Thanks {to}."),
            ),
        ),
    ],
    "seo": [
        ask(
            "Did you change the titles of thousands of pages by hand?",
            answer(
                "No: a template builds the title from the object's name, its maker and its date. We rewrote the 200 most visited by hand."
            ),
        ),
        ask(
            "How long before you saw a change in search traffic?",
            answer(
                "About three months. Then visits from search engines to collection pages doubled over a year."
            ),
            other("Three months matches what we saw in {city}."),
        ),
    ],
    "virtual reality": [
        ask(
            "How do you handle hygiene with the headsets?",
            answer(
                "Disposable face covers, and wipes between visitors. It slows the queue, so plan a person for it."
            ),
        ),
        ask(
            "How long is the experience? Our queue got out of hand at ten minutes.",
            answer(
                "Six minutes. We cut it from twelve after the first week, for exactly that reason.",
                again("Six minutes: noted."),
            ),
        ),
    ],
    "collections online": [
        ask(
            "How many records are online now, and how many of them have an image?",
            answer(
                "About 60,000 records, 40% of them with an image. We publish records without images too: people search for them anyway."
            ),
        ),
        ask(
            "Did you put the records online as they were, or clean them first?",
            answer(
                "As they were, with a note saying the data is a work in progress. Waiting for clean data means waiting forever."
            ),
            other(
                "We made the same decision in {city}. Corrections from the public came in quickly.",
                answer(
                    "How many a month, roughly? We get about forty.",
                    other_again(
                        "About the same, and a few hundred after a newspaper wrote about us."
                    ),
                ),
            ),
        ),
        ask(
            "How do you handle corrections sent by the public?",
            answer(
                "A *suggest a correction* link on every record goes to a shared inbox. A registrar goes through it every week."
            ),
        ),
        ask(
            "Which collection management system do you export from?",
            answer(
                "An old one, with a nightly export to a search index. We never publish straight from the system."
            ),
        ),
        ask(
            "Do you have an API, or only the website?",
            answer(
                "An open API came later, and a full data dump every year. The dump gets used more than the API.",
                again("Interesting, the dump more than the API. Thank you."),
            ),
        ),
        ask(
            "How did you write object descriptions for people who aren't specialists?",
            answer(
                "One short line in plain language on top, the catalogue text below it. The short line gets read, the long one gets quoted."
            ),
        ),
    ],
}

# Threads about any deck, in English.
DECK_THREADS = [
    ask(
        "Is there a recording of the talk somewhere?",
        answer(
            "Not of this one, sorry. The slides carry most of it, and I'm happy to answer questions here."
        ),
    ),
    ask(
        "Thanks for sharing the slides. Could you list the sources you mentioned at the end?",
        answer(
            "Here they are:\n\n- the talks archive of the [Museum Computer Network](https://mcn.edu/)\n- the [MuseumNext](https://www.museumnext.com/) articles on the subject\n- our own project notes, on request"
        ),
    ),
    ask(
        "One of the most practical talks of the day. What would you do differently if you started again?",
        answer(
            "Start smaller, and measure from the first week. We spent months without numbers and then had nothing to compare with."
        ),
    ),
    ask(
        "I missed this session at the meetup. May I reuse a few slides in an internal presentation, with credit?",
        answer(
            "Of course, that's what the licence is for. Credit and a link back to this page are plenty."
        ),
    ),
    ask(
        "Would you give this talk again online, for a small network of museums? We meet every two months.",
        answer("Happy to. Send me a message through my profile and we'll find a date."),
    ),
    ask(
        "This talk came up in our team meeting today in {city}: two colleagues want to try the same thing. Can we ask you more questions later?",
        answer("Any time, here or by message."),
    ),
    ask(
        "Is there an update? It's been a while since this talk and I'd love to know how it went on.",
        answer(
            "It's still going, with a smaller team. I'll write it up as a case study this year."
        ),
        other("Seconded, I'd read that case study."),
    ),
]

# Threads about any case study, in English.
CASE_THREADS = [
    ask(
        "Thank you for writing this up so honestly, especially the parts that didn't work.",
        answer(
            "Thank you. The failures are the useful part for others: it felt wrong to leave them out."
        ),
    ),
    ask(
        "Is the project still running today?",
        answer("Yes, at a smaller scale. It's part of everyday work now rather than a project."),
    ),
    ask(
        "What would you tell a museum half your size that wants to try this?",
        answer(
            "Do one part of it, and do it well. We would have done half as much and finished earlier."
        ),
    ),
    ask(
        "Was this paid for by a grant, or from the regular budget?",
        answer(
            "A regional grant for the first year, then the regular budget. The grant paid for equipment, not for time."
        ),
        other(
            "Same pattern in {city}. Time is never funded.",
            answer(
                "Which is why we now ask for a part-time post in every application, not only for equipment.",
                other_again("Good idea. Has it worked?", answer("Twice out of three times.")),
            ),
        ),
    ),
    ask(
        "Could you share the brief you wrote for this? We're writing ours now in {city}.",
        answer(
            "Here it is, with the names taken out: [project brief](https://example.org/project-brief). Use whatever helps.",
            again("Thank you {to}, this saves us weeks."),
        ),
    ),
    ask(
        "Who else in the museum took part? It reads as if the digital team did everything.",
        answer(
            "Curators for the content, front-of-house for feedback, the director for the budget. The digital team held it together, that's all."
        ),
    ),
]

# Threads about one slide of a deck, in English.
SLIDE_THREADS_EN = [
    ask(
        "This slide sums it up. Printing it for our office wall.",
        answer("Ha, thank you! Tell me whether it survives the next team meeting."),
    ),
    ask(
        "Could you say more about *{slide}*? We're at exactly that point in {city}.",
        answer(
            "The short version: we didn't solve it in one go. We fixed what bothered visitors most, then the next thing. Message me if you want to talk it through."
        ),
    ),
    ask(
        "*{slide}*: how long did this step take you?",
        answer(
            "A few weeks, on and off. It's the step we most underestimated.",
            again("Good to know. We had planned one week, so we're adjusting now."),
        ),
    ),
    ask(
        "Is this slide about how things were before the changes, or after?",
        answer("After. The *before* picture was much messier; I spared you that one."),
    ),
    ask(
        "May I reuse this slide in a training session, with credit?",
        answer("Yes, please do. The licence allows it, and a link back here is all I ask."),
    ),
    ask(
        "This is where the talk clicked for me. We do the exact opposite in {city}.",
        answer(
            "You're not the only ones: we did the opposite for years. Tell us how it goes if you try."
        ),
        other("Same here. This slide started a long discussion in our team."),
    ),
    ask(
        "Is *{slide}* still how you work, or has it changed since?",
        answer("Still how we work, with small changes every year."),
    ),
    ask(
        "We spent half an hour on this slide in our team meeting. One question came up: who decided in the end?",
        answer("The director signed it off, but on a proposal from the team. That order mattered."),
    ),
    ask(
        "I'd add one thing to *{slide}*: talk to the front-of-house team early. They know what visitors ask.",
        answer("Fully agree. They joined in the second month; I should have said so on the slide."),
    ),
    ask(
        "Thanks for this slide in particular. We had the same problem and never put a name to it.",
        answer("Naming it was half the work for us too."),
    ),
]

# Threads about a past edition of the meetup.
EVENT_THREADS = [
    ask(
        "Thank you to the organisers and the volunteers in {event_city}. My favourite Vitrine so far.",
        other("Agreed. The lightning talks were the highlight for me."),
    ),
    ask(
        "Were the sessions recorded?",
        answer(
            "Not this year, but many of us speakers uploaded our slides to the library: they are linked from the programme.",
            again("Found them, thank you."),
        ),
    ),
    ask(
        "Does anyone remember the name of the tool shown in the afternoon workshop? I didn't write it down.",
        other("I think it was OpenRefine. The workshop slides should be in the library soon."),
    ),
    ask(
        "For next year: could the lunch break be longer? The best conversations were cut short.",
        other("+1. Half of the meetup happens in the corridor."),
    ),
    ask(
        "Anyone from around {event_city} who'd like to keep talking about the topics of the day? A small local group could be nice.",
        other("Yes! Send me a message through my profile."),
        answer("Count me in. A lunch every two months would be a good start."),
    ),
    ask(
        "The step-free entrance and the quiet room worked well. Thank you for thinking about them.",
        other("The quiet room saved my afternoon. More meetups should have one."),
    ),
    ask(
        "My first meetup. I was nervous about coming alone and it was fine: people talk to you. Recommended.",
        answer("Welcome! It was good to meet you at the coffee break."),
        other("See you next year, then!"),
    ),
]

# Threads about a tag of the page, in French (for pages in French).
TAG_THREADS_FR = {
    "social media": [
        ask(
            "Combien d'heures par semaine cela vous prend-il, honnêtement ?",
            answer(
                "Environ dix heures pour l'équipe, réponses comprises. Préparer la semaine le lundi fait gagner le plus de temps.",
                again("Merci, ça m'aide à convaincre ma direction."),
            ),
        ),
        ask(
            "Avez-vous abandonné des réseaux en route ? Nous sommes sur cinq et c'est trop.",
            answer(
                "Nous avons quitté X et personne ne l'a remarqué. Regardez d'où viennent les réponses, pas les abonnés."
            ),
            other(
                "Pareil à {city} : nous avons fermé notre compte Pinterest l'an dernier, sans regret."
            ),
        ),
    ],
    "editorial charter": [
        ask(
            "Pourriez-vous partager la charte, même sans les noms ?",
            answer(
                "Voici la version publique : [notre charte](https://example.org/charte.pdf). La partie sur la modération est la plus reprise.",
                other("Merci {to}, nous l'avons adaptée pour notre équipe à {city}."),
            ),
        ),
        ask(
            "Comment avez-vous obtenu l'accord de la direction ?",
            answer(
                "Nous n'avons pas demandé de valider le tout, seulement la partie *ce que nous ne publions jamais*. Le reste a suivi."
            ),
        ),
    ],
    "community management": [
        ask(
            "Vous répondez le week-end ? Nous ne sommes que deux.",
            answer(
                "Non, et c'est écrit dans la bio : *nous répondons du lundi au vendredi*. Aucune plainte jusqu'ici."
            ),
        ),
        ask(
            "Où mettez-vous la limite entre masquer un commentaire et le laisser ?",
            answer(
                "Nous masquons les insultes, le spam et les données personnelles. Les critiques restent, même dures, et reçoivent une réponse.",
                again("Clair et simple, merci."),
            ),
        ),
    ],
    "small museums": [
        ask(
            "Combien de personnes travaillent là-dessus ? De l'extérieur, on dirait une grande équipe.",
            answer(
                "Une personne, trois jours par semaine, et une bénévole le jeudi. Tout le reste, c'est de l'organisation.",
                again("Ça me rassure : nous avons la même taille."),
            ),
        ),
        ask(
            "Combien cela a-t-il coûté, au final ?",
            answer(
                "Presque rien en argent : un micro, un trépied et un abonnement que nous avions déjà. Le vrai coût, c'est le temps."
            ),
        ),
        ask(
            "Comment avez-vous convaincu les élus ? Chez nous, le numérique, c'est pour les grands musées.",
            answer(
                "Nous leur avons montré trois petits musées voisins qui le font déjà, et un chiffre : les visiteurs qui nous ont trouvés en ligne l'été dernier."
            ),
            other("Montrer le musée d'à côté, ça marche à chaque fois à {city} aussi."),
        ),
    ],
    "digital strategy": [
        ask(
            "Combien de temps entre le premier brouillon et une version acceptée par toute l'équipe ?",
            answer(
                "Quatre mois et deux ateliers. Le premier brouillon faisait dix pages ; la version finale tient sur une."
            ),
        ),
        ask(
            "Avez-vous écrit ce que vous avez *arrêté* de faire ?",
            answer(
                "Oui, une courte liste à la fin, avec les raisons. C'est la partie que les gens lisent en premier."
            ),
            other(
                "À {city}, on l'appelle la liste des *on ne fait pas*. Elle nous a évité une application mobile."
            ),
        ),
    ],
    "newsletters": [
        ask(
            "Quel est votre taux d'ouverture ? Et comment le mesurez-vous, maintenant que les messageries masquent les ouvertures ?",
            answer(
                "Nous ne regardons plus les ouvertures, seulement les clics : autour de 6 %, stable depuis deux ans."
            ),
        ),
        ask(
            "Combien de temps pour écrire un numéro ?",
            answer(
                "Une demi-journée par mois. L'objet du mois fait tout le travail : une histoire, trois liens.",
                again("Une demi-journée, c'est faisable, même pour nous."),
            ),
        ),
    ],
    "chatbots": [
        ask(
            "Qu'est-ce qui vous a décidés à dire non, au final ?",
            answer(
                "Les réponses inventées. Sur vingt questions de test, quatre réponses étaient fausses, et dites avec assurance. Pour un musée, c'est trop."
            ),
        ),
        ask(
            "Avez-vous gardé les questions posées pendant les tests ?",
            answer(
                "Oui, et elles sont devenues notre FAQ. C'est finalement la partie la plus utile du projet.",
                other("Belle façon de réutiliser un projet abandonné."),
            ),
        ),
    ],
    "artificial intelligence": [
        ask(
            "Où vont les données ? C'est la première question de notre délégué à la protection des données.",
            answer(
                "C'était aussi la nôtre. Aucun outil testé ne garantissait un hébergement en Europe à un prix raisonnable : c'est une des raisons du refus."
            ),
        ),
        ask(
            "Comment l'équipe a-t-elle vécu la décision ?",
            answer(
                "Avec soulagement, surtout à l'accueil. Mais nous reposerons la question dans deux ans."
            ),
        ),
    ],
    "ethics": [
        ask(
            "Qui a décidé, au final : un comité ou la direction ?",
            answer(
                "Un petit groupe : deux conservateurs, la médiation, moi, et deux personnes extérieures au musée. La direction a validé."
            ),
        ),
        ask(
            "Avez-vous publié votre raisonnement quelque part ?",
            answer(
                "Oui, ici : [nos notes](https://example.org/notes-ethique). Prenez ce qui vous sert.",
                other("Très utile pour nos discussions à {city}, merci."),
            ),
        ),
    ],
    "digital storytelling": [
        ask(
            "Qui a écrit les récits : les conservateurs, votre équipe, ou quelqu'un d'extérieur ?",
            answer(
                "Notre équipe a écrit, les conservateurs ont vérifié. Quand les conservateurs écrivaient, c'était juste, mais personne ne lisait jusqu'au bout.",
                again("Ça me parle. Merci !"),
            ),
        ),
        ask(
            "Quelle longueur pour chaque chapitre ?",
            answer(
                "Environ 300 mots, avec une image par écran. Les gens lisent longtemps si chaque étape est courte."
            ),
        ),
    ],
    "collections online": [
        ask(
            "Combien de notices sont en ligne aujourd'hui ?",
            answer(
                "Environ 12 000, dont un tiers avec une image. Nous publions aussi les notices sans image : elles sont cherchées quand même."
            ),
        ),
        ask(
            "Comment traitez-vous les corrections envoyées par le public ?",
            answer(
                "Un lien *proposer une correction* sur chaque notice, vers une boîte partagée. Une régisseuse les traite chaque semaine.",
                again("Simple et efficace, merci."),
            ),
        ),
        ask(
            "Avez-vous mis les notices en ligne telles quelles, ou après les avoir reprises ?",
            answer(
                "Telles quelles, avec une mention : données en cours de reprise. Attendre des données propres, c'est attendre toujours."
            ),
        ),
    ],
    "audiences": [
        ask(
            "Comment avez-vous choisi le public visé ? Nous finissons toujours par écrire *tout le monde*.",
            answer(
                "Nous avons choisi un groupe que nous voyons déjà beaucoup et que nous voulions garder. Les autres, c'est du bonus."
            ),
        ),
        ask(
            "Avez-vous interrogé les visiteurs avant de commencer ?",
            answer(
                "Oui, avec un questionnaire de cinq questions à la sortie. Au-delà, personne ne répond."
            ),
            other("Cinq questions, c'est aussi notre règle à {city}."),
        ),
    ],
    "accessibility": [
        ask(
            "L'audit, vous l'avez fait en interne ou avec un prestataire ?",
            answer(
                "Avec un prestataire pour l'audit, en interne pour les corrections. Le rapport d'audit est devenu notre liste de tâches."
            ),
        ),
        ask(
            "Avez-vous testé avec des personnes handicapées, en plus de l'audit ?",
            answer(
                "Oui, avec une association locale, et nous avons rémunéré les testeurs comme des experts. Ils ont trouvé des problèmes que l'audit avait manqués.",
                again("Les rémunérer comme des experts : c'est noté, merci."),
            ),
        ),
    ],
    "websites": [
        ask(
            "Combien de temps a pris le projet, du cahier des charges à la mise en ligne ?",
            answer(
                "Quatorze mois. Les contenus ont pris plus de temps que le développement : prévoyez-le."
            ),
        ),
        ask(
            "Qu'avez-vous fait des anciennes pages ?",
            answer(
                "Nous en avons gardé 300, fusionné 200 et redirigé le reste. La plupart n'avaient eu aucune visite en trois ans."
            ),
        ),
    ],
    "user experience": [
        ask(
            "Comment avez-vous recruté les personnes pour les tests ?",
            answer(
                "Une affichette à l'accueil et un mot dans la lettre d'information. Un café et un catalogue offerts : huit personnes pour cinq créneaux."
            ),
        ),
    ],
    "evaluation": [
        ask(
            "Comment fixez-vous des objectifs avant de commencer ? Les nôtres sont toujours au doigt mouillé.",
            answer(
                "Les nôtres aussi, mais ils sont écrits avant le début. Le but est de comparer, pas d'avoir raison."
            ),
        ),
    ],
    "ticketing": [
        ask(
            "Comment avez-vous réparti les recettes entre les trois musées ?",
            answer(
                "Au prorata des entrées, avec un petit forfait pour chacun. La convention a pris plus de temps que la technique.",
                again("C'est toujours la convention qui prend le plus de temps. Merci !"),
            ),
        ),
    ],
    "crm": [
        ask(
            "Qui s'occupe de la base de contacts au quotidien ?",
            answer(
                "Une personne de l'accueil, à mi-temps sur ce sujet. Sans elle, on revient aux tableurs en un an."
            ),
        ),
    ],
    "virtual reality": [
        ask(
            "Combien de casques, et comment gérez-vous l'attente ?",
            answer(
                "Quatre casques et des créneaux à réserver à l'accueil. L'expérience dure sept minutes : au-delà, la file devient ingérable."
            ),
        ),
        ask(
            "Et l'hygiène des casques ?",
            answer(
                "Protections jetables et lingettes entre chaque visiteur. Il faut une personne pour ça : prévoyez-la dans le budget."
            ),
        ),
    ],
    "visitor experience": [
        ask(
            "Et quand la technique tombe en panne pendant les heures d'ouverture ?",
            answer(
                "L'accueil a une fiche d'une page : redémarrer, sinon afficher *hors service*. Nous réparons le lendemain matin."
            ),
        ),
    ],
    "in-gallery digital": [
        ask(
            "Quel budget de maintenance par an ?",
            answer(
                "Environ 15 % du coût de départ, chaque année. Nous l'avons appris après la première année."
            ),
        ),
    ],
}

# Threads about any deck, in French.
DECK_THREADS_FR = [
    ask(
        "Merci pour les diapositives. Y a-t-il un enregistrement de l'intervention ?",
        answer(
            "Pas cette fois, hélas. L'essentiel est dans les diapositives, et je réponds volontiers ici."
        ),
    ),
    ask(
        "Peut-on reprendre quelques diapositives pour une présentation interne, en citant la source ?",
        answer(
            "Bien sûr, la licence est faite pour ça. La source et un lien vers cette page suffisent."
        ),
    ),
    ask(
        "Que feriez-vous différemment si c'était à refaire ?",
        answer(
            "Commencer plus petit, et mesurer dès la première semaine. Nous avons passé des mois sans chiffres, puis impossible de comparer."
        ),
    ),
]

# Threads about any case study, in French.
CASE_THREADS_FR = [
    ask(
        "Merci pour ce retour d'expérience honnête, surtout sur ce qui n'a pas marché.",
        answer("Merci ! Les échecs sont la partie la plus utile pour les autres."),
    ),
    ask(
        "Le projet continue aujourd'hui ?",
        answer(
            "Oui, à plus petite échelle. Ce n'est plus un projet, c'est le travail de tous les jours."
        ),
    ),
    ask(
        "Que conseilleriez-vous à un musée deux fois plus petit que le vôtre ?",
        answer(
            "Faire une seule partie, mais bien. Nous aurions dû en faire moitié moins, et finir plus tôt."
        ),
    ),
    ask(
        "C'était financé par une subvention ou sur le budget courant ?",
        answer(
            "Une subvention régionale la première année, puis le budget courant. La subvention a payé le matériel, pas le temps."
        ),
        other(
            "Même schéma chez nous à {city}. Le temps n'est jamais financé.",
            answer(
                "D'où notre règle : dans chaque dossier, nous demandons aussi un mi-temps, pas seulement du matériel.",
                other_again("Et ça marche ?", answer("Deux fois sur trois.")),
            ),
        ),
    ),
]

# Threads about one slide of a deck, in French.
SLIDE_THREADS_FR = [
    ask(
        "Cette diapositive résume tout. Je l'imprime pour le bureau.",
        answer("Merci ! Dites-moi si elle survit à la prochaine réunion d'équipe."),
    ),
    ask(
        "Pourriez-vous en dire plus sur *{slide}* ? Nous en sommes exactement là, à {city}.",
        answer(
            "En bref : nous n'avons pas tout réglé d'un coup. Nous avons commencé par ce qui gênait le plus les visiteurs. Écrivez-moi si vous voulez en parler."
        ),
    ),
    ask(
        "*{slide}* : combien de temps a pris cette étape ?",
        answer(
            "Quelques semaines, par petits bouts. C'est l'étape que nous avions le plus sous-estimée.",
            again("Bon à savoir, nous avions prévu une semaine."),
        ),
    ),
    ask(
        "Peut-on réutiliser cette diapositive en formation, en citant la source ?",
        answer("Oui, avec plaisir. La licence le permet."),
    ),
]
