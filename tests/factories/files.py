"""Bad files, made on the spot, for the pipeline's refusals."""

import zipfile
from pathlib import Path

from resources.demo_files import make_pdf, write_pdf_objects

SLIDES = [
    (
        "Instagram live at the museum",
        ["Phone on a gimbal, one host", "Questions read from chat"],
        "Start with the set-up.",
    ),
    (
        "What we measured",
        ["Peak viewers: 340", "Replays in a week: 2,100"],
        "Replays matter more than live.",
    ),
    ("Lessons learned", ["Rehearse the first minute", "Have a second moderator"], ""),
]


def make_encrypted_pdf(path):
    """A PDF that opens only with a password (Standard security handler, RC4 40-bit)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + b"ab" * 32
        + b"> /U <"
        + b"cd" * 32
        + b"> /P -4 >>",
    ]
    write_pdf_objects(
        path,
        objects,
        b"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ",
    )
    return Path(path)


def make_pdf_without_pages(path):
    write_pdf_objects(
        path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )
    return Path(path)


def make_zip_bomb(path, unpacked_mb=64):
    """A 'presentation' whose parts unpack to far more than they weigh."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<presentation/>")
        with archive.open("ppt/media/image1.png", "w") as entry:
            block = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                entry.write(block)
    return Path(path)


def make_executable(path):
    """An ELF header: a program renamed to look like slides."""
    Path(path).write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\0" * 2048)
    return Path(path)


def make_big_pdf(path, pages):
    return make_pdf(
        path, [(f"Slide {number}", ["Open access collections"]) for number in range(1, pages + 1)]
    )
