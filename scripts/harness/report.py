#!/usr/bin/env python3
"""Per-variation and per-axis figures of a harness run, from the generator's manifest and score.py --json.

    report.py MANIFEST.json SCORES.json [--json OUT.json]

Prints one line per PDF (F1, tables found, its axes), then facts F1 and tables R for every value of every
axis (over the PDFs printed with that value), worst first within each axis.
"""
import argparse
import json
from collections import defaultdict


def f1(correct, truth, output):
    p, r = (correct / output if output else 1.0), (correct / truth if truth else 1.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("manifest")
    ap.add_argument("scores")
    ap.add_argument("--json")
    a = ap.parse_args()
    manifest = json.load(open(a.manifest, encoding="utf-8"))
    docs = {d["source_name"]: d for d in json.load(open(a.scores, encoding="utf-8"))["documents"]}
    sums = defaultdict(lambda: [0, 0, 0, 0, 0, 0])   # correct, truth, output, tables found, tables, PDFs
    for entry in sorted(manifest, key=lambda e: docs[e["file"]]["f1"]):
        d = docs[entry["file"]]
        axes = " ".join(f"{k}={v}" for k, v in entry["axes"].items())
        print(f"{entry['file']}: F1={d['f1']:.4f} tables {d['tables_found']}/{d['tables']}  {axes}")
        for axis, value in entry["axes"].items():
            s = sums[(axis, value)]
            for i, k in enumerate(("correct", "truth_facts", "output_facts", "tables_found", "tables")):
                s[i] += d[k]
            s[5] += 1
    print("per axis value: facts F1, tables R (PDFs)")
    figures = {}
    for axis in dict.fromkeys(k for k, _ in sums):
        values = sorted((v for k, v in sums if k == axis), key=lambda v: f1(*sums[(axis, v)][:3]))
        parts = []
        for v in values:
            c, t, o, tf, tt, n = sums[(axis, v)]
            figures.setdefault(axis, {})[v] = {"f1": f1(c, t, o), "tables_recall": tf / tt if tt else 1.0, "pdfs": n}
            parts.append(f"{v} {f1(c, t, o):.4f}/{tf / tt if tt else 1.0:.4f} ({n})")
        print(f"  {axis}: " + ", ".join(parts))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
