"""Turn an uploaded slide deck (PDF, PPTX or ODP) into slide images, slide text and speaker notes.

Plain functions on files, without models, so that the task worker runs them and the tests
call them on real generated files. Every way a file can be refused raises `DeckRejected`
with a reason written for the person who uploaded it.
"""

import os
import re
import shutil
import signal
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from defusedxml import ElementTree
from django.utils.translation import gettext as _

KINDS = ("pdf", "pptx", "odp")
ODP_MIMETYPE = b"application/vnd.oasis.opendocument.presentation"
KIND_NAMES = {"pdf": "PDF", "pptx": "PowerPoint (PPTX)", "odp": "OpenDocument (ODP)"}


class DeckRejected(Exception):
    """The file cannot become a deck; the message says why, for the uploader."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_slides: int = 300
    # What a PPTX or ODP may unpack to, and into how many parts: beyond that it is a zip bomb.
    max_unpacked_bytes: int = 1024 * 1024 * 1024
    max_zip_entries: int = 20_000
    max_compression_ratio: int = 200
    conversion_timeout: int = 120


@dataclass
class RenderedSlide:
    number: int
    text: str
    large: Path
    thumbnail: Path
    width: int
    height: int
    notes: str = ""


def check_upload(path, extension, limits):
    """Refuse what is not a PDF, PPTX or ODP of a reasonable size; return its real kind."""
    path = Path(path)
    extension = extension.lower().lstrip(".")
    size = path.stat().st_size
    if size == 0:
        raise DeckRejected(_("The file is empty."))
    if size > limits.max_bytes:
        raise DeckRejected(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": round(size / 1024 / 1024, 1), "limit": limits.max_bytes // 1024 // 1024}
        )
    if extension not in KINDS:
        raise DeckRejected(_("Upload a PDF, PPTX or ODP file."))
    kind = detect_kind(path, limits)
    if kind != extension:
        raise DeckRejected(
            _(
                "The file is named .%(extension)s but it is a %(kind)s file. "
                "Rename it, or export it again."
            )
            % {"extension": extension, "kind": KIND_NAMES[kind]}
        )
    return kind


def detect_kind(path, limits):
    """The kind of file from its bytes, whatever its name says."""
    with open(path, "rb") as file:
        head = file.read(1024)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DeckRejected(
            _(
                "This is a password-protected PowerPoint file or an old .ppt file. "
                "Remove the password, or save it as PPTX, and upload it again."
            )
        )
    if head.startswith(b"PK\x03\x04"):
        return zip_kind(path, limits)
    raise DeckRejected(_("This is not a PDF, PPTX or ODP file."))


def zip_kind(path, limits):
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            guard_against_zip_bomb(entries, limits)
            names = {entry.filename for entry in entries}
            if "ppt/presentation.xml" in names:
                return "pptx"
            if "mimetype" in names and archive.read("mimetype").strip() == ODP_MIMETYPE:
                return "odp"
    except (zipfile.BadZipFile, EOFError, OSError):
        raise DeckRejected(_("The file is damaged: it cannot be opened.")) from None
    raise DeckRejected(_("This is a ZIP file, not a PowerPoint or OpenDocument presentation."))


def guard_against_zip_bomb(entries, limits):
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries) or 1
    if (
        len(entries) > limits.max_zip_entries
        or unpacked > limits.max_unpacked_bytes
        or (unpacked > 10 * 1024 * 1024 and unpacked / packed > limits.max_compression_ratio)
    ):
        raise DeckRejected(
            _("The file unpacks to far more data than a presentation holds, so it was not opened.")
        )


def convert_to_pdf(path, workdir, limits):
    """Convert a PPTX or ODP file to PDF with LibreOffice, isolated and with a time limit."""
    path, workdir = Path(path), Path(workdir)
    profile = workdir / "libreoffice-profile"
    write_locked_down_profile(profile)
    outdir = workdir / "pdf"
    command = [
        shutil.which("soffice") or "soffice",
        "--headless",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(path),
    ]
    if network_isolation_available():
        # A presentation may link to images on other servers: no network for the converter.
        command = ["unshare", "--map-root-user", "--net", *command]
    process = subprocess.Popen(  # noqa: S603 -- fixed program, file path as one argument
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "HOME": str(workdir)},
    )
    try:
        process.communicate(timeout=limits.conversion_timeout)
    except subprocess.TimeoutExpired:
        # Kill the whole group: soffice.bin outlives its launcher otherwise.
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise DeckRejected(
            _(
                "Converting the presentation took longer than %(seconds)d seconds, "
                "so it was stopped."
            )
            % {"seconds": limits.conversion_timeout}
        ) from None
    pdf = outdir / f"{path.stem}.pdf"
    if process.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
        raise DeckRejected(
            _("The presentation could not be converted. Export it as PDF yourself and upload that.")
        )
    return pdf


def write_locked_down_profile(profile):
    """A fresh LibreOffice profile in which no macro runs and no linked content is fetched."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(LOCKED_DOWN_REGISTRY, encoding="utf-8")


