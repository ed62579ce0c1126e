#!/usr/bin/env python3
"""Per-variation and per-axis figures of a harness run, from the generator's manifest and score.py --json.

    report.py MANIFEST.json SCORES.json [--json OUT.json]

Prints one line per PDF (F1, tables found, its axes), then facts F1 and tables R for every value of every
axis (over the PDFs printed with that value; the producer is one axis), worst first within each axis; when the run
drew on several truth sets, the same per set, per source report and per set and producer. axes.json holds the
per-axis figures; the others go under "by" in it.
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
    groups = {}
    if any("set" in e for e in manifest):
        groups = {"set": lambda e: e.get("set", "public"), "source": lambda e: e["source"],
                  "set × producer": lambda e: f"{e.get('set', 'public')} × {e['axes'].get('producer', 'reportlab')}"}
    by = {}
    for label, key in groups.items():
        acc = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
        for entry in manifest:
            d, s = docs[entry["file"]], acc[key(entry)]
            for i, k in enumerate(("correct", "truth_facts", "output_facts", "tables_found", "tables")):
                s[i] += d[k]
            s[5] += 1
        print(f"per {label}: facts F1, tables R (PDFs)")
        for value in sorted(acc, key=lambda v: f1(*acc[v][:3])):
            c, t, o, tf, tt, n = acc[value]
            by.setdefault(label, {})[value] = {"f1": f1(c, t, o), "tables_recall": tf / tt if tt else 1.0, "pdfs": n}
            print(f"  {value}: {f1(c, t, o):.4f}/{tf / tt if tt else 1.0:.4f} ({n})")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(dict(figures, **({"by": by} if by else {})), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
