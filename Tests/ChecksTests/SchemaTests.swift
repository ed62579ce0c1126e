import Checks
import Foundation
import Records
import TestSupport
import Testing

@Suite struct SchemaTests {
    @Test(arguments: TruthDocuments.names)
    func truthFilesValidate(_ name: String) throws {
        #expect(try SchemaValidation.errors(in: Data(contentsOf: TruthDocuments.url(name))) == [])
    }

    @Test func validatedDocumentsValidate() throws {
        var document = Validation().validated(try TruthDocuments.load("liaoning-chaoyang-zuzhibu-2024.chromium"))
        document.narrative = Narrative(figures: [
            NarrativeFigure(kind: "vehicle_count", value: 2, unit: "辆", sentence: "共有车辆2辆。", page: 5)
        ])
        #expect(document.checks.contains { !$0.ok })
        #expect(try SchemaValidation.errors(in: document.jsonData()) == [])
    }

    @Test func aBadCodeIsReported() throws {
        var document = try TruthDocuments.load("shanxi-shuozhou-kaifaqu-2024.calc")
        document.tables[1].records[1]["code"] = "20１"
        let errors = try SchemaValidation.errors(in: document.jsonData())
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("tables/1/records/1/code:") == true)
    }
}
