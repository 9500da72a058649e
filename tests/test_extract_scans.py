"""A scanned page made fit for OCR (`extract.scanimage`): a scanner's streak and dark edge painted over, isolated
specks removed while the letters keep every pixel, the page read at the resolution it was scanned at; and what
OCR still writes otherwise (an item's dash read as an em dash). The images and texts are made for these tests."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFilter

from samverkan.extract.document import Document
from samverkan.extract.normalise import Normaliser, repair_characters
from samverkan.extract.record import recognise
from samverkan.extract.scanimage import despeckle, prepare, unstreak

PAPER, INK = 232, 120


def _page(width: int = 400, height: int = 300) -> Image.Image:
    """A grey page with rows of thin strokes (small type) in its middle."""
    page = Image.new("L", (width, height), PAPER)
    draw = ImageDraw.Draw(page)
    for row in range(100, 200, 20):
        for x in range(60, 340, 6):
            draw.rectangle([x, row, x + 1, row + 10], fill=INK)  # a stem two pixels wide
            draw.line([(x + 2, row + 10), (x + 4, row + 10)], fill=INK, width=1)  # a foot one pixel wide
    return page


def test_a_streak_down_the_page_is_painted_with_the_strip_beside_it():
    page = _page()
    ImageDraw.Draw(page).line([(201, 0), (201, 299)], fill=180)  # a faint line from top to bottom
    ImageDraw.Draw(page).rectangle([0, 0, 4, 299], fill=60)  # the copied page's dark border
    clean = unstreak(page, PAPER)
    assert clean.getpixel((201, 50)) == PAPER and clean.getpixel((2, 50)) == PAPER
    assert clean.crop((60, 100, 340, 200)).histogram()[INK] > 0  # the text stays


def test_isolated_specks_go_and_thin_strokes_stay():
    page = _page()
    for x, y in [(30, 30), (370, 250), (200, 60), (120, 260)]:
        page.putpixel((x, y), 20)  # dust, far from the text
    clean = despeckle(page, 150)
    assert all(clean.getpixel(p) == PAPER for p in [(30, 30), (370, 250), (200, 60), (120, 260)])
    assert clean.crop((60, 100, 340, 200)).tobytes() == page.crop((60, 100, 340, 200)).tobytes()
    median = page.filter(ImageFilter.MedianFilter(3))  # what a median everywhere would do to strokes this thin
    assert median.crop((60, 100, 340, 200)).tobytes() != page.crop((60, 100, 340, 200)).tobytes()


def test_a_page_scanned_below_300_dpi_is_enlarged_to_it():
    assert prepare(_page(200, 300).convert("RGB"), 200).size == (300, 450)
    assert prepare(_page(400, 300), 300).size == (400, 300)


def test_a_scanned_page_is_read_at_its_images_resolution():
    import pdfplumber

    from samverkan.extract.formats import scan_resolution

    buffer = io.BytesIO()
    Image.new("L", (1700, 2200), PAPER).save(buffer, "PDF", resolution=200)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        assert scan_resolution(pdf.pages[0]) == 200


def test_an_items_dash_read_as_an_em_dash_is_an_items_dash():
    assert repair_characters("— narkotika bland unga,")[0] == "– narkotika bland unga,"
    assert repair_characters("Parterna — båda — är eniga.")[0] == "Parterna — båda — är eniga."  # inside a line
    text = ("Samverkansavtal\n\nParter är Åby kommun och Lokalpolisområde Åby.\n\nPrioriterade områden\n\n"
            "Parterna har enats om att lägga kraften på tre områden:\n\n— narkotika bland unga,\n\n"
            "— trygghet i de mindre orterna,\n\n— våld i nära relationer.\n")
    plain = recognise(Document.from_text("x.txt", text, Normaliser())).to_plain()  # as extract reads: mended
    areas = sorted(area.rstrip(".") for area in plain.get("priority_areas", {}))
    assert areas == ["narkotika bland unga", "trygghet i de mindre orterna", "våld i nära relationer"]


def test_tesseract_runs_on_one_thread_unless_the_user_chose(monkeypatch):
    from samverkan.extract.formats import _one_thread

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    assert _one_thread()["OMP_THREAD_LIMIT"] == "1"
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    assert _one_thread()["OMP_THREAD_LIMIT"] == "4"
