"""The producers a variation is printed through: reportlab's canvas (drawn here), LibreOffice Calc (an .xlsx
workbook converted by `soffice --headless --convert-to pdf`, as WPS 表格 / Excel export a sheet) and Chromium (an
HTML page printed by `chromium --headless --print-to-pdf`). Each takes the same Tables (grid.py) with their meta lines.

The Calc and Chromium PDFs are made in one batch at the end (`Pending.finish`): one soffice process converts every
workbook, Chromium prints the pages two at a time. Every figure a table prints is then looked for in the PDF's text
layer (pdftotext), so a truth never holds a figure the producer did not print (a `###` cell, a clipped number).
"""
import html
import math
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal, InvalidOperation

from grid import header_cells

# the font a Calc / Chromium variation names (fontconfig finds it; both embed what they use). The unembedded
# STSong-Light of the reportlab variations has no counterpart there: those print in AR PL UMing.
FAMILIES = {"zenhei": "WenQuanYi Zen Hei", "uming": "AR PL UMing CN", "stsong-cid": "AR PL UMing CN"}
A4 = (595.0, 842.0)


def open_document(producer, path, style, rng, pending):
    if producer == "reportlab":
        return ReportlabDocument(path, style, rng)
    return {"calc": CalcDocument, "chromium": PageDocument}[producer](path, style, rng, pending)


class ReportlabDocument:
    def __init__(self, path, style, rng):
        from render import Document
        self.pdf = Document(path, style, rng)

    def cover(self, department, title):
        pdf, size = self.pdf, self.pdf.style.size
        pdf.new_page()
        pdf.gap(200)
        pdf.line(department, size + 10, "centre")
        pdf.gap(20)
        pdf.line(title, size + 10, "centre")

    def table(self, table, meta):
        from layout import draw_table
        draw_table(self.pdf, table, meta)

    def save(self):
        self.pdf.save()


# shared by Calc and Chromium ------------------------------------------------------------------------------------

def text_width(text, size):
    """Estimated printed width in points: an ideograph or full-width sign one em, anything else 0.6 em."""
    return sum(size if ord(ch) > 0x2e7f else size * 0.6 for ch in text)


def forced_break(table, style):
    """Where a forced page break falls (the row index), as layout.py puts it, or -1."""
    n = len(table.body)
    if style.split == "natural" or n < 10:
        return -1
    return n // 3 + int(style.split_at * n / 3)


def column_widths(table, style, rng, portrait, landscape):
    """(widths in points, wide, font scale): figures and codes as wide as their longest text and a little more
    (tight cells), names narrow (wrapping) or as wide as they need up to 22 em; a table too wide for a portrait
    page goes on a landscape one, and one too wide for that is printed smaller (as a sheet fitted to the page)."""
    s = style.size
    pad = s * 0.3
    if table.form:
        return [portrait / len(table.columns)] * len(table.columns), False, 1.0
    natural = [s * 2 + 2 * pad for _ in table.columns]
    for row in table.body:
        for cell in row:
            if cell.span == 1:
                natural[cell.col] = max(natural[cell.col], text_width(cell.text, s) + 2 * pad)
    widths = []
    for col, w in zip(table.columns, natural):
        if col.wrap:
            w = min(w, s * (rng.uniform(5, 8) if style.wrap else 22) + 2 * pad)
            widths.append(w)
        else:
            widths.append(w * rng.uniform(1.02, 1.15))
    wide = table.wide or sum(widths) > portrait
    avail = landscape if wide else portrait
    if sum(widths) > avail:
        rigid = sum(w for c, w in zip(table.columns, widths) if not c.wrap)
        names = [i for i, c in enumerate(table.columns) if c.wrap]
        room = avail - rigid
        if names and room > len(names) * s * 4:
            flexible = sum(widths[i] for i in names)
            widths = [w * room / flexible if i in names else w for i, w in enumerate(widths)]
    scale = min(1.0, avail / sum(widths))
    return [w * scale for w in widths], wide, scale


