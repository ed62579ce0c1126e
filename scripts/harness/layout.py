"""Draws one Table on a Document: column widths, header and body rows, rules, page breaks, continuation pages."""
from reportlab.lib.pagesizes import A4, landscape

from grid import Cell, header_cells
from render import MARGIN, wrap


def column_widths(doc, table, portrait, wide):
    """(widths, landscape): widths fitting the body texts, names narrowed when the style wraps them, jittered,
    within the page; a table whose figures do not fit a portrait page goes on a landscape one."""
    s, rng = doc.style, doc.rng
    pad = s.size * 0.35
    if table.form:
        return [portrait / len(table.columns)] * len(table.columns), wide
    natural = [s.size * 2 + 2 * pad for _ in table.columns]
    for row in table.body:
        for cell in row:
            if cell.span == 1:
                natural[cell.col] = max(natural[cell.col], doc.width(cell.text) + 2 * pad)
    widths = []
    for col, w in zip(table.columns, natural):
        if col.wrap:
            w = min(w, s.size * (rng.uniform(5, 8) if s.wrap else 22) + 2 * pad)
        widths.append(w * (rng.uniform(1.0, 1.5) if col.kind == "num" else rng.uniform(1.0, 1.2)))
    rigid = sum(w for c, w in zip(table.columns, widths) if not c.wrap)
    flexible = sum(widths) - rigid
    wide = wide or rigid + min(flexible, s.size * 8) > portrait
    avail = landscape(A4)[0] - 2 * MARGIN if wide else portrait
    total = sum(widths)
    if total > avail:   # narrow the names first, then everything
        room = avail - rigid
        if flexible and room > s.size * 4:
            widths = [w * room / flexible if c.wrap else w for c, w in zip(table.columns, widths)]
        else:
            widths = [w * avail / total for w in widths]
    else:
        widths = [w * rng.uniform(1.0, avail / total) ** 0.5 for w in widths]
        widths = [w * min(1.0, avail / sum(widths)) for w in widths]
    return widths, wide


def cell_lines(doc, text, width):
    return wrap(doc, text, width - doc.style.size * 0.7)


def fill_row(row, ncols):
    """The row's cells with the columns no cell covers filled by blank cells."""
    covered = {}
    for cell in row:
        covered[cell.col] = cell
    out, col = [], 0
    while col < ncols:
        cell = covered.get(col, Cell(col, ""))
        out.append(cell)
        col += cell.span
    return out


