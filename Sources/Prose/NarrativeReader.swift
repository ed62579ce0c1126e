import FoundationEssentials
public import PageModel
import PrintedText
public import Records

/// Reads the figures quoted in the prose (情况说明): totals, 基本支出 / 项目支出, 人员经费 / 公用经费, 三公,
/// 政府采购, vehicle counts, and shares (`占…%`), each with its sentence and page.
///
/// A figure is a number followed by its unit (万元, 辆, %); what it is comes from the words right before it
/// (`NarrativeKind.labels`). Amounts with other words are left out, except the amount a share is quoted of.
public struct NarrativeReader: Sendable {
    public init() {}

    /// The narrative of a document: the figures quoted on the pages that hold no table; nil when none is.
    public func narrative(of pages: [Page], besides tables: [Table]) -> Narrative? {
        let tablePages = Set(tables.flatMap(\.pages))
        let figures = figures(in: pages.filter { !tablePages.contains($0.number) })
        return figures.isEmpty ? nil : Narrative(figures: figures)
    }

    public func figures(in pages: [Page]) -> [NarrativeFigure] {
        let text = ProseText(pages: pages)
        var figures: [NarrativeFigure] = []
        var pendingAmount: (figure: NarrativeFigure, sentenceStart: Int)?
        var index = 0
        while index < text.characters.count {
            guard let number = number(in: text, at: index) else {
                index += 1
                continue
            }
            defer { index = number.end + number.unit.count }
            let sentence = text.sentence(around: number.start)
            let label = text.label(before: number.start)
            let page = text.pages[number.start]
            switch number.unit {
            case "%":
                guard label.hasPrefix("占") else { continue }
                if let pending = pendingAmount, pending.sentenceStart == sentence.start {
                    figures.append(pending.figure)
                    pendingAmount = nil
                }
                figures.append(
                    NarrativeFigure(
                        kind: Self.shareKind(of: label).name, value: number.value, unit: "%",
                        sentence: sentence.text, page: page))
            default:
                let isCount = number.unit == "辆"
                let kind = NarrativeKind.kind(ofLabel: label, count: isCount)
                let figure = NarrativeFigure(
                    kind: (kind.map(FigureKind.quoted) ?? .amountOfShare).name, value: number.value,
                    unit: isCount ? "辆" : "万元", sentence: sentence.text, page: page)
                if kind != nil {
                    figures.append(figure)
                    pendingAmount = nil
                } else if !isCount {
                    pendingAmount = (figure, sentence.start)
                }
            }
        }
        return figures
    }

    /// A share of the kind named after `占` (`占基本支出的`), of the section's total for a bare `占比`, of
    /// something else for a base that is no kind.
    static func shareKind(of label: String) -> FigureKind {
        var base = Substring(label.dropFirst())
        if base.hasSuffix("的") { base = base.dropLast() }
        guard !base.isEmpty, base != "比" else { return .share(of: nil) }
        return NarrativeKind.kind(ofLabel: String(base), count: false).map { .share(of: $0) } ?? .shareOfOther
    }

    /// The number starting at `index`, with its unit, if it is a figure (`2,697.60万元`, `1.48万`, `17辆`, `8.89%`).
    /// It starts at an ASCII digit that follows no number, `.` or `,`.
    private func number(
        in text: ProseText, at index: Int
    )
        -> (start: Int, end: Int, value: Decimal, unit: String)?
    {
        let classes = text.classes
        guard classes[index].contains(.asciiDigit),
            index == 0 || !(classes[index - 1].contains(.separator) || text.characters[index - 1].isNumber)
        else { return nil }
        var end = index
        while end < classes.count, !classes[end].isDisjoint(with: [.asciiDigit, .separator]) { end += 1 }
        while end > index, classes[end - 1].contains(.separator) { end -= 1 }
        let characters = text.characters
        guard let value = PrintedNumber.parse(text.text(index..<end)), end < characters.count else {
            return nil
        }
        let unit: String
        switch characters[end] {
        case "%", "％": unit = "%"
        case "辆": unit = "辆"
        case "万": unit = end + 1 < characters.count && characters[end + 1] == "元" ? "万元" : "万"
        default: return nil
        }
        return (index, end, value, unit)
    }
}
