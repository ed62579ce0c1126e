#!/usr/bin/env python3
"""Prints every public report again from its truth, in several seeded layouts, each with its own truth.

    generate.py TRUTH_DIR OUT_DIR [--seed N] [--per-source N]

Each distinct report of TRUTH_DIR (the .calc / .chromium copies of one report count once) is printed
--per-source times; every axis value is dealt round-robin over the whole run in a seeded order, so each
value appears in about the same number of PDFs. OUT_DIR receives NAME.pdf, NAME.truth.json and
manifest.json (each PDF's source and axes).
"""
import argparse
import copy
import glob
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportlab.pdfbase import pdfmetrics                       # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont          # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont                   # noqa: E402

from layout import draw_table                                  # noqa: E402
from render import Document, Style                             # noqa: E402
from tables import Printer                                     # noqa: E402

FONTS = {   # embedded TrueType subsets, and one CID font left unembedded (poppler-data maps it)
    "zenhei": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "uming": "/usr/share/fonts/truetype/arphic/uming.ttc",
    "stsong-cid": None,
}
AXES = {
    "font": list(FONTS),
    "size": ["8", "9", "10", "11", "12"],
    "align": ["standard", "centred", "left"],
    "rows": ["compact", "tall-centred", "tall-top"],
    "rules": ["grid", "horizontal", "none"],
    "split": ["natural", "repeat-header", "bare", "marked"],
    "flow": ["page", "flow"],
    "wrap": ["wide", "narrow"],
    "codes": ["one", "three-full", "three-carried"],
    "basic": ["groups", "run"],
    "three_public": ["list", "wide", "pairs"],
    "forms": ["right", "pairs", "below"],
    "thousands": ["yes", "no"],
    "meta": ["one-line", "stacked"],
}


def font_name(key):
    """Registers the font once and returns its reportlab name."""
    name = {"stsong-cid": "STSong-Light"}.get(key, key)
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(name) if FONTS[key] is None else TTFont(name, FONTS[key], subfontIndex=0))
    return name


def sources(truth_dir):
    """One truth per distinct report: copies printed by several producers differ only in their file name."""
    seen = {}
    for path in sorted(glob.glob(os.path.join(truth_dir, "*.truth.json"))):
        stem = re.sub(r"\.(calc|chromium)$", "", os.path.basename(path)[:-len(".truth.json")])
        seen.setdefault(stem, path)
    return seen


def deal(count, seed):
    """Axis values for `count` PDFs: each axis dealt round-robin over a seeded shuffle of the PDFs."""
    rng = random.Random(f"axes:{seed}")
    plans = [{} for _ in range(count)]
    for axis, values in AXES.items():
        order = list(range(count))
        rng.shuffle(order)
        offset = rng.randrange(len(values))
        for rank, i in enumerate(order):
            plans[i][axis] = values[(rank + offset) % len(values)]
    return plans


def meta_lines(doc, axes, rng):
    dept, year = doc["department"], doc["year"]
    label = rng.choice(["部门：", "编制单位：", "部门名称：", "单位名称："])
    unit = rng.choice(["单位：万元", "金额单位：万元"])
    if axes["meta"] == "one-line":
        return [[(f"{label}{dept}", "left"), (f"{year}年度", "centre"), (unit, "right")]]
    return [[(f"{label}{dept}", "left")], [(f"{year}年度", "left")], [(unit, "right")]]


def print_report(truth, axes, path, rng):
    doc = truth["document"]
    style = Style(font=font_name(axes["font"]), size=float(axes["size"]), align=axes["align"], rows=axes["rows"],
                  rules=axes["rules"], split=axes["split"], flow=axes["flow"] == "flow",
                  wrap=axes["wrap"] == "narrow", thousands=axes["thousands"] == "yes",
                  split_at=rng.random())
    pdf = Document(path, style, rng)
    pdf.new_page()
    pdf.gap(200)
    pdf.line(doc["department"], style.size + 10, "centre")
    pdf.gap(20)
    pdf.line(f"{doc['year']}年度部门决算", style.size + 10, "centre")
    tagged = doc.get("family") in ("liaoning", "shanxi")
    printer = Printer(axes, rng, tagged)
    for t in truth["tables"]:
        if t["id"] in ("department_performance", "project_performance"):
            meta = [[(f"（{doc['year']}年度）", "centre")]]
        else:
            meta = meta_lines(doc, axes, rng)
        draw_table(pdf, printer.table(t), meta)
    pdf.save()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("truth_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-source", type=int, default=4)
    a = ap.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    srcs = sources(a.truth_dir)
    jobs = [(stem, path, i) for stem, path in srcs.items() for i in range(a.per_source)]
    manifest = []
    for (stem, path, i), axes in zip(jobs, deal(len(jobs), a.seed)):
        name = f"{stem}.v{i + 1}.pdf"
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        print_report(truth, axes, os.path.join(a.out_dir, name), random.Random(f"{a.seed}:{name}"))
        out = copy.deepcopy(truth)
        out["document"]["source_name"] = name
        for t in out["tables"]:
            t.pop("pages", None)
        with open(os.path.join(a.out_dir, name[:-4] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        manifest.append({"file": name, "source": stem, "axes": axes})
    with open(os.path.join(a.out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
