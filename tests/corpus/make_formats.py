"""Make the corpus's other formats from its texts, deterministically: a Word file (.docx, python-docx), a text
PDF (fpdf2) and a scanned-style PDF (the text drawn on an image with Pillow, slightly rotated and speckled,
wrapped as a PDF; for the OCR path). The binaries are made into OUTDIR at test time, never committed.

    python tests/corpus/make_formats.py OUTDIR

Each made file has the gold of the text it was made from (printed, one "made <- text" line each).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# made file name -> (source text, format)
MADE = {
    "02_sodermalm_numbered.docx": ("dev/02_sodermalm_numbered.txt", "docx"),
    "11_rinkeby_kista_columns.pdf": ("dev/11_rinkeby_kista_columns.txt", "pdf"),
    "02_sodermalm_numbered.scan.pdf": ("dev/02_sodermalm_numbered.txt", "scan"),
}
FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
HEADING = re.compile(r"^(\d+(\.\d+)*\.?)\s+\S")
BULLET = re.compile(r"^\s*[-•*]\s+")


def make_docx(text: str, out: Path) -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author, props.created, props.modified, props.revision = "samverkan corpus", FIXED, FIXED, 1
    lines = text.splitlines()
    document.add_heading(lines[0].strip(), level=0)
    for line in lines[1:]:
        stripped = line.strip()
        if not stripped or set(stripped) <= {"_"}:
            continue
        if HEADING.match(stripped) and len(stripped) < 60:
            document.add_heading(stripped, level=1 if stripped.count(".") <= 1 else 2)
        elif BULLET.match(line):
            document.add_paragraph(BULLET.sub("", line), style="List Bullet")
        elif "   " in stripped:
            cells = re.split(r"\s{3,}", stripped)
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells, strict=True):
                cell.text = value
        else:
            document.add_paragraph(stripped)
    document.save(out)


def latin1(text: str) -> str:
    text = text.replace("–", "-").replace("—", "-").replace("’", "'").replace("”", '"').replace("“", '"')
    return text.encode("latin-1", "replace").decode("latin-1")


def make_pdf(text: str, out: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Samverkansöverenskommelse")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Courier", size=8)
    for line in latin1(text).splitlines():
        pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def _dejavu_mono() -> Path:
    """DejaVu Sans Mono as bundled with matplotlib (a dependency): Swedish letters, columns kept."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSansMono.ttf"


def make_scan(text: str, out: Path, seed: int = 15) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    width, height, margin, step = 1240, 1754, 100, 28  # A4 at 150 dpi
    font = ImageFont.truetype(str(_dejavu_mono()), size=17)
    lines = text.splitlines()
    per_page = (height - 2 * margin) // step
    pages = []
    for start in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        for i, line in enumerate(lines[start:start + per_page]):
            draw.text((margin, margin + i * step), line, fill=rng.randint(0, 40), font=font)
        for _ in range(2500):  # speckles
            x, y = rng.randrange(width), rng.randrange(height)
            page.putpixel((x, y), rng.randint(90, 200))
        page = page.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        pages.append(page.filter(ImageFilter.GaussianBlur(0.6)))
    pages[0].save(out, "PDF", resolution=150, save_all=True, append_images=pages[1:],
                  creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), title="Skannad samverkansöverenskommelse")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    makers = {"docx": make_docx, "pdf": make_pdf, "scan": make_scan}
    for name, (source, kind) in MADE.items():
        text = (HERE / source).read_text(encoding="utf-8")
        makers[kind](text, outdir / name)
        print(f"{name} <- {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
