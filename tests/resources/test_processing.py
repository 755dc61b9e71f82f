import re
from pathlib import Path

import pytest
from PIL import Image

from resources import processing
from resources.demo_files import make_odp, make_pdf, make_pptx
from resources.processing import DeckRejected, Limits
from tests.factories.files import (
    SLIDES,
    make_big_pdf,
    make_encrypted_pdf,
    make_executable,
    make_pdf_without_pages,
    make_zip_bomb,
)

LIMITS = Limits()


def process(path, extension, tmp_path, limits=LIMITS):
    return processing.process_file(path, extension, tmp_path / "work", limits)


def test_pdf_becomes_slide_images_and_text(tmp_path):
    pdf = make_pdf(tmp_path / "talk.pdf", [(title, lines) for title, lines, _notes in SLIDES])

    kind, rendered_pdf, slides = process(pdf, "pdf", tmp_path)

    assert (kind, rendered_pdf) == ("pdf", pdf)
    assert [slide.number for slide in slides] == [1, 2, 3]
    assert slides[1].text == "What we measured\nPeak viewers: 340\nReplays in a week: 2,100"
    assert [slide.notes for slide in slides] == ["", "", ""]
    with Image.open(slides[0].large) as large, Image.open(slides[0].thumbnail) as thumbnail:
        assert (large.format, large.size) == ("JPEG", (1280, 720))
        assert (thumbnail.format, thumbnail.size) == ("JPEG", (320, 180))
    assert (slides[0].width, slides[0].height) == (1280, 720)


@pytest.mark.parametrize(("maker", "extension"), [(make_pptx, "pptx"), (make_odp, "odp")])
def test_presentations_are_converted_with_their_speaker_notes(tmp_path, maker, extension):
    source = maker(tmp_path / f"talk.{extension}", SLIDES)

    kind, pdf, slides = process(source, extension, tmp_path)

    assert kind == extension
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert len(slides) == 3
    assert "Peak viewers: 340" in slides[1].text
    assert [slide.notes for slide in slides] == [
        "Start with the set-up.",
        "Replays matter more than live.",
        "",
    ]
    with Image.open(slides[2].large) as image:
        assert image.width == 1280


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda path: path.write_bytes(b""), "empty.pdf", "The file is empty."),
        (make_executable, "slides.pdf", "This is not a PDF, PPTX or ODP file."),
        (make_executable, "slides.pptx", "This is not a PDF, PPTX or ODP file."),
        (make_encrypted_pdf, "secret.pdf", "The PDF is protected by a password."),
        (make_pdf_without_pages, "blank.pdf", "The PDF is damaged or empty: it cannot be opened."),
        (make_zip_bomb, "bomb.pptx", "The file unpacks to far more data than a presentation holds"),
        (
            lambda path: path.write_bytes(b"PK\x03\x04 truncated"),
            "broken.odp",
            "The file is damaged",
        ),
        (
            lambda path: path.write_bytes(b"%PDF-1.4\n garbage"),
            "broken.pdf",
            "The PDF is damaged or empty",
        ),
        (
            lambda path: path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512),
            "locked.pptx",
            "This is a password-protected PowerPoint file or an old .ppt file.",
        ),
        (
            lambda path: make_pdf(path, [("A", [])]),
            "renamed.pptx",
            "The file is named .pptx but it is a PDF file.",
        ),
        (lambda path: make_pdf(path, [("A", [])]), "slides.key", "Upload a PDF, PPTX or ODP file."),
    ],
)
def test_bad_files_are_refused_with_a_clear_reason(tmp_path, make, name, reason):
    path = tmp_path / name
    make(path)

    with pytest.raises(DeckRejected) as refusal:
        process(path, Path(name).suffix, tmp_path)

    assert str(refusal.value).startswith(reason)


def test_a_zip_that_is_no_presentation_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "photos.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"not really")

    with pytest.raises(
        DeckRejected,
        match=re.escape("This is a ZIP file, not a PowerPoint or OpenDocument presentation."),
    ):
        process(path, "pptx", tmp_path)


def test_oversized_files_are_refused_before_they_are_read(tmp_path):
    path = make_big_pdf(tmp_path / "big.pdf", 3)

    with pytest.raises(DeckRejected, match=re.escape("The file is 0.0 MB; the limit is 0 MB.")):
        process(path, "pdf", tmp_path, Limits(max_bytes=100))


def test_decks_over_the_slide_limit_are_refused(tmp_path):
    path = make_big_pdf(tmp_path / "long.pdf", 12)

    with pytest.raises(DeckRejected, match=re.escape("The deck has 12 slides; the limit is 10.")):
        process(path, "pdf", tmp_path, Limits(max_slides=10))


def test_a_conversion_that_hangs_is_stopped(tmp_path):
    source = make_pptx(tmp_path / "talk.pptx", SLIDES)

    with pytest.raises(DeckRejected, match="took longer than 0 seconds"):
        processing.convert_to_pdf(source, tmp_path / "work", Limits(conversion_timeout=0))


def test_the_converter_profile_disables_macros(tmp_path):
    processing.write_locked_down_profile(tmp_path / "profile")

    registry = (tmp_path / "profile" / "user" / "registrymodifications.xcu").read_text()

    assert (
        '<prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop>'
        in registry
    )
    assert '<prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop>' in registry


def test_slide_text_is_normalised(tmp_path):
    assert processing.normalise_text("  Open\u00a0access \r\n\r\n  collections\t online \x00") == (
        "Open access\ncollections online"
    )
