"""The Python half of Benchmarks/bench.sh, which runs it:
    bench.py pdfplumber FILE...        every page's extract_tables() (in Benchmarks/.venv)
    bench.py camelot FILE...           camelot.read_pdf(FILE, pages="all", flavor="stream") (in Benchmarks/.venv)
    bench.py report RESULTS.tsv OUT    prints the table and the budget from bench.sh's results, writes them as JSON
"""
import json
import statistics
import sys

FLOOR = "pdftotext -layout"
EXTRACT = "juesuan extract"
MIB = 1024


def pdfplumber_tables(files):
    import pdfplumber

    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()


def camelot_tables(files):
    import camelot

    for path in files:
        camelot.read_pdf(path, pages="all", flavor="stream")


def summarise(rows):
    """Per set and tool: median CPU and wall seconds of the runs, the shortest wall (the run least disturbed by other
    work on the machine), the largest peak RSS."""
    tools = {}
    for _, set_name, tool, pages, wall, user, system, rss in rows:
        entry = tools.setdefault((set_name, tool), {"set": set_name, "tool": tool, "pages": int(pages), "runs": []})
        entry["runs"].append({"wall_s": float(wall), "cpu_s": float(user) + float(system), "rss_kib": int(rss)})
    for entry in tools.values():
        runs, pages = entry["runs"], entry["pages"]
        entry["cpu_s"] = statistics.median(run["cpu_s"] for run in runs)
        entry["wall_s"] = statistics.median(run["wall_s"] for run in runs)
        entry["best_wall_s"] = min(run["wall_s"] for run in runs)
        entry["cpu_s_per_page"] = entry["cpu_s"] / pages
        entry["wall_s_per_page"] = entry["wall_s"] / pages
        entry["peak_rss_mib"] = max(run["rss_kib"] for run in runs) / MIB
    # Per page: pdftotext and extract read a small set over and over (MIN_PAGES), the other tools read it once.
    for entry in tools.values():
        floor = tools.get((entry["set"], FLOOR))
        entry["cpu_ratio_to_pdftotext"] = entry["cpu_s_per_page"] / floor["cpu_s_per_page"] if floor else None
        entry["wall_ratio_to_pdftotext"] = entry["wall_s_per_page"] / floor["wall_s_per_page"] if floor else None
    return list(tools.values())


def budget(tools, memory, docs):
    """Each budget of the README: the figure, the bound, and whether it holds."""
    by = {(entry["set"], entry["tool"]): entry for entry in tools}
    checks = []
    for set_name in dict.fromkeys(entry["set"] for entry in tools):
        extract = by.get((set_name, EXTRACT))
        if extract and extract["cpu_ratio_to_pdftotext"]:
            checks.append((f"{set_name}: extract CPU per page / pdftotext -layout", extract["cpu_ratio_to_pdftotext"],
                           "<= 1.3", extract["cpu_ratio_to_pdftotext"] <= 1.3))
        plumber = by.get((set_name, "pdfplumber"))
        if extract and plumber:
            speedup = plumber["cpu_s_per_page"] / extract["cpu_s_per_page"]
            checks.append((f"{set_name}: pdfplumber CPU / extract CPU, per page", speedup, ">= 10", speedup >= 10))
    throughput = {entry["tool"]: entry for entry in tools if entry["tool"].startswith("watch --once, ")}
    one, two = throughput.get("watch --once, 1 workers"), throughput.get("watch --once, 2 workers")
    if one and two:
        scaling = one["best_wall_s"] / two["best_wall_s"]
        checks.append(("watch --once: throughput 2 workers / 1 worker (best runs)", scaling, ">= 1.8", scaling >= 1.8))
    if "100" in memory and docs in memory:
        growth = memory[docs]["rss_kib"] / memory["100"]["rss_kib"]
        checks.append((f"daemon RSS after {docs} documents / after 100", growth, "<= 1.1 (flat)", growth <= 1.1))
    return [{"figure": name, "value": value, "bound": bound, "holds": holds} for name, value, bound, holds in checks]


