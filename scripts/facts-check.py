#!/usr/bin/env python3
"""Checks a `juesuan facts` export against the archive it came from, with DuckDB and Python's exact decimals.

    facts-check.py ARCHIVE FACTS.csv FACTS.jsonl

Reads every document index.jsonl lists as archived (numbers kept as their JSON text), builds the rows the
export must hold, and compares: the CSV as DuckDB reads it (the typed view of the README) and as Python's csv
module reads it, and the JSON lines as DuckDB reads them, row for row; every value's text is the JSON number's
text; the 合计 of each income table and each 三公 total, summed by DuckDB, equal the JSON's. Prints the figures
as one JSON object; exits 1 on the first difference.
"""
import csv
import json
import sys
from decimal import Decimal

import duckdb

IDENTITY = ("code", "name", "item", "side", "category", "line")
ARCHIVED = ("ok", "review", "partial", "unrecognized")
# The CSV's columns and their types, as the README's DuckDB recipe declares them.
COLUMNS = {
    "sha256": "VARCHAR", "source_name": "VARCHAR", "department": "VARCHAR", "year": "INTEGER", "kind": "VARCHAR",
    "family": "VARCHAR", "status": "VARCHAR", "table": "INTEGER", "table_id": "VARCHAR", "table_number": "VARCHAR",
    "title": "VARCHAR", "unit": "VARCHAR", "pages": "VARCHAR", "record": "INTEGER", "code": "VARCHAR",
    "name": "VARCHAR", "item": "VARCHAR", "side": "VARCHAR", "category": "VARCHAR", "line": "INTEGER",
    "column": "VARCHAR", "value": "DECIMAL(38,10)", "text": "VARCHAR",
}


class Number(str):
    """A JSON number, kept as the text it was written as."""


def fail(message):
    print(f"facts-check: {message}", file=sys.stderr)
    sys.exit(1)


def expected_rows(archive):
    """The rows the export must hold, as tuples of text (None where empty), from the archived JSON."""
    rows = []
    with open(f"{archive}/index.jsonl", encoding="utf-8") as index:
        complete = index.read().split("\n")[:-1]  # a last line with no newline is being appended: not read
        entries = [json.loads(line) for line in complete if line.strip()]
    documents = []
    for entry in entries:
        if entry["status"] not in ARCHIVED:
            continue
        with open(f"{archive}/{entry['json']}", encoding="utf-8") as f:
            doc = json.load(f, parse_float=Number, parse_int=Number)
        documents.append(doc)
        info = doc["document"]
        head = (info["sha256"], info["source_name"], info.get("department"), text(info.get("year")),
                info.get("kind", "final_accounts"), info["family"], info["status"])
        for position, table in enumerate(doc["tables"], 1):
            table_head = (str(position), table["id"], table.get("number"), table["title"], info.get("unit"),
                          ";".join(str(p) for p in table.get("pages", [])))
            fields = table.get("fields") or {}
            names = [fields[k] for k in sorted(fields) if isinstance(fields[k], str) and not isinstance(fields[k], Number)]
            form = " ".join(names) if names else None
            for key in sorted(fields):
                if isinstance(fields[key], Number):
                    rows.append(head + table_head + (None, None, form, None, None, None, None, key, str(fields[key]), None))
            for number, record in enumerate(table.get("records", []), 1):
                identity = tuple(text(record.get(k)) for k in IDENTITY)
                for key in sorted(record):
                    if key in IDENTITY or record[key] is None:
                        continue
                    value = record[key]
                    figure = str(value) if isinstance(value, Number) else None
                    rows.append(head + table_head + (str(number),) + identity + (key, figure, None if figure else value))
            for row_number, cells in enumerate(table.get("rows") or [], 1):
                for column, cell in enumerate(cells, 1):
                    if cell != "":
                        rows.append(head + table_head + (str(row_number),) + (None,) * 6 + (str(column), None, cell))
    return rows, documents


def text(value):
    return None if value is None else str(value)


def compare(name, expected, found):
    if len(expected) != len(found):
        fail(f"{name}: {len(found)} rows, the documents hold {len(expected)}")
    for want, got in zip(sorted(expected, key=key), sorted(found, key=key)):
        if want != got:
            fail(f"{name}: row differs\n  JSON:   {want}\n  export: {got}")


