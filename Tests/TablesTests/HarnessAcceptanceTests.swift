import Foundation
import Testing
import TestSupport

/// The robustness harness of issue 11 (`scripts/harness`): the public reports printed again from their truth
/// in seeded layouts (fonts embedded or not, sizes, alignments, 类/款/项 columns, rules, page breaks, forms),
/// each PDF read back by `juesuan extract` and scored by the corpus scorer.
@Suite(.serialized) struct HarnessAcceptanceTests {
    /// Issue 11's bar over all variations (the engine measures F1 0.9921, tables R 1.0 at seed 1; 0.9930 and 0.9902
    /// at seeds 2 and 3 with 36 PDFs each): a fall below is a regression.
    static let factsFloor = 0.99
    static let tablesFloor = 0.99

    static let python = Corpus.root.appendingPathComponent(".venv-harness/bin/python")
    static let ready = Corpus.publicCorpus != nil && FileManager.default.isExecutableFile(atPath: python.path)

    @Test(.enabled(if: ready, "needs ../shared/corpus/public and .venv-harness (scripts/setup.sh)"))
    func variationsMeetTheFloor() throws {
        let out = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let script = Corpus.root.appendingPathComponent("scripts/harness/run.sh")
        let run = try ChildProcess.succeed("/bin/bash", [script.path, Binary.juesuan, out.path])
        print(run.outputText)  // per PDF and per axis value: the lead's view of which layouts fail
        let report = try JSONDecoder().decode(
            CorpusAcceptanceTests.Report.self,
            from: Data(contentsOf: out.appendingPathComponent("scores.json")))
        #expect(report.documents.count >= 20)
        #expect(report.docs_found == report.documents.count)
        #expect(report.meta_recall >= 0.99)
        #expect(report.f1 >= Self.factsFloor, "facts F1 \(report.f1)")
        #expect(report.tables_recall >= Self.tablesFloor, "tables R \(report.tables_recall)")
        let axes =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("axes.json")))
            as? [String: Any]
        #expect(axes?.count ?? 0 >= 10, "every axis reported")
        try statusSaysHowWellTheDocumentWasRead(report, out: out)
    }

    /// Issue 20, on the same run: no document read wrong (F1 < 0.99) says ok, and at least 90 % of those read
    /// right (F1 ≥ 0.999) whose print is consistent do (seed 1 measures 0 and 8 of 8).
    private func statusSaysHowWellTheDocumentWasRead(_ report: CorpusAcceptanceTests.Report, out: URL) throws {
        let calibration = try StatusCalibration(report: report, out: out)
        #expect(calibration.wrongButOk.isEmpty, "read wrong but ok: \(calibration.wrongButOk)")
        #expect(calibration.right >= 5)
        #expect(calibration.okShare >= 0.9, "read right but not ok: \(calibration.rightNotOk)")
    }

    /// The same seed prints the same bytes: a failure found by the harness can be printed again and looked at.
    @Test(.enabled(if: ready, "needs ../shared/corpus/public and .venv-harness (scripts/setup.sh)"))
    func generationIsReproducible() throws {
        let generator = Corpus.root.appendingPathComponent("scripts/harness/generate.py").path
        let corpus = try #require(Corpus.publicCorpus)
        var prints: [[String: Data]] = []
        for seed in ["3", "3", "4"] {
            let out = try Corpus.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: out) }
            try ChildProcess.succeed(
                Self.python.path, [generator, corpus.path, out.path, "--per-source", "1", "--seed", seed])
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
                files[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            prints.append(files)
        }
        #expect(prints[0].count >= 13)
        #expect(prints[0] == prints[1])
        #expect(prints[0] != prints[2])
    }
}