def registry_item(path, name, value):
    return (
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
        f"<value>{value}</value></prop></item>"
    )


LOCKED_DOWN_REGISTRY = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
    + registry_item("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", 3)
    + registry_item(
        "/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"
    )
    + registry_item(
        "/org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"
    )
    + "\n</oor:items>\n"
)


_isolation = None


def network_isolation_available():
    global _isolation
    if _isolation is None:
        try:
            _isolation = (
                subprocess.run(
                    ["unshare", "--map-root-user", "--net", "true"],  # noqa: S607
                    capture_output=True,
                    timeout=10,
                    check=False,
                ).returncode
                == 0
            )
        except (OSError, subprocess.TimeoutExpired):
            _isolation = False
    return _isolation


def render_pdf(pdf_path, outdir, limits, *, large_width=1280, thumbnail_width=320):
    """Render every page as a large and a thumbnail JPEG, and extract its text."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        document = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError:
        # PDFium's error code is process-global and can be stale, so look for encryption ourselves.
        if b"/Encrypt" in Path(pdf_path).read_bytes():
            raise DeckRejected(
                _("The PDF is protected by a password. Save it without one and upload it again.")
            ) from None
        raise DeckRejected(_("The PDF is damaged or empty: it cannot be opened.")) from None
    try:
        count = len(document)
        if count == 0:
            raise DeckRejected(_("The PDF has no pages."))
        if count > limits.max_slides:
            raise DeckRejected(
                _("The deck has %(count)d slides; the limit is %(limit)d.")
                % {"count": count, "limit": limits.max_slides}
            )
        return [
            render_page(document, index, outdir, large_width, thumbnail_width)
            for index in range(count)
        ]
    finally:
        document.close()


def render_page(document, index, outdir, large_width, thumbnail_width):
    page = document[index]
    try:
        # Fit the width, but never let a freakishly tall page become a huge bitmap.
        scale = min(large_width / page.get_width(), 2 * large_width / page.get_height())
        image = page.render(scale=scale).to_pil().convert("RGB")
        number = index + 1
        large = outdir / f"slide-{number:03d}.jpg"
        thumbnail = outdir / f"slide-{number:03d}-thumb.jpg"
        image.save(large, "JPEG", quality=82, optimize=True, progressive=True)
        thumbnail_height = round(image.height * thumbnail_width / image.width)
        image.resize((thumbnail_width, thumbnail_height)).save(
            thumbnail, "JPEG", quality=78, optimize=True
        )
        textpage = page.get_textpage()
        try:
            text = normalise_text(textpage.get_text_bounded())
        finally:
            textpage.close()
        return RenderedSlide(number, text, large, thumbnail, image.width, image.height)
    finally:
        page.close()


def normalise_text(text):
    """Slide text for reading and indexing: the PDF's visual line breaks and spacing folded."""
    text = text.replace("\x00", "").replace("\r", "\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def speaker_notes(path, kind):
    """The speaker notes of each slide, in slide order ([] for a PDF)."""
    if kind == "pptx":
        return pptx_notes(path)
    if kind == "odp":
        return odp_notes(path)
    return []


def pptx_notes(path):
    from pptx import Presentation

    try:
        presentation = Presentation(str(path))
    except Exception:
        return []
    notes = []
    for slide in presentation.slides:
        text = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        notes.append(normalise_text(text or ""))
    return notes


ODF = {
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def odp_notes(path):
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return []
    notes = []
    for page in root.iter(f"{{{ODF['draw']}}}page"):
        node = page.find("presentation:notes", ODF)
        paragraphs = (
            []
            if node is None
            else ["".join(p.itertext()) for p in node.iter(f"{{{ODF['text']}}}p")]
        )
        notes.append(normalise_text("\n".join(paragraphs)))
    return notes


def process_file(path, extension, workdir, limits):
    """The whole pipeline on one file: check, convert, render, read the notes.

    Returns the file's kind, the PDF and the rendered slides.
    """
    workdir = Path(workdir)
    kind = check_upload(path, extension, limits)
    pdf = Path(path) if kind == "pdf" else convert_to_pdf(path, workdir, limits)
    slides = render_pdf(pdf, workdir / "slides", limits)
    for slide, notes in zip(slides, speaker_notes(path, kind), strict=False):
        slide.notes = notes
    return kind, pdf, slides
