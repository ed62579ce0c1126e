import Foundation
import PageModel
import Records

/// A line that prints the title of a known table.
struct TitleMatch: Sendable {
    var layout: TableLayout
    /// The title as printed, whitespace, tag and enumerator removed.
    var title: String
    var page: Int
    var line: Int
}

/// Finds table titles: a line whose text, once normalised, is exactly a known title (or, for project
/// self-evaluations, ends with a known suffix after a project name). Table-of-contents entries and
/// sentences that mention a title are not titles: they carry leaders, page numbers or sentence punctuation,
/// and the caller also requires a matching header below.
struct TitleFinder: Sendable {
    var catalogue: LayoutCatalogue

    func match(_ line: Line) -> (TableLayout, String)? {
        // Every known title ends in 表; most lines are dismissed here.
        guard line.compactText.contains("表") else { return nil }
        let printed = TextNormalization.withoutEnumerator(TableTag.removing(from: line.compactText))
        let key = TextNormalization.key(printed)
        guard !key.isEmpty, !key.contains("。"), !key.contains("..."), !key.contains("…"), !key.hasPrefix("《") else {
            return nil
        }
        for candidate in candidates(of: key) {
            for layout in catalogue.tables {
                if layout.titles.contains(where: { TextNormalization.key($0) == candidate }) { return (layout, printed) }
            }
        }
        for layout in catalogue.tables {
            for suffix in layout.titleSuffixes ?? [] where key.hasSuffix(suffix) && key.count > suffix.count {
                guard !key.contains(":") else { continue }
                return (layout, printed)
            }
        }
        return nil
    }

    /// The key itself, and what follows a leading "…年度" (a department-and-year prefix).
    private func candidates(of key: String) -> [String] {
        var result = [key]
        if let range = key.range(of: "年度", options: .backwards) {
            result.append(String(key[range.upperBound...]))
        }
        return result
    }
}