def figures(table):
    """The figures a table prints (its number and line cells), as printed."""
    out = []
    for row in table.body:
        for cell in row:
            if cell.text and table.columns[cell.col].kind in ("num", "line") and not table.form:
                out.append(cell.text)
    return out


def number(text):
    """(value, decimal places) of a printed amount or count, or None for text (a percentage, a word)."""
    try:
        d = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    places = max(0, -d.as_tuple().exponent)
    return (int(d) if places == 0 else float(d)), places


class Pending:
    """The Calc workbooks and HTML pages of a run, converted to PDF in one batch by `finish`."""

    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.work = None
        self.calc, self.pages, self.expected = [], [], {}

    def folder(self):
        if self.work is None:
            self.work = tempfile.mkdtemp(prefix="harness-")
        return self.work

    def finish(self):
        if self.work is None:
            return
        try:
            if self.calc:
                self.soffice()
            if self.pages:
                with ThreadPoolExecutor(2) as pool:
                    list(pool.map(lambda job: self.chromium(*job), enumerate(self.pages)))
            self.verify()
        finally:
            shutil.rmtree(self.work, ignore_errors=True)

    def soffice(self):
        profile = os.path.join(self.work, "lo-profile")
        for i in range(0, len(self.calc), 40):   # one process converts many workbooks
            batch = self.calc[i:i + 40]
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", self.out_dir] + [src for src, _ in batch],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, pdf in self.calc:
            made = os.path.join(self.out_dir, os.path.basename(src)[:-len(".xlsx")] + ".pdf")
            if made != pdf:
                os.replace(made, pdf)

    def chromium(self, index, job):
        src, pdf = job
        binary = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
        profile = os.path.join(self.work, f"chromium-{index % 2}-{index}")
        subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--no-pdf-header-footer", f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
                        "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.rmtree(profile, ignore_errors=True)

    def verify(self):
        """Every figure printed must be in the PDF's text layer as printed (else the truth would not be what the
        producer printed): the generator stops on a PDF that misses one."""
        for pdf, wanted in self.expected.items():
            text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", pdf, "-"], check=True,
                                                     capture_output=True, text=True).stdout)
            missing = [w for w in wanted if w not in text]
            if missing:
                raise SystemExit(f"generate.py: {os.path.basename(pdf)}: {len(missing)} printed figures are not in "
                                 f"its text layer (first: {missing[:5]})")


# LibreOffice Calc -----------------------------------------------------------------------------------------------

