import Checks
import Records
import Testing

/// Catalogue warnings of a document, by its year.
@Suite struct CatalogueReviewTests {
    private func document(year: Int, codes: [String]) -> ArchiveDocument {
        let table = Table(
            id: .expenditure, title: "支出决算表", pages: [1],
            records: codes.map { ["code": .text($0), "name": "行"] })
        return ArchiveDocument(
            document: DocumentInfo(
                sha256: "", sourceName: "review.pdf", pages: 1, year: year,
                unit: "万元", family: .shanxi, status: .ok), tables: [table])
    }

    @Test func unknownCodesOfACoveredYearAreNamed() {
        let diagnostics = Validation().diagnostics(of: document(year: 2024, codes: ["2010301", "2999999"]))
        #expect(diagnostics.map(\.code) == [.codeNotInCatalogue])
        #expect(diagnostics.first?.table == .expenditure)
        #expect(diagnostics.first?.message.contains("2999999") == true)
    }

    @Test func aYearBeforeTheCatalogueGetsOneWarning() {
        let validated = Validation().validated(document(year: 2019, codes: ["2010301", "2080505", "30101"]))
        #expect(
            validated.warnings == ["the 政府收支分类 catalogue starts at fiscal 2023: the codes of 2019 were not checked"])
        #expect(Validation().diagnostics(of: document(year: 2019, codes: [])).isEmpty)
    }
}
