import Foundation
import PageModel
import PrintedText
import Records

/// A line that prints the title of a known table.
struct TitleMatch: Sendable {
    var layout: TableLayout
    /// The title as printed, whitespace, tag and enumerator removed.
    var title: String
    /// The title carries a continuation mark (续表, (续)): the table goes on from the previous page.
    var continued: Bool
}

/// Finds table titles: a line whose text, once normalised, is a known title, or ends with one after a short
/// prefix (a department or year: `2024年度收入决算表`; for project self-evaluations the project name).
/// The longest title that fits wins (`财政拨款收入支出决算总表` over `收入支出决算总表`). Table-of-contents
/// entries and sentences that mention a title are not titles: they carry leaders, page numbers or sentence
/// punctuation, and the caller also requires a matching header below.
struct TitleFinder: Sendable {
    /// Marks of a continued table, removed before matching.
    static let continuationMarks = ["(续表)", "(续)", "续表", "续"]
    /// Characters a prefix before a title never holds: it would be a sentence, not a title.
    static let sentencePunctuation: Set<Character> = [":", "，", ",", "；", ";", "。"]
    /// A prefix before a title other than a project's self-evaluation is at most this long.
    static let maximumPrefix = 40

    var catalogue: LayoutCatalogue
    /// Every title and suffix, normalised, with its layout; longest first.
    private let titles: [(key: String, layout: TableLayout, isSuffix: Bool)]

    init(catalogue: LayoutCatalogue) {
        self.catalogue = catalogue
        titles = catalogue.tables.flatMap { layout in
            layout.titles.map { (TextNormalization.key($0), layout, false) }
                + (layout.titleSuffixes ?? []).map { (TextNormalization.key($0), layout, true) }
        }.sorted { $0.key.count > $1.key.count }
    }

    func match(_ line: Line) -> TitleMatch? {
        // Every known title ends in 表 (or carries 续 after it); most lines are dismissed here.
        guard line.compactText.includes("表") else { return nil }
        let printed = TextNormalization.withoutEnumerator(TableTag.removing(from: line.compactText))
        var key = TextNormalization.key(printed)
        guard !key.isEmpty, !key.includes("。"), !key.includes("..."), !key.includes("…"), !key.hasPrefix("《") else {
            return nil
        }
        var continued = false
        for mark in Self.continuationMarks where key.hasSuffix(mark) || key.hasPrefix(mark) {
            key = key.hasSuffix(mark) ? String(key.dropLast(mark.count)) : String(key.dropFirst(mark.count))
            continued = true
            break
        }
        for title in titles where key.hasSuffix(title.key) {
            let prefix = key.dropLast(title.key.count)
            if prefix.isEmpty && !title.isSuffix { return TitleMatch(layout: title.layout, title: printed, continued: continued) }
            guard !prefix.isEmpty, !prefix.includes(":") else { continue }
            // A project name before a self-evaluation title may be long and list things; any other prefix
            // (a department, a year) is short and no sentence.
            if title.isSuffix || (prefix.count <= Self.maximumPrefix && !prefix.contains(where: Self.sentencePunctuation.contains)) {
                return TitleMatch(layout: title.layout, title: printed, continued: continued)
            }
        }
        return nil
    }
}
