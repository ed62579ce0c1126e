import Foundation
import PDFText
import PageModel
import TestSupport

/// A corpus PDF copied to `Tests/Fixtures/corpus`, one per producer, with its ground truth beside it.
struct Fixture: CustomStringConvertible, Sendable {
    var name: String

    /// LibreOffice Calc: tables only, portrait.
    static let calc = Fixture(name: "liaoning-chaoyang-zhengfuban-2024.calc")
    /// Headless Chromium (Skia): Type 3 CJK fonts with a ToUnicode map.
    static let chromium = Fixture(name: "liaoning-chaoyang-zhengfuban-2024.chromium")
    /// A real published report (Microsoft Word 2010): landscape tables, names wrapped inside cells.
    static let word = Fixture(name: "sh-putuo-guihuaziranziyuanju-2024-bumenjuesuan")
    static let all = [calc, chromium, word]

    var description: String { name }
    var pdf: URL { Corpus.fixture("corpus/\(name).pdf") }

    func read() throws -> DocumentText {
        try PDFReader().read(contentsOf: pdf)
    }

    func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Corpus.fixture("corpus/\(name).truth.json")))
    }
}

/// The parts of a ground-truth file these tests compare with: the texts as printed and the income table.
struct Truth: Decodable {
    struct Document: Decodable { var department: String }
    struct Table: Decodable {
        var id: String
        var records: [[String: Value]]
        var fields: [String: Value]?
    }

    /// A record value: a printed text or an amount (anything else is not needed here).
    enum Value: Decodable {
        case text(String)
        case number(Double)
        case other

        init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer()
            if let text = try? value.decode(String.self) {
                self = .text(text)
            } else if let number = try? value.decode(Double.self) {
                self = .number(number)
            } else {
                self = .other
            }
        }

        var text: String? { if case .text(let text) = self { text } else { nil } }

        /// The amount as the tables print it, without thousands separators: `2697.60`.
        var printedAmount: String? {
            if case .number(let number) = self { String(format: "%.2f", number) } else { nil }
        }
    }

    var document: Document
    var tables: [Table]

    /// Every Chinese text of the tables (names, items, form fields) and the department: printed verbatim.
    var printedTexts: Set<String> {
        let values = tables.flatMap { $0.records.flatMap(\.values) + ($0.fields.map { Array($0.values) } ?? []) }
        return Set(values.compactMap(\.text).filter(\.isChinese) + [document.department])
    }
}

extension String {
    /// Whether the text holds a CJK ideograph (canonical ids such as `total` do not).
    var isChinese: Bool { unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    /// An amount word as the truth spells it: thousands separators dropped.
    var withoutSeparators: String { replacingOccurrences(of: ",", with: "") }
}
