import Foundation
import PageModel
import Records

/// The identifying fields of a self-evaluation form (绩效自评表), read from labelled cells.
///
/// A label prints its value either to its right on the same line (`执行率 96.84%`), or as a column
/// header over a row of figures (`全年预算数 | 全年执行数 | 执行率` over `资金总额: 30 30 18.469 …`). In the
/// second form the printed positions of the figures are unreliable (cells shift), so figures are matched to
/// the bottom header cells in order.
struct PerformanceFields: Sendable {
    var layout: TableLayout
    /// The row of figures under a header row lies within this many lines.
    static let figureRowReach = 3
    /// A header word on a lower line sits at least this many ems further down.
    static let lineStep = 0.6

    func fields(in regions: [TableRegion]) -> [String: Value]? {
        let lines = regions.flatMap { $0.meta + $0.header + $0.body + $0.notes }
        let rules = layout.fields ?? []
        let labels = rules.flatMap(\.headers).map(TextNormalization.key)
        var fields: [String: Value] = [:]
        for rule in rules {
            for (index, line) in lines.enumerated() {
                guard let labelIndex = line.words.firstIndex(where: { word in
                    let key = TextNormalization.key(word.text)
                    return rule.headers.contains { key.contains(TextNormalization.key($0)) }
                }) else { continue }
                let right = line.words[(labelIndex + 1)...].prefix { word in
                    !labels.contains { TextNormalization.key(word.text).contains($0) }
                }
                if rule.value == .text {
                    let text = TextNormalization.compact(right.map(\.text).joined())
                    if !text.isEmpty { fields[rule.key] = .text(text) }
                } else if let number = right.lazy.compactMap({ PrintedNumber.parse($0.text) }).first {
                    fields[rule.key] = .number(number)
                } else if let number = figureUnder(line.words[labelIndex], headerLine: index, in: lines) {
                    fields[rule.key] = .number(number)
                }
                if fields[rule.key] != nil { break }
            }
        }
        return fields.isEmpty ? nil : fields
    }

    /// The figure under a header word: the k-th number of the first row of figures below matches the k-th
    /// bottom header cell (header cells with no other header cell printed under them).
    private func figureUnder(_ label: Word, headerLine: Int, in lines: [Line]) -> Decimal? {
        let reach = lines[(headerLine + 1)..<min(lines.count, headerLine + 1 + Self.figureRowReach)]
        guard let figureIndex = reach.firstIndex(where: { line in
            line.words.filter { PrintedNumber.parse($0.text) != nil }.count >= 2
        }) else { return nil }
        // Header cells left of the figure row's own label belong to the form's first column (its row labels).
        let rowStart = lines[figureIndex].words.first?.box.x0 ?? 0
        let headerWords = lines[headerLine..<figureIndex].flatMap(\.words).filter { $0.box.x1 > rowStart }
        let leaves = headerWords.filter { upper in
            !headerWords.contains { lower in
                lower.box.isBelow(upper.box, by: Self.lineStep * upper.fontSize)
                    && lower.box.midX >= upper.box.x0 && lower.box.midX <= upper.box.x1
            }
        }.sorted { $0.box.x0 < $1.box.x0 }
        let figures = lines[figureIndex].words.compactMap { PrintedNumber.parse($0.text) }
        guard let position = leaves.firstIndex(where: { $0.box == label.box }), position < figures.count else { return nil }
        return figures[position]
    }
}
