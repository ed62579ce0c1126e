import PageModel
import Records

/// The identifying fields of a self-evaluation form (绩效自评表): the value printed right of each label.
struct PerformanceFields: Sendable {
    var layout: TableLayout

    func fields(in regions: [TableRegion]) -> [String: Value]? {
        var fields: [String: Value] = [:]
        let lines = regions.flatMap { $0.meta + $0.header + $0.body + $0.notes }
        for rule in layout.fields ?? [] {
            for line in lines {
                guard let value = value(after: rule, in: line) else { continue }
                fields[rule.key] = value
                break
            }
        }
        return fields.isEmpty ? nil : fields
    }

    /// The first cell right of a word that is one of the rule's labels, read as the rule's kind of value.
    private func value(after rule: ColumnRule, in line: Line) -> Value? {
        for (index, word) in line.words.enumerated() {
            let label = TextNormalization.key(word.text)
            guard rule.headers.contains(where: { label == TextNormalization.key($0) }) else { continue }
            for next in line.words[(index + 1)...] {
                let text = TextNormalization.compact(next.text)
                if rule.value == .text { return text.isEmpty ? nil : .text(text) }
                if let number = PrintedNumber.parse(text) { return .number(number) }
            }
        }
        return nil
    }
}