def key(row):
    return tuple("" if v is None else v for v in row)


def main(archive, csv_path, jsonl_path):
    expected, documents = expected_rows(archive)
    values = [r for r in expected if r[21] is not None]
    db = duckdb.connect()
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"
    db.execute(f"create view facts as select * from read_csv('{csv_path}', header = true, columns = {columns})")
    db.execute(f"create view facts_json as select * from read_json('{jsonl_path}', format = 'newline_delimited')")

    # Row for row: the CSV as DuckDB reads it (every column as text), as Python's csv module reads it, and the JSON lines.
    as_text = ", ".join(f'"{c}"::VARCHAR' for c in COLUMNS if c not in ("pages", "value"))
    duck_csv = db.execute(f"select * from read_csv('{csv_path}', header = true, all_varchar = true)").fetchall()
    compare("CSV (DuckDB, text)", expected, [tuple(r) for r in duck_csv])
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        if next(reader) != list(COLUMNS):
            fail("CSV header differs")
        compare("CSV (Python csv)", expected, [tuple(None if v == "" else v for v in r) for r in reader])
    duck_json = db.execute(f"""select {as_text.replace('"table"::VARCHAR', '"table"::VARCHAR')},
                               array_to_string(pages, ';'), value from facts_json""").fetchall()
    reorder = [list(COLUMNS).index(c) for c in COLUMNS if c not in ("pages", "value")] + [12, 21]
    compare("JSON lines (DuckDB)", [tuple(r[i] for i in reorder) for r in expected], [tuple(r) for r in duck_json])

    # Round trip: every value parses back to exactly the JSON's decimal, and the typed view sums what the JSON sums.
    typed = db.execute("select count(value) from facts").fetchone()[0]
    if typed != len(values):
        fail(f"typed view: {typed} values, the documents hold {len(values)}")
    for row in values:
        if Decimal(row[21]).as_tuple().exponent < -10:
            fail(f"{row[21]} has more decimals than DECIMAL(38,10) keeps")
    sums = {}
    for doc in documents:
        sha = doc["document"]["sha256"]
        for position, table in enumerate(doc["tables"], 1):
            for record in table.get("records", []):
                if table["id"] == "income" and record.get("name") == "合计":
                    for column in ("total", "fiscal_appropriation"):
                        if column in record:
                            sums[("income 合计", sha, position, column)] = Decimal(record[column])
                if table["id"] == "three_public_expenses" and record.get("item") == "total":
                    for column in ("budget", "actual"):
                        if column in record:
                            sums[("三公 total", sha, position, column)] = Decimal(record[column])
    duck_sums = dict(((("income 合计",) + tuple(r[:3])), r[3]) for r in db.execute(
        """select sha256, "table", "column", sum(value) from facts
           where table_id = 'income' and name = '合计' and "column" in ('total', 'fiscal_appropriation') group by all""").fetchall())
    duck_sums.update(((("三公 total",) + tuple(r[:3])), r[3]) for r in db.execute(
        """select sha256, "table", "column", sum(value) from facts
           where table_id = 'three_public_expenses' and item = 'total' and "column" in ('budget', 'actual') group by all""").fetchall())
    if duck_sums != sums:
        fail(f"sums differ: DuckDB {sorted(duck_sums.items())[:5]}…, JSON {sorted(sums.items())[:5]}…")
    grand = db.execute("select sum(value) from facts").fetchone()[0] or Decimal(0)
    if grand != sum((Decimal(r[21]) for r in values), Decimal(0)):
        fail("the sum of every value differs")
    print(json.dumps({
        "documents": len(documents), "rows": len(expected), "values": len(values),
        "cells": sum(1 for r in expected if r[20] is not None and r[21] is None and r[14:20] == (None,) * 6),
        "sums_checked": len(sums),
        "income_total_sum": str(sum((v for k, v in sums.items() if k[0] == "income 合计" and k[3] == "total"), Decimal(0))),
        "three_public_actual_sum": str(sum((v for k, v in sums.items() if k[0] == "三公 total" and k[3] == "actual"), Decimal(0))),
        "grand_sum": str(grand),
    }, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        fail("usage: facts-check.py ARCHIVE FACTS.csv FACTS.jsonl")
    main(*sys.argv[1:])
