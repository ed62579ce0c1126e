import PDFText
import PageModel
import TestSupport
import Testing

/// The 收入决算表 of each producer read through real poppler: every cell a word, in reading order, each column
/// in an x-range of its own.
@Suite(.serialized, .readsPDFs) struct IncomeTableTests {
    /// The columns of a coded income row, left to right.
    static let columns = ["code", "name", "total", "fiscal_appropriation"]

    @Test(arguments: Fixture.all) func everyCellIsAWordInReadingOrder(_ fixture: Fixture) throws {
        let lines = try Self.incomeLines(try fixture.read())
        let records = try #require(try fixture.truth().tables.first { $0.id == "income" }).records
            .filter { $0["code"] != nil }
        var ranges: [[Box]] = Array(repeating: [], count: Self.columns.count)
        #expect(!records.isEmpty)
        for record in records {
            let code = try #require(record["code"]?.text)
            let index = try #require(lines.firstIndex { $0.words.first?.text == code }, "no line starts with \(code)")
            let words = lines[index].words
            try #require(words.count == Self.columns.count, "\(code): \(lines[index].text)")
            #expect(lines.cellText(line: index, word: 1) == record["name"]?.text, "\(code)")
            #expect(words[2].text.withoutSeparators == record["total"]?.printedAmount, "\(code)")
            #expect(words[3].text.withoutSeparators == record["fiscal_appropriation"]?.printedAmount, "\(code)")
            #expect(zip(words, words.dropFirst()).allSatisfy { $0.box.x1 < $1.box.x0 }, "\(code): words overlap")
            for (column, word) in words.enumerated() { ranges[column].append(word.box) }
        }
        let columns = ranges.map { $0.dropFirst().reduce($0[0]) { $0.union($1) } }
        for (left, right) in zip(columns, columns.dropFirst()) {
            #expect(left.x1 < right.x0, "columns overlap: \(left) and \(right)")
        }
    }

    /// The lines from the title 收入决算表 to the title of the next table, 支出决算表, over page breaks.
    static func incomeLines(_ document: DocumentText) throws -> [Line] {
        let lines = document.pages.flatMap(\.lines)
        let start = try #require(lines.firstIndex { $0.compactText == "收入决算表" })
        let end = lines[start...].firstIndex { $0.compactText == "支出决算表" } ?? lines.endIndex
        return Array(lines[start..<end])
    }
}