class CalcDocument:
    """An .xlsx workbook: a cover sheet, then one sheet per table (as WPS 表格 exports a report), printed on A4,
    fitted to the page's width, the header rows repeated on every page unless the variation prints them once."""

    def __init__(self, path, style, rng, pending):
        from openpyxl import Workbook
        self.path, self.style, self.rng, self.pending = path, style, rng, pending
        self.book = Workbook()
        self.book.remove(self.book.active)
        self.family = FAMILIES[style.font]
        self.expected = []

    def font(self, size=None, bold=False):
        from openpyxl.styles import Font
        return Font(name=self.family, size=round((size or self.style.size) * 2) / 2, bold=bold)

    def cover(self, department, title):
        from openpyxl.styles import Alignment
        ws = self.book.create_sheet("封面")
        self.page(ws, False)
        for col in "ABCDEFGH":
            ws.column_dimensions[col].width = 11
        for row, text in ((14, department), (16, title)):
            ws.merge_cells(f"A{row}:H{row}")
            cell = ws[f"A{row}"]
            cell.value, cell.font = text, self.font(self.style.size + 10, bold=True)
            cell.alignment = Alignment(horizontal="center")
            ws.row_dimensions[row].height = (self.style.size + 10) * 1.6

    def page(self, ws, wide):
        from openpyxl.worksheet.page import PageMargins
        from openpyxl.worksheet.properties import PageSetupProperties
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if wide else "portrait"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6, header=0.3, footer=0.3)
        ws.print_options.horizontalCentered = True

    def table(self, table, meta):
        from openpyxl.styles import Alignment, Border, Side
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.pagebreak import Break
        s, rng = self.style, self.rng
        widths, wide, _ = column_widths(table, s, rng, A4[0] - 72, A4[1] - 72)
        # a sheet is at least as wide as its title and meta line (else Calc would clip them)
        least = max([text_width(table.title, s.size + 5) + 2 * s.size] +
                    [sum(text_width(t, s.size) for t, _ in parts) + 4 * s.size for parts in meta])
        least = min(least, (A4[1] if wide else A4[0]) - 72)
        if sum(widths) < least:
            widths = [w * least / sum(widths) for w in widths]
        ws = self.book.create_sheet(f"表{len(self.book.sheetnames)}")
        self.page(ws, wide)
        ncols = len(table.columns)
        for i, w in enumerate(widths, 1):   # a column's width in characters of the sheet's default font (≈ 5.25 pt)
            ws.column_dimensions[get_column_letter(i)].width = round(w / 5.25 + 0.7, 2)
        thin = Side(style="thin")
        lh = s.size * 1.3

        def put(row, col, text, span=1, rowspan=1, align="left", valign="center", wrap=True, kind="text", border=True):
            cell = ws.cell(row=row, column=col + 1)
            value = number(text) if kind in ("num", "line") and text and s.align != "left" else None
            if value is not None:
                cell.value = value[0]
                cell.number_format = ("#,##0" if s.thousands else "0") + ("." + "0" * value[1] if value[1] else "")
            else:
                cell.value = text if text else None
                if text:
                    cell.data_type = "s"
            cell.font = self.font()
            cell.alignment = Alignment(horizontal={"centre": "center"}.get(align, align), vertical=valign,
                                       wrap_text=wrap)
            if span > 1 or rowspan > 1:
                ws.merge_cells(start_row=row, start_column=col + 1, end_row=row + rowspan - 1,
                               end_column=col + span)
            if border and s.rules != "none":
                for r in range(row, row + rowspan):
                    for c in range(col + 1, col + span + 1):
                        edge = thin if s.rules == "grid" else None
                        ws.cell(row=r, column=c).border = Border(left=edge, right=edge, top=thin, bottom=thin)

        def lines_in(text, col, span):
            room = sum(widths[col:col + span]) - s.size * 1.2
            return max(1, math.ceil(text_width(text, s.size) * 1.05 / max(room, s.size)))

        row = 1
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        title = ws.cell(row=1, column=1, value=table.title)
        title.font = self.font(s.size + 5, bold=rng.random() < 0.5)
        title.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[1].height = (s.size + 5) * 1.5 * lines_in(table.title, 0, ncols) * (s.size + 5) / s.size
        row += 1
        if table.tag:
            put(row, ncols - 1, table.tag, align="right", wrap=False, border=False)
            row += 1
        for parts in meta:   # one line: the department over the left half, the year in the middle, the unit right
            rows = [parts] if len(parts) == 1 or ncols >= 3 else [[p] for p in parts]
            for line in rows:
                for text, where in line:
                    if len(line) == 1:
                        put(row, 0, text, ncols, align=where, wrap=False, border=False)
                    else:
                        half = ncols // 2
                        col, span = {"left": (0, half), "centre": (half, 1),
                                     "right": (half + 1, ncols - half - 1)}[where]
                        put(row, col, text, span, align=where, wrap=False, border=False)
                row += 1
        first_header = row
        if not table.form:
            depth, cells = header_cells(table.columns)
            for level, col, rowspan, span, text in cells:
                put(row + level, col, text, span, rowspan, align="centre")
            for level in range(depth):
                need = max([lines_in(t, c, sp) / rs for lv, c, rs, sp, t in cells if lv == level] + [1])
                ws.row_dimensions[row + level].height = math.ceil(need) * lh + s.size * 0.6
            row += depth
            if table.numbering:
                for cell in table.numbering:
                    put(row, cell.col, cell.text, cell.span, align="centre")
                row += 1
            if s.split != "bare":
                ws.print_title_rows = f"{first_header}:{row - 1}"
        forced = forced_break(table, s)
        valign = "top" if s.rows == "tall-top" else "center"
        for index, cells in enumerate(table.body):
            if index == forced:
                ws.row_breaks.append(Break(id=row - 1))
            covered = {c.col: c for c in cells}
            col, tall = 0, 1
            while col < ncols:
                cell = covered.get(col)
                kind = table.columns[col].kind
                if cell is None:
                    put(row, col, "", kind=kind)
                    col += 1
                    continue
                align = ("centre" if s.align == "centred" else "left" if s.align == "left" or kind in ("text", "code")
                         else "centre" if kind == "line" else "right")
                put(row, col, cell.text, cell.span, align=align, valign=valign, kind=kind,
                    wrap=kind not in ("num", "line"))
                tall = max(tall, lines_in(cell.text, col, cell.span))
                col += cell.span
            # Calc does not grow a row to its wrapped text on import: the height is set, as a sheet's author does
            ws.row_dimensions[row].height = (max(tall, 2.4) if s.rows.startswith("tall") else tall) * lh + s.size * 0.6
            row += 1
        for note in table.notes:
            put(row, 0, note, wrap=False, border=False)
            row += 1
        self.expected += figures(table)

    def save(self):
        src = os.path.join(self.pending.folder(), os.path.basename(self.path)[:-len(".pdf")] + ".xlsx")
        self.book.save(src)
        self.pending.calc.append((src, self.path))
        self.pending.expected[self.path] = self.expected


