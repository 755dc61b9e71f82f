"""Real presentation files, generated: for demo content and for tests of the pipeline."""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 960, 540  # points: a 16:9 slide


def pdf_text(value):
    return (
        value.replace("\\", "\\\\")
        .replace("(", "\\(")
        .replace(")", "\\)")
        .encode("latin-1", "replace")
    )


def make_pdf(path, slides):
    """Write a PDF with one page per slide; each slide is (title, body lines)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    page_ids = []
    for title, lines in slides:
        content = [b"BT /F1 40 Tf 60 440 Td (" + pdf_text(title) + b") Tj ET"]
        for number, line in enumerate(lines):
            content.append(
                b"BT /F1 24 Tf 60 %d Td (" % (360 - number * 40) + pdf_text(line) + b") Tj ET"
            )
        stream = b"\n".join(content)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (WIDTH, HEIGHT, content_id)
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)
    write_pdf_objects(path, objects)
    return Path(path)


def write_pdf_objects(path, objects, trailer_extra=b""):
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    Path(path).write_bytes(bytes(output))


def make_pptx(path, slides):
    """Write a PPTX with one slide per (title, body lines, speaker notes)."""
    from pptx import Presentation
    from pptx.util import Emu

    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Emu(WIDTH * 12700), Emu(HEIGHT * 12700)
    for title, lines, notes in slides:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = "\n".join(lines)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    presentation.save(str(path))
    return Path(path)


ODP_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

ODP_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"'
)

ODP_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODP_NAMESPACES}>
 <office:automatic-styles>
  <style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="25.4cm" fo:page-height="14.29cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>
</office:document-styles>"""


def make_odp(path, slides):
    """Write an ODP with one page per (title, body lines, speaker notes)."""
    pages = []
    for number, (title, lines, notes) in enumerate(slides, start=1):
        body = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
        pages.append(
            f'<draw:page draw:name="page{number}" draw:master-page-name="Default">'
            f'<draw:frame draw:style-name="plain" svg:x="2cm" svg:y="1cm" svg:width="21cm" svg:height="3cm">'
            f"<draw:text-box><text:p>{escape(title)}</text:p></draw:text-box></draw:frame>"
            f'<draw:frame draw:style-name="plain" svg:x="2cm" svg:y="5cm" svg:width="21cm" svg:height="8cm">'
            f"<draw:text-box>{body}</draw:text-box></draw:frame>"
            f"<presentation:notes><draw:frame><draw:text-box><text:p>{escape(notes)}</text:p>"
            f"</draw:text-box></draw:frame></presentation:notes></draw:page>"
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODP_NAMESPACES}>'
        '<office:automatic-styles><style:style style:name="plain" style:family="graphic">'
        '<style:graphic-properties draw:fill="none" draw:stroke="none"/></style:style></office:automatic-styles>'
        f"<office:body><office:presentation>{''.join(pages)}</office:presentation></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation"
        )  # stored first and uncompressed, as ODF requires
        archive.writestr("META-INF/manifest.xml", ODP_MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", ODP_STYLES, zipfile.ZIP_DEFLATED)
    return Path(path)
