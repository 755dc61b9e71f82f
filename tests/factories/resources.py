from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from resources import services
from resources.demo_files import make_pdf
from tests.factories.files import SLIDES


def pdf_upload(tmp_path, name="talk.pdf", slides=SLIDES):
    path = make_pdf(Path(tmp_path) / name, [(title, lines) for title, lines, _notes in slides])
    return SimpleUploadedFile(name, path.read_bytes(), content_type="application/pdf")


def uploaded_deck(owner, tmp_path, title="Instagram live at the Museo Egizio", **fields):
    """A deck uploaded through the service: with immediate tasks, already processed."""
    deck = services.upload_deck(owner=owner, upload=pdf_upload(tmp_path), title=title, **fields)
    deck.refresh_from_db()
    return deck


def approve(deck, editor):
    """Approve a deck in the editors' workflow, as the admin's Approve button does."""
    workflow_state = deck.current_workflow_state
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "approve")
    deck.refresh_from_db()
    return deck


def request_changes(deck, editor, comment):
    workflow_state = deck.current_workflow_state
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "reject", comment=comment)
    deck.refresh_from_db()
    return deck


def institution(**fields):
    from resources.models import Institution

    defaults = {
        "name": "Museo Egizio",
        "city": "Turin",
        "country": "IT",
        "kind": "archaeology",
        "size": "large",
    }
    fields = {**defaults, **fields}
    return Institution.objects.get_or_create(name=fields.pop("name"), defaults=fields)[0]


def case_study(*, title="Instagram live tours in Turin", live=True, tags=(), decks=(), **fields):
    """A case study under the library, published unless live=False."""
    page = services.create_case_study(
        title=title,
        summary=fields.pop("summary", "A weekly live tour run by two people with one phone."),
        institution=fields.pop("institution", None) or institution(),
        year_start=fields.pop("year_start", 2021),
        body=fields.pop(
            "body",
            [
                (
                    "section",
                    {"kind": "context", "heading": "", "text": "<p>Closed galleries in 2021.</p>"},
                ),
                (
                    "section",
                    {"kind": "lessons", "heading": "", "text": "<p>Rehearse the first minute.</p>"},
                ),
                (
                    "quote",
                    {
                        "quote": "Replays mattered more than the live.",
                        "attribution": "Giulia Romano",
                    },
                ),
            ],
        ),
        authors=fields.pop("authors", [{"name": "Giulia Romano", "role": "Social media editor"}]),
        tags=tags,
        decks=decks,
        publish=live,
        **fields,
    )
    page.refresh_from_db()
    return page
