#!/usr/bin/env python3
"""Status against accuracy (issue 20): how the documents of a scored run say `status`, by their facts F1.

    python3 scripts/calibration.py OUT_DIR SCORES_JSON [NAME]

OUT_DIR holds the extracted documents (NAME.json), SCORES_JSON the scorer's `--json` report of them. Prints one
line per F1 band (< 0.99, 0.99–0.999, >= 0.999) with the documents of each status, then every document that
breaks the bar: F1 < 0.99 saying ok, or F1 >= 0.999 not saying ok (with its failed checks and unread figures).
"""
import json
import os
import sys

BANDS = (("F1<0.99", 0.0, 0.99), ("0.99-0.999", 0.99, 0.999), ("F1>=0.999", 0.999, 2.0))
STATUSES = ("ok", "review", "partial", "unrecognized")


def main():
    out, scores = sys.argv[1], sys.argv[2]
    name = sys.argv[3] if len(sys.argv) > 3 else os.path.basename(out.rstrip("/"))
    table = {band: {s: 0 for s in STATUSES} for band, _, _ in BANDS}
    notes = []
    for entry in json.load(open(scores))["documents"]:
        path = os.path.join(out, os.path.splitext(entry["source_name"])[0] + ".json")
        if not os.path.exists(path):
            continue
        doc = json.load(open(path))
        status, f1 = doc["document"]["status"], entry["f1"]
        band = next(b for b, low, high in BANDS if low <= f1 < high)
        table[band][status] += 1
        failed = sum(1 for c in doc.get("checks", []) if not c["ok"])
        unread = len(doc.get("unread_figures", []))
        if (f1 < 0.99 and status == "ok") or (f1 >= 0.999 and status != "ok"):
            notes.append(f"  {entry['source_name']}: F1 {f1:.4f} status {status}, failed checks {failed}, unread {unread}")
    for band, _, _ in BANDS:
        counts = " ".join(f"{s}={table[band][s]}" for s in STATUSES)
        print(f"{name} {band}: {counts}")
    print("\n".join(notes))


if __name__ == "__main__":
    main()