# Chromium -------------------------------------------------------------------------------------------------------

class PageDocument:
    """An HTML page of tables printed by headless Chromium: fixed column widths fitted to the text (tight cells),
    the header repeated by the browser on every page (thead) unless the variation prints it once."""

    def __init__(self, path, style, rng, pending):
        self.path, self.style, self.rng, self.pending = path, style, rng, pending
        self.parts, self.expected = [], []
        self.last_wide = None

    def cover(self, department, title):
        size = self.style.size + 10
        self.parts.append(f'<section class="cover"><p style="font-size:{size}pt">{html.escape(department)}</p>'
                          f'<p style="font-size:{size}pt">{html.escape(title)}</p></section>')
        self.last_wide = False

    def table(self, table, meta):
        s, rng = self.style, self.rng
        margin = 36
        widths, wide, scale = column_widths(table, s, rng, A4[0] - 2 * margin, A4[1] - 2 * margin)
        size = s.size * scale
        pad = size * 0.3
        lh = size * 1.25
        flow = s.flow and self.last_wide == wide
        self.last_wide = wide
        cols = "".join(f'<col style="width:{w:.1f}pt">' for w in widths)
        valign = "top" if s.rows == "tall-top" else "middle"
        height = f"height:{2.4 * lh + 2 * pad:.1f}pt;" if s.rows.startswith("tall") else ""

        def td(cell, kind, tag="td"):
            if kind in ("num", "line") and not table.form:
                align = {"centred": "center", "left": "left"}.get(s.align, "center" if kind == "line" else "right")
                extra = "white-space:nowrap;"
            else:
                align = "center" if s.align == "centred" or tag == "th" else "left"
                extra = "word-break:break-all;"
            span = f' colspan="{cell[1]}"' if cell[1] > 1 else ""
            rowspan = f' rowspan="{cell[2]}"' if len(cell) > 2 and cell[2] > 1 else ""
            return f'<{tag}{span}{rowspan} style="text-align:{align};{extra}">{html.escape(cell[0])}</{tag}>'

        def title(continued):
            out = f'<div class="title" style="font-size:{s.size + 5}pt">{html.escape(table.title)}' \
                  f'{"（续）" if continued else ""}</div>'
            if table.tag:
                out += f'<div style="text-align:right">{html.escape(table.tag)}</div>'
            return out

        head = ""
        if not table.form:
            depth, cells = header_cells(table.columns)
            rows = [[] for _ in range(depth)]
            for level, col, rowspan, span, text in sorted(cells, key=lambda c: (c[0], c[1])):
                rows[level].append(td((text, span, rowspan), "text", "th"))
            if table.numbering:
                rows.append([td((c.text, c.span), "line", "th") for c in table.numbering])
            head = "".join(f"<tr>{''.join(r)}</tr>" for r in rows)

        def body(rows):
            out = []
            for cells in rows:
                covered, col, tds = {c.col: c for c in cells}, 0, []
                while col < len(table.columns):
                    cell = covered.get(col)
                    kind = table.columns[col].kind
                    tds.append(td((cell.text, cell.span) if cell else ("", 1), kind))
                    col += cell.span if cell else 1
                out.append(f'<tr style="{height}">{"".join(tds)}</tr>')
            return "".join(out)

        forced = forced_break(table, s)
        chunks = [table.body] if forced < 0 else [table.body[:forced], table.body[forced:]]
        meta_html = ""
        for parts in meta:
            if len(parts) == 1:
                text, where = parts[0]
                meta_html += f'<div style="text-align:{ {"centre": "center"}.get(where, where)}">{html.escape(text)}</div>'
            else:
                meta_html += '<div class="meta">' + "".join(f"<span>{html.escape(t)}</span>" for t, _ in parts) + "</div>"
        out = []
        for i, chunk in enumerate(chunks):
            brk = "" if (i == 0 and flow) else "break-before:page;"
            block = f'<section class="{"wide" if wide else "tall"}" style="{brk}">'
            if i == 0:
                block += title(False) + meta_html
            elif s.split in ("repeat-header", "marked"):
                block += title(s.split == "marked")
            group = "thead" if s.split != "bare" else "tbody"
            header = "" if (i > 0 and s.split == "bare") else f"<{group}>{head}</{group}>"
            block += (f'<table style="width:{sum(widths):.1f}pt;font-size:{size:.2f}pt">'
                      f'<colgroup>{cols}</colgroup>{header}<tbody>{body(chunk)}</tbody></table>')
            if i == len(chunks) - 1:
                block += "".join(f"<div>{html.escape(n)}</div>" for n in table.notes)
            out.append(block + "</section>")
        self.parts += out
        self.expected += figures(table)

    def save(self):
        s = self.style
        pad, lh = s.size * 0.3, 1.25
        rules = {"grid": "td,th{border:0.5pt solid #000}",
                 "horizontal": "tr{border-top:0.5pt solid #000;border-bottom:0.5pt solid #000}",
                 "none": ""}[s.rules]
        valign = "top" if s.rows == "tall-top" else "middle"
        page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 36pt; }}
@page wide {{ size: A4 landscape; margin: 36pt; }}
section.wide {{ page: wide; }}
body {{ margin: 0; font-family: "{FAMILIES[s.font]}"; font-size: {s.size}pt; line-height: {lh}; }}
.cover {{ text-align: center; padding-top: 200pt; }}
.title {{ text-align: center; margin: 4pt 0; }}
.meta {{ display: flex; justify-content: space-between; }}
table {{ border-collapse: collapse; table-layout: fixed; margin-top: 3pt; }}
td, th {{ padding: {pad:.1f}pt {pad:.1f}pt; vertical-align: {valign}; font-weight: normal; overflow: hidden; }}
tr {{ break-inside: avoid; }}
{rules}
</style></head><body>{''.join(self.parts)}</body></html>"""
        src = os.path.join(self.pending.folder(), os.path.basename(self.path)[:-len(".pdf")] + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page)
        self.pending.pages.append((src, self.path))
        self.pending.expected[self.path] = self.expected
