import Foundation
import TestSupport

/// `juesuan facts` run on an archive, and `scripts/facts-check.py` (DuckDB, exact decimals) run on its output.
struct FactsCheck {
    static let python = Corpus.root.appendingPathComponent(".venv-facts/bin/python")
    static let script = Corpus.root.appendingPathComponent("scripts/facts-check.py")
    /// Whether DuckDB is installed (scripts/setup.sh).
    static let ready = FileManager.default.isExecutableFile(atPath: python.path)

    /// What the check script reports.
    struct Figures: Decodable {
        var documents: Int
        var rows: Int
        var values: Int
        var cells: Int
        var sumsChecked: Int
        var incomeTotalSum: String
        var threePublicActualSum: String

        enum CodingKeys: String, CodingKey {
            case documents, rows, values, cells, sumsChecked = "sums_checked", incomeTotalSum = "income_total_sum",
                threePublicActualSum = "three_public_actual_sum"
        }
    }

    let folder: URL
    var csv: URL { folder.appendingPathComponent("facts.csv") }
    var jsonl: URL { folder.appendingPathComponent("facts.jsonl") }

    /// Exports `archive` as CSV (with a byte-order mark when `bom`) and JSON lines into `folder`; returns
    /// the runs (exit status, stderr).
    func export(_ archive: URL, bom: Bool = false) throws -> (csv: ChildProcess, jsonl: ChildProcess) {
        let csvRun = try ChildProcess.run(
            Binary.juesuan, ["facts", archive.path, "--output", csv.path] + (bom ? ["--bom"] : []))
        let jsonlRun = try ChildProcess.run(
            Binary.juesuan, ["facts", archive.path, "--format", "jsonl", "--output", jsonl.path])
        return (csvRun, jsonlRun)
    }

    /// Runs the check script on the export of `archive`; throws with its message when a row or sum differs.
    func check(_ archive: URL) throws -> Figures {
        let run = try ChildProcess.succeed(Self.python.path, [Self.script.path, archive.path, csv.path, jsonl.path])
        return try JSONDecoder().decode(Figures.self, from: run.output)
    }
}
