#!/usr/bin/env python3
"""Prints every report of the truth folders again from its truth, in several seeded layouts, each with its own truth.

    generate.py TRUTH_DIR [TRUTH_DIR ...] OUT_DIR [--seed N] [--per-source N] [--producers reportlab,calc,chromium]

Each distinct report of the TRUTH_DIRs (the .calc / .chromium copies of one report count once) is printed
--per-source times; every axis value is dealt round-robin over the whole run in a seeded order, so each
value appears in about the same number of PDFs. The producer is one more axis: reportlab (drawn on a canvas),
calc (an .xlsx workbook printed by LibreOffice Calc, as WPS 表格 / Excel export) or chromium (an HTML page printed
by headless Chromium). OUT_DIR receives NAME.pdf, NAME.truth.json and manifest.json (each PDF's set, source and
axes). A table the generator cannot print yet (a row per budget unit) is left out of the PDF, and the truth then
lists the tables it printed in `tables_scored`.
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

import producers                                               # noqa: E402
from render import Style                                       # noqa: E402
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
PRODUCERS = ["reportlab", "calc", "chromium"]


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


def deal(count, seed, producers=("reportlab",)):
    """Axis values for `count` PDFs: each axis dealt round-robin over a seeded shuffle of the PDFs (the producer
    last, so a run of one producer deals the other axes as before it was an axis)."""
    rng = random.Random(f"axes:{seed}")
    plans = [{} for _ in range(count)]
    for axis, values in list(AXES.items()) + [("producer", list(producers))]:
        order = list(range(count))
        rng.shuffle(order)
        offset = rng.randrange(len(values))
        for rank, i in enumerate(order):
            plans[i][axis] = values[(rank + offset) % len(values)]
    return plans


def meta_lines(doc, axes, rng, unit):
    dept, year = doc["department"], doc["year"]
    label = rng.choice(["部门：", "编制单位：", "部门名称：", "单位名称："])
    unit = rng.choice(["单位：", "金额单位："]) + unit
    if axes["meta"] == "one-line":
        return [[(f"{label}{dept}", "left"), (f"{year}年度", "centre"), (unit, "right")]]
    return [[(f"{label}{dept}", "left")], [(f"{year}年度", "left")], [(unit, "right")]]


def print_report(truth, axes, path, rng, pending):
    """Prints the tables of `truth` the printer can print; returns them (the truth tables printed)."""
    doc = truth["document"]
    if axes["producer"] != "reportlab" and axes["font"] == "stsong-cid":
        axes["font"] = "uming"   # what Calc and Chromium print it in (they embed what they use)
    style = Style(font=font_name(axes["font"]) if axes["producer"] == "reportlab" else axes["font"],
                  size=float(axes["size"]), align=axes["align"], rows=axes["rows"],
                  rules=axes["rules"], split=axes["split"], flow=axes["flow"] == "flow",
                  wrap=axes["wrap"] == "narrow", thousands=axes["thousands"] == "yes",
                  split_at=rng.random())
    out = producers.open_document(axes["producer"], path, style, rng, pending)
    budget = doc.get("kind") == "budget"
    out.cover(doc["department"], f"{doc['year']}年部门预算" if budget else f"{doc['year']}年度部门决算")
    tagged = doc.get("family") in ("liaoning", "shanxi")
    printer = Printer(axes, rng, tagged, doc)
    printed = []
    for t in truth["tables"]:
        if not printer.renders(t):
            continue
        if t["id"] in ("department_performance", "project_performance"):
            meta = [[(f"（{doc['year']}年度）", "centre")]]
        else:
            meta = meta_lines(doc, axes, rng, t.get("unit") or doc.get("unit") or "万元")
        out.table(printer.table(t), meta)
        printed.append(t)
    out.save()
    return printed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", metavar="TRUTH_DIR... OUT_DIR")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-source", type=int, default=4)
    ap.add_argument("--producers", default="reportlab", help="comma-separated: " + ",".join(PRODUCERS))
    a = ap.parse_args()
    if len(a.dirs) < 2:
        ap.error("give at least one TRUTH_DIR and the OUT_DIR")
    truth_dirs, out_dir = a.dirs[:-1], a.dirs[-1]
    chosen = [p for p in a.producers.split(",") if p]
    if not chosen or any(p not in PRODUCERS for p in chosen):
        ap.error(f"--producers: one or more of {','.join(PRODUCERS)}")
    os.makedirs(out_dir, exist_ok=True)
    jobs = []
    for truth_dir in truth_dirs:
        group = os.path.basename(os.path.normpath(truth_dir))
        jobs += [(group, stem, path, i) for stem, path in sources(truth_dir).items() for i in range(a.per_source)]
    manifest, pending = [], producers.Pending(out_dir)
    for (group, stem, path, i), axes in zip(jobs, deal(len(jobs), a.seed, chosen)):
        name = f"{stem}.v{i + 1}.pdf"
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        printed = print_report(truth, axes, os.path.join(out_dir, name), random.Random(f"{a.seed}:{name}"), pending)
        out = copy.deepcopy(truth)
        out["document"]["source_name"] = name
        if len(printed) < len(truth["tables"]) or "tables_scored" in truth:
            ids = [t["id"] for t in printed]
            out["tables"] = [t for t in out["tables"] if t["id"] in ids]
            out["tables_scored"] = [i for i in dict.fromkeys(ids) if i in truth.get("tables_scored", ids)]
        for t in out["tables"]:
            t.pop("pages", None)
        with open(os.path.join(out_dir, name[:-4] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        entry = {"file": name, "source": stem, "axes": axes}
        if len(truth_dirs) > 1 or group != "public":
            entry["set"] = group
        manifest.append(entry)
    pending.finish()
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
