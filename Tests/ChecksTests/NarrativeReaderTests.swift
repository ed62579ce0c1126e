import Checks
import Foundation
import PageModel
import Prose
import Records
import Testing

@Suite struct NarrativeReaderTests {
    /// A page of prose, one line per string, each line one word.
    static func page(_ lines: [String], number: Int = 3) -> Page {
        let words = lines.enumerated().map { index, text in
            Line(words: [
                Word(
                    text: text, box: Box(x0: 0, y0: Double(index) * 12, x1: 300, y1: Double(index) * 12 + 10),
                    fontSize: 10)
            ])
        }
        return Page(number: number, width: 595, height: 842, quarterTurned: false, lines: words)
    }

    @Test func figuresAreReadWithTheirKindSentenceAndPage() {
        let figures = NarrativeReader().figures(in: [
            Self.page([
                "（二）支出总计2,697.60万元，包括：1.基本支出2137.69万",
                "元，占支出总计的79.24%。与上年相比，支出增加220.33万元。",
                "截至年末共有车辆17辆。",
            ])
        ])
        #expect(figures.map(\.kind) == ["expenditure_total", "basic", "share_of_expenditure_total", "vehicle_count"])
        #expect(
            figures.map(\.value) == [
                Decimal(string: "2697.6")!, Decimal(string: "2137.69")!,
                Decimal(string: "79.24")!, 17,
            ])
        #expect(figures[1].sentence == "（二）支出总计2,697.60万元，包括：1.基本支出2137.69万元，占支出总计的79.24%。")
        #expect(figures.allSatisfy { $0.page == 3 })
    }

    @Test func aChangedProseFigureFailsItsRule() throws {
        var document = try TruthDocuments.load("liaoning-chaoyang-zhengfuban-2024.calc")
        document.narrative = Narrative(
            figures: NarrativeReader().figures(in: [
                Self.page([
                    "“三公”经费支出108.56万元。公务用车购置费45.80万元，公务用车运行维护费62.57万元。"
                ])
            ]))
        let failed = Validation().validated(document).checks.filter { !$0.ok }
        #expect(failed.map(\.rule) == ["narrative_vehicle_operation"])
        #expect(failed.first?.expected == Decimal(string: "62.75"))
    }

    @Test func aFigureNoTableHoldsIsListedNotChecked() throws {
        var document = try TruthDocuments.load("liaoning-chaoyang-zhengfuban-2024.calc")
        document.narrative = Narrative(
            figures: NarrativeReader().figures(in: [
                Self.page([
                    "2024年政府采购支出总额43.00万元。"
                ])
            ]))
        let validated = Validation().validated(document)
        #expect(validated.narrative?.figures.map(\.kind) == ["procurement_total"])
        #expect(!validated.checks.contains { $0.rule.hasPrefix("narrative_") })
        #expect(Validation().unreconciledFigures(of: validated).map(\.kind) == ["procurement_total"])
    }

    @Test func aShareIsReconciledAndItsAmountIsNotListed() throws {
        var document = try TruthDocuments.load("liaoning-chaoyang-zhengfuban-2024.calc")
        document.narrative = Narrative(
            figures: NarrativeReader().figures(in: [
                Self.page([
                    "“三公”经费支出108.56万元，其中公务接待费10.00万元，占9.21%。"
                ])
            ]))
        let figures = try #require(document.narrative?.figures)
        #expect(
            figures.map { FigureKind($0.kind) } == [
                .quoted(.threePublicTotal), .quoted(.officialReception), .share(of: nil),
            ])
        #expect(figures.allSatisfy { FigureKind($0.kind)?.name == $0.kind })
        let unreconciled = Validation().unreconciledFigures(of: document)
        #expect(!unreconciled.contains { $0.unit == "%" })
    }
}
