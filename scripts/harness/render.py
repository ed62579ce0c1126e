"""Lays tables out on PDF pages with reportlab's canvas: cell widths, wrapping, alignment, rules, page breaks."""
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas


MARGIN = 42


@dataclass
class Style:
    font: str
    size: float
    align: str          # standard (text left, figures right) | centred | left
    rows: str           # compact | tall-centred | tall-top
    rules: str          # grid | horizontal | none
    split: str          # natural | repeat-header | bare | marked (续表 title, header repeated)
    flow: bool          # tables follow each other on a page instead of each starting a new one
    wrap: bool          # name columns kept narrow, so long names wrap
    thousands: bool     # amounts printed 2,697.60 rather than 2697.60
    split_at: float     # where in the middle third of each table a forced break falls (0…1)


class Document:
    """A PDF being written: the current page, its orientation and the cursor."""

    def __init__(self, path, style, rng):
        self.style, self.rng = style, rng
        self.canvas = Canvas(path, pagesize=A4, invariant=1)
        self.page_size = A4
        self.y = None   # None: nothing on the current page yet

    def width(self, text, size=None):
        return stringWidth(text, self.style.font, size or self.style.size)

    def new_page(self, wide=False):
        if self.y is not None:
            self.canvas.showPage()
        self.page_size = landscape(A4) if wide else A4
        self.canvas.setPageSize(self.page_size)
        self.y = self.page_size[1] - MARGIN

    def ensure_page(self, wide, need):
        """Starts a new page unless the table may follow on this one (same orientation, room left)."""
        same = (self.page_size == (landscape(A4) if wide else A4))
        if self.y is None or not self.style.flow or not same or self.y - need < MARGIN:
            self.new_page(wide)

    def line(self, text, size=None, where="left"):
        """One line of text across the page: left, centred or right."""
        size = size or self.style.size
        self.y -= size * 1.3
        w, page_w = self.width(text, size), self.page_size[0]
        x = {"left": MARGIN, "centre": (page_w - w) / 2, "right": page_w - MARGIN - w}[where]
        self.canvas.setFont(self.style.font, size)
        self.canvas.drawString(x, self.y + size * 0.2, text)

    def gap(self, points):
        self.y -= points

    def save(self):
        self.canvas.showPage()
        self.canvas.save()


def wrap(doc, text, width, size=None):
    """Breaks `text` into lines no wider than `width`, between any two characters (CJK) but not inside a run
    of digits."""
    if not text:
        return []
    lines, current = [], ""
    for ch in text:
        if current and doc.width(current + ch, size) > width and not (ch.isdigit() and current[-1].isdigit()):
            lines.append(current)
            current = ch
        else:
            current += ch
    return lines + [current]