def report(results_path, out_path):
    rows = [line.rstrip("\n").split("\t") for line in open(results_path, encoding="utf-8")]
    machine = {row[1]: row[2] for row in rows if row[0] == "machine"}
    missing = {row[1]: row[2] for row in rows if row[0] == "missing"}
    notes = {row[1]: row[2] for row in rows if row[0] == "note"}
    memory = {row[1]: {"rss_kib": int(row[2]), "peak_kib": int(row[3])} for row in rows if row[0] == "memory"}
    docs, rate_seconds = next((row[1], float(row[2])) for row in rows if row[0] == "rate")
    latencies = sorted(float(row[1]) for row in rows if row[0] == "latency")
    extract40 = next(float(row[1]) for row in rows if row[0] == "extract40")
    tools = summarise([row for row in rows if row[0] == "run"])
    checks = budget(tools, memory, docs)

    print(f"\n{machine['cpu']}, {machine['cores']} cores, {machine['memory']}; {machine['poppler']}; {machine['swift']}")
    print(f"load average before {machine['load_before']}, after {machine['load_after']}\n")
    header = f"{'set':<18} {'tool':<28} {'pages':>5} {'CPU s/page':>11} {'wall s/page':>11} {'peak RSS':>9} " \
             f"{'CPU ×pdftotext':>14} {'wall ×pdftotext':>15}"
    print(header)
    print("-" * len(header))
    for entry in tools:
        ratios = [f"{entry[key]:.2f}" if entry[key] else "—" for key in ("cpu_ratio_to_pdftotext", "wall_ratio_to_pdftotext")]
        print(f"{entry['set']:<18} {entry['tool']:<28} {entry['pages']:>5} {entry['cpu_s_per_page']:>11.4f} "
              f"{entry['wall_s_per_page']:>11.4f} {entry['peak_rss_mib']:>6.0f} MiB {ratios[0]:>14} {ratios[1]:>15}")
        if entry["tool"].startswith("watch --once, "):
            documents = int(entry["set"].split()[0])
            print(f"{'':<18} {'':<28} {documents / entry['best_wall_s']:>11.1f} documents/s, "
                  f"{entry['pages'] / entry['best_wall_s']:.0f} pages/s (best of {len(entry['runs'])} runs); "
                  f"CPU {entry['cpu_s'] / entry['wall_s']:.2f} cores busy")
    for tool, reason in missing.items():
        print(f"{'':<18} {tool:<28} {reason}")
    for name, note in notes.items():
        print(f"{name}: {note}")
    print(f"\ndaemon resident set: started {memory['started']['rss_kib'] / MIB:.1f} MiB, after 100 documents "
          f"{memory['100']['rss_kib'] / MIB:.1f} MiB, after {docs} {memory[docs]['rss_kib'] / MIB:.1f} MiB "
          f"(peak {memory[docs]['peak_kib'] / MIB:.1f} MiB); {docs} 3-page documents in {rate_seconds:.1f} s "
          f"= {int(docs) / rate_seconds:.1f} documents/s")
    print(f"latency, 40-page report dropped into an idle daemon → its index line: median "
          f"{statistics.median(latencies):.2f} s ({latencies[0]:.2f}–{latencies[-1]:.2f}); extract alone {extract40:.2f} s")
    print("\nbudget")
    for check in checks:
        print(f"  {'holds ' if check['holds'] else 'MISSED'}  {check['figure']}: {check['value']:.2f} (bound {check['bound']})")
    document = {"machine": machine, "tools": tools, "missing": missing, "notes": notes, "daemon_memory_kib": memory,
                "daemon_documents": int(docs), "daemon_seconds": rate_seconds, "latency_40_pages_s": latencies,
                "extract_40_pages_s": extract40, "budget": checks}
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=2)
    print(f"\nwritten to {out_path}")


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "report":
        report(*arguments)
    else:
        {"pdfplumber": pdfplumber_tables, "camelot": camelot_tables}[command](arguments)
