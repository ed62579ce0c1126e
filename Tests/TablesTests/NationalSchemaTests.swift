import Foundation
import Pipeline
import Records
import Testing
import TestSupport

/// Documents of the national core set, with their rows per unit, `extra` figures and prior-year budgets, are
/// record model v1 as the JSON Schema describes it.
@Suite struct NationalSchemaTests {
    @Test func nationalBudgetsValidate() throws {
        guard let folder = Corpus.shared("national") else {
            print("skipped: ../shared/corpus/national is not beside the repository")
            return
        }
        let pdfs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pdf" }
        #expect(pdfs.count >= 4)
        var extras = 0
        for pdf in pdfs {
            let document = try Extraction().extract(contentsOf: pdf)
            #expect(document.document.family == .national, "\(pdf.lastPathComponent)")
            extras += document.tables.flatMap(\.records).filter { $0[.extra] != nil }.count
            #expect(try SchemaValidation.errors(in: document.jsonData()) == [], "\(pdf.lastPathComponent)")
        }
        #expect(extras > 0, "the national template's prior-year and change columns are kept in extra")
    }
}