class TableDrawing:
    def __init__(self, doc, table, meta):
        self.doc, self.table, self.meta = doc, table, meta
        s = doc.style
        self.lh, self.pad = s.size * 1.25, s.size * 0.35
        self.widths, self.wide = column_widths(doc, table, A4[0] - 2 * MARGIN, table.wide)
        self.x = [MARGIN]
        for w in self.widths:
            self.x.append(self.x[-1] + w)
        self.header = self.header_rows()

    def span_width(self, cell_col, span):
        return self.x[cell_col + span] - self.x[cell_col]

    def header_rows(self):
        """[(height, [(col, span, rowspan, lines)])] for the header rows and the 栏次 row."""
        if self.table.form:
            return []
        depth, cells = header_cells(self.table.columns)
        heights = [self.lh + 2 * self.pad] * depth
        rows = [[] for _ in range(depth)]
        for level, col, rowspan, span, text in cells:
            lines = cell_lines(self.doc, text, self.span_width(col, span))
            rows[level].append((col, span, rowspan, lines))
            if rowspan == 1:
                heights[level] = max(heights[level], len(lines) * self.lh + 2 * self.pad)
        for level, row in enumerate(rows):
            for col, span, rowspan, lines in row:
                need = len(lines) * self.lh + 2 * self.pad
                have = sum(heights[level:level + rowspan])
                if need > have:
                    heights[level + rowspan - 1] += need - have
        out = list(zip(heights, rows))
        if self.table.numbering:
            out.append((self.lh + 2 * self.pad,
                        [(c.col, c.span, 1, [c.text] if c.text else []) for c in self.table.numbering]))
        return out

    def body_height(self, row):
        s = self.doc.style
        n = max([len(cell_lines(self.doc, c.text, self.span_width(c.col, c.span))) for c in row] + [1])
        h = n * self.lh + 2 * self.pad
        return max(h, 2.4 * self.lh + 2 * self.pad) if s.rows.startswith("tall") else h

    def draw_text(self, lines, col, span, top, height, align, valign):
        c, size = self.doc.canvas, self.doc.style.size
        x0, w = self.x[col], self.span_width(col, span)
        block = len(lines) * self.lh
        first = top - self.pad if valign == "top" else top - (height - block) / 2
        for i, line in enumerate(lines):
            lw = self.doc.width(line)
            x = {"left": x0 + self.pad, "right": x0 + w - self.pad - lw, "centre": x0 + (w - lw) / 2}[align]
            c.drawString(x, first - i * self.lh - size * 0.95, line)

    def rect(self, col, span, top, height):
        if self.doc.style.rules == "grid":
            self.doc.canvas.rect(self.x[col], top - height, self.span_width(col, span), height, stroke=1, fill=0)

    def rule(self, y):
        if self.doc.style.rules != "none":
            self.doc.canvas.line(self.x[0], y, self.x[-1], y)

    def align(self, kind):
        mode = self.doc.style.align
        if mode == "centred":
            return "centre"
        if mode == "left" or kind in ("text", "code"):
            return "left"
        return "centre" if kind == "line" else "right"

    def draw_header(self):
        top = self.doc.y
        self.rule(top)
        tops = [top]
        for height, _ in self.header:
            tops.append(tops[-1] - height)
        for level, (height, cells) in enumerate(self.header):
            for col, span, rowspan, lines in cells:
                h = tops[level] - tops[level + rowspan]
                self.rect(col, span, tops[level], h)
                self.draw_text(lines, col, span, tops[level], h, "centre", "centre")
        self.doc.y = tops[-1]
        if self.header:
            self.rule(self.doc.y)

    def draw_row(self, row, height):
        valign = "top" if self.doc.style.rows != "tall-centred" else "centre"
        top = self.doc.y
        for cell in fill_row(row, len(self.table.columns)):
            self.rect(cell.col, cell.span, top, height)
            lines = cell_lines(self.doc, cell.text, self.span_width(cell.col, cell.span))
            self.draw_text(lines, cell.col, cell.span, top, height, self.align(self.table.columns[cell.col].kind), valign)
        self.doc.y = top - height

    def draw_title(self, continued=False):
        d = self.doc
        d.canvas.setFont(d.style.font, d.style.size)
        size = d.style.size + 5
        for line in wrap(d, self.table.title + ("（续）" if continued else ""), d.page_size[0] - 2 * MARGIN, size):
            d.line(line, size, "centre")
        if self.table.tag:
            d.line(self.table.tag, where="right")
        d.gap(d.style.size * 0.4)

    def draw_meta(self):
        for parts in self.meta:
            y = self.doc.y
            for text, where in parts:
                self.doc.y = y
                self.doc.line(text, where=where)
        self.doc.gap(self.doc.style.size * 0.3)


def draw_table(doc, table, meta):
    """Prints `table` from the cursor (or a new page), breaking it over pages as the style says."""
    t = TableDrawing(doc, table, meta)
    s = doc.style
    heights = [t.body_height(r) for r in table.body]
    head = sum(h for h, _ in t.header)
    need = (s.size + 5) * 1.3 * 2 + len(meta) * s.size * 1.3 + head + sum(heights[:3])
    doc.ensure_page(t.wide, need)
    # a forced break: the table goes on to the next page once, somewhere in its middle third
    forced = len(table.body) // 3 + int(s.split_at * len(table.body) / 3) if s.split != "natural" and len(table.body) >= 10 else -1
    t.draw_title()
    t.draw_meta()
    doc.canvas.setFont(s.font, s.size)
    doc.canvas.setLineWidth(0.5)
    t.draw_header()
    on_page = 0
    for index, (row, height) in enumerate(zip(table.body, heights)):
        if doc.y - height < MARGIN or (on_page and index == forced):
            t.rule(doc.y)
            doc.new_page(t.wide)
            if s.split in ("repeat-header", "marked"):
                t.draw_title(continued=s.split == "marked")
            doc.canvas.setFont(s.font, s.size)
            doc.canvas.setLineWidth(0.5)
            if s.split != "bare":
                t.draw_header()
            else:
                t.rule(doc.y)
            on_page = 0
        t.draw_row(row, height)
        on_page += 1
    t.rule(doc.y)
    for note in table.notes:
        doc.line(note)
    doc.gap(s.size * 2)
