"""A scanned page's image made fit for OCR: a scanner's streaks and dark edges painted over, isolated specks
(a fax's or copier's dust) removed without thinning the letters, and the page brought to the resolution Tesseract
reads best. Pillow only (pdfplumber's own dependency)."""

from __future__ import annotations

from PIL import Image, ImageFilter, ImageOps

OCR_DPI = 300  # Tesseract reads body text best at about this resolution
STREAK_SHARE = 0.9  # a column darker than the paper over this much of the page's height is a streak, not text
STREAK_DEPTH = 6  # this many grey levels below the paper is darker than it (a faint streak still splits letters)


def prepare(image: Image.Image, dpi: int) -> Image.Image:
    """The page in greyscale, cleaned at the resolution it was scanned at (a speck is a pixel or two there), then
    enlarged to OCR_DPI if it was scanned below it."""
    page = image.convert("L")
    paper = paper_grey(page)
    page = despeckle(unstreak(page, paper), dpi)
    if dpi < OCR_DPI:
        scale = OCR_DPI / dpi
        page = page.resize((round(page.width * scale), round(page.height * scale)), Image.BICUBIC)
    return page


def paper_grey(page: Image.Image) -> int:
    """The commonest grey: the paper's."""
    counts = page.histogram()
    return max(range(256), key=counts.__getitem__)


def ink_threshold(page: Image.Image) -> int:
    """Otsu's threshold: the grey that best parts ink (it and darker) from paper."""
    counts = page.histogram()
    total, weighted = sum(counts), sum(i * n for i, n in enumerate(counts))
    below = below_weighted = 0
    best, threshold = -1.0, 128
    for grey, n in enumerate(counts):
        below += n
        below_weighted += grey * n
        above = total - below
        if not below or not above:
            continue
        spread = below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        if spread > best:
            best, threshold = spread, grey
    return threshold


def streaks(page: Image.Image, paper: int) -> list[tuple[int, int]]:
    """The columns [start, end) dark from top to bottom: a narrow streak (dirt on the scanner's glass) or a dark
    edge (the page's border copied); text never fills a column over the whole height."""
    width = page.width
    dark = page.point(lambda v: 255 if v < paper - STREAK_DEPTH else 0)
    profile = list(dark.resize((width, 1), Image.BOX).tobytes())  # each column's share of dark pixels
    flags = [share >= 255 * STREAK_SHARE for share in profile]
    narrow = max(3, width // 200)
    return [(a, b) for a, b in _runs(flags) if b - a <= narrow or a == 0 or b == width]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            out.append((start, i))
            start = None
    return out


def unstreak(page: Image.Image, paper: int) -> Image.Image:
    """Streaks painted with the strip beside them (the letters they cross read whole again), dark edges with
    paper; the rows' dark edges too (a copied page's top or bottom border)."""
    page = page.copy()
    width, height = page.size
    for a, b in streaks(page, paper):
        if a == 0 or b == width:
            page.paste(paper, (a, 0, b, height))
        else:
            beside = (a - (b - a), 0, a, height) if a >= b - a else (b, 0, b + (b - a), height)
            page.paste(page.crop(beside), (a, 0))
    for a, b in streaks(page.transpose(Image.Transpose.TRANSPOSE), paper):
        if a == 0 or b == height:
            page.paste(paper, (0, a, width, b))
    return page


def despeckle(page: Image.Image, dpi: int) -> Image.Image:
    """Specks removed where no letter is near: the median of each 3×3 taken only away from the text, so a speck
    goes and the strokes of small type keep every pixel (a median everywhere thins them)."""
    median = page.filter(ImageFilter.MedianFilter(3))
    threshold = ink_threshold(page)
    ink = median.point(lambda v: 255 if v <= threshold else 0)
    reach = max(1, round(dpi / 60))  # about half a millimetre
    near_text = ink.filter(ImageFilter.MaxFilter(2 * reach + 1))
    out = page.copy()
    out.paste(median, mask=ImageOps.invert(near_text))
    return out
