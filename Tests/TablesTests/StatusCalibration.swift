import Foundation
import TestSupport

/// Status against accuracy over a scored run (issue 20): the documents that say `ok` though read wrong, and the
/// share of documents read right that say `ok`, leaving out those whose print is itself inconsistent (its truth
/// fails a check of `juesuan check`).
struct StatusCalibration {
    /// Read wrong: below this facts F1 no document may say `ok`.
    static let wrongBelow = 0.99
    /// Read right: from this facts F1 a document whose print is consistent should say `ok`.
    static let rightFrom = 0.999

    /// Documents with F1 < `wrongBelow` that say ok, as `name F1`.
    var wrongButOk: [String] = []
    /// Documents with F1 ≥ `rightFrom` whose truth passes every check.
    var right = 0
    /// Of `right`, those that say ok; the others as `name status`.
    var rightAndOk = 0
    var rightNotOk: [String] = []

    /// Reads each scored document's status from `json/NAME.json` of the harness's `out` folder and checks its truth
    /// (`pdf/NAME.truth.json`) with `juesuan check`.
    init(report: CorpusAcceptanceTests.Report, out: URL) throws {
        for document in report.documents {
            let name = (document.source_name as NSString).deletingPathExtension
            let json = out.appendingPathComponent("json/\(name).json")
            let read = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
            let status = (read?["document"] as? [String: Any])?["status"] as? String ?? "missing"
            if document.f1 < Self.wrongBelow, status == "ok" { wrongButOk.append("\(name) \(document.f1)") }
            guard document.f1 >= Self.rightFrom else { continue }
            let truth = out.appendingPathComponent("pdf/\(name).truth.json").path
            guard try ChildProcess.run(Binary.juesuan, ["check", truth]).status == 0 else { continue }
            right += 1
            if status == "ok" { rightAndOk += 1 } else { rightNotOk.append("\(name) \(status)") }
        }
    }

    /// The share of documents read right (print consistent) that say ok.
    var okShare: Double { right == 0 ? 1 : Double(rightAndOk) / Double(right) }
}
