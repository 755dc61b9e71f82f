import re

import pytest

from resources.models import CaseStudyPage, Institution
from tests.factories.resources import approve, request_changes

PROPOSAL = {
    "title": "Wikidata for a small archive",
    "summary": "We linked 3,000 records to Wikidata in a year, part time.",
    "institution_name": "Archives of Kraków",
    "institution_city": "Kraków",
    "institution_country": "PL",
    "year_start": "2023",
    "year_end": "2024",
    "project_status": "finished",
    "audience": "Researchers",
    "budget": "none",
    "project_url": "archives.example.org/wikidata",
    "context": "Our records were invisible.\n\nNobody found them <script>alert(1)</script>.",
    "approach": "OpenRefine, then QuickStatements.",
    "results": "",
    "lessons": "Start with people, not places.",
    "tags": "wikidata, linked open data",
    "language": "en",
    "licence": "cc-by-4.0",
}


def field_error(html, field):
    match = re.search(rf'<div class="field__errors" id="id_{field}_error">(.*?)</div>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split()) if match else None


def test_anonymous_visitors_are_asked_to_sign_in_to_propose(client, db):
    response = client.get("/library/propose/")

    assert response["Location"] == "/accounts/login/?next=/library/propose/"


def test_a_member_proposes_a_case_study_that_waits_for_the_editors(client, member):
    client.force_login(member)

    html = client.post("/library/propose/", PROPOSAL).content.decode()

    page = CaseStudyPage.objects.get()
    draft = page.get_latest_revision_as_object()
    assert "Thank you for your proposal" in html
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
    assert [author.profile for author in draft.authors.all()] == [member.profile]
    assert draft.institution.name == "Archives of Kraków"
    assert draft.project_url == "https://archives.example.org/wikidata"
    assert [block.value["kind"] for block in draft.body] == ["context", "approach", "lessons"]
    assert str(draft.body[0].value["text"]) == (
        "<p>Our records were invisible.</p><p>Nobody found them &lt;script&gt;alert(1)&lt;/script&gt;.</p>"
    )
    assert client.get("/library/").content.decode().count("Wikidata for a small archive") == 0


def test_a_proposal_reuses_a_known_institution(client, member):
    Institution.objects.create(name="Archives of Kraków", city="Kraków", country="PL")
    client.force_login(member)

    client.post("/library/propose/", {**PROPOSAL, "institution_name": "archives of kraków"})

    assert Institution.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"year_end": "2020"}, "year_end", "The last year cannot come before the first."),
        (
            {"year_start": "1066"},
            "year_start",
            "Ensure this value is greater than or equal to 1990.",
        ),
        ({"project_url": "javascript:alert(1)"}, "project_url", "Enter a valid URL."),
        (
            {"institution_country": "XX"},
            "institution_country",
            "Select a valid choice. XX is not one of the available choices.",
        ),
        ({"lessons": "  "}, "lessons", "This field is required."),
        (
            {"summary": "x" * 1001},
            "summary",
            "Ensure this value has at most 1000 characters (it has 1001).",
        ),
    ],
)
def test_proposal_errors_stand_next_to_the_field_and_keep_the_text(
    client, member, changes, field, error
):
    client.force_login(member)

    html = client.post("/library/propose/", {**PROPOSAL, **changes}).content.decode()

    assert field_error(html, field) == error
    assert "OpenRefine, then QuickStatements.</textarea>" in html
    assert not CaseStudyPage.objects.exists()


def test_the_proposer_hears_when_the_case_study_is_published(client, member, editor, mailoutbox):
    client.force_login(member)
    client.post("/library/propose/", PROPOSAL)
    page = CaseStudyPage.objects.get()

    approve(page, editor)

    mails = [mail for mail in mailoutbox if mail.to == [member.email]]
    assert [mail.subject for mail in mails] == [
        "[Vitrine] Your case study is published: Wikidata for a small archive"
    ]
    assert page.full_url in mails[0].body


def test_the_proposer_hears_why_a_case_study_waits(client, member, editor, mailoutbox):
    client.force_login(member)
    client.post("/library/propose/", PROPOSAL)

    request_changes(CaseStudyPage.objects.get(), editor, "Add the budget, please.")

    mails = [mail for mail in mailoutbox if mail.to == [member.email]]
    assert [mail.subject for mail in mails] == [
        "[Vitrine] Your case study was not published yet: Wikidata for a small archive"
    ]
    assert "Add the budget, please." in mails[0].body
