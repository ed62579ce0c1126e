import FoundationEssentials
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
    /// The printed 公开NN表 number, where the title line carries it.
    var number: String?
    /// Length of the known title matched: a longer one is the more specific match.
    var matchedLength: Int
    /// Lines above this one that the title began on (a title wrapped over lines).
    var linesAbove = 0
    /// The title matched is a suffix that follows a project name (`…项目支出绩效自评表`).
    var isSuffix: Bool
    /// The title matched is one of the national core set's short titles.
    var isNational = false
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

    var catalogue: LayoutCatalogue
    var settings: SegmentationSettings
    /// Every title and suffix, normalised, with its layout; longest first.
    private let titles: [(key: String, layout: TableLayout, isSuffix: Bool, isNational: Bool)]
    /// The UTF-8 bytes of each of `titles`' keys, at the same index.
    private let titleBytes: [[UInt8]]

    init(catalogue: LayoutCatalogue, settings: SegmentationSettings) {
        self.catalogue = catalogue
        self.settings = settings
        let all = catalogue.tables.flatMap { layout in
            let plain = layout.titles.map {
                (key: TextFold.key($0), layout: layout, isSuffix: false, isNational: false)
            }
            let suffixes = (layout.titleSuffixes ?? []).map {
                (key: TextFold.key($0), layout: layout, isSuffix: true, isNational: false)
            }
            let national = (layout.nationalTitles ?? []).map {
                (key: TextFold.key($0), layout: layout, isSuffix: false, isNational: true)
            }
            return plain + suffixes + national
        }
        // Counted once each, not at every comparison of the (stable) sort.
        let lengths = all.map(\.key.count)
        titles = all.indices.sorted { lengths[$0] > lengths[$1] }.map { all[$0] }
        titleBytes = titles.map { Array($0.key.utf8) }
    }

    /// The title `line` prints, alone or as the last line of a title wrapped from the lines `above` it (nearest
    /// last). A long title with a department prefix wraps: `…一般公共预算财政拨款` / `支出决算表` is no 支出决算表,
    /// and a project's name before `项目支出绩效自评表` may take lines. Lines right above, in the same size and no
    /// title themselves, are joined while together they name a longer known title, or the same project title.
    func match(_ line: Line, under above: ArraySlice<Line>) -> TitleMatch? {
        // A title's last line holds its 表, or a continuation mark (续): most lines are dismissed here.
        guard line.compactText.includes("表") || line.compactText.includes("续") else { return nil }
        var best = match(line)
        var joined = [line]
        for upper in above.reversed().prefix(settings.titleWrappedLines) {
            guard isWrapped(upper, into: joined[0]), match(upper) == nil else { break }
            joined.insert(upper, at: 0)
            guard var candidate = match(Line(words: joined.flatMap(\.words))) else { break }
            let longer = candidate.matchedLength > best?.matchedLength ?? 0
            let sameProject = candidate.isSuffix && candidate.layout.kind == best?.layout.kind
            guard longer || sameProject else { break }
            candidate.linesAbove = joined.count - 1
            best = candidate
        }
        return best
    }

    /// Whether `lower` may continue a title printed on `upper`: the next line down, in the same font size.
    private func isWrapped(_ upper: Line, into lower: Line) -> Bool {
        let size = max(upper.fontSize, lower.fontSize)
        return lower.box.y0 - upper.box.y1 <= settings.titleWrapGap * size && lower.box.y0 > upper.box.midY
            && abs(upper.fontSize - lower.fontSize) <= settings.titleSizeSlack * size
    }

    func match(_ line: Line) -> TitleMatch? {
        // Every known title ends in 表 (or carries 续 after it); most lines are dismissed here.
        guard line.compactText.includes("表") else { return nil }
        let tag = TableTag.find(in: line.compactText)
        var untagged = line.compactText
        if let tag { untagged.removeSubrange(tag.range) }
        let printed = TextFold.withoutEnumerator(untagged)
        var key = TextFold.key(printed)
        guard !key.isEmpty, !key.includes("。"), !key.includes("..."), !key.includes("…"), !key.hasPrefix("《") else {
            return nil
        }
        // Some producers print the year after the title: 预算项目(政策)绩效自评表 (2024年度).
        if let year = PrintedYear.find(in: key, requireDu: false), Self.isTrailing(year.range, in: key) {
            key = String(key[..<year.range.lowerBound]).trimmingBrackets()
        }
        let (title, continued) = Self.withoutContinuationMark(key)
        return match(key: title, printed: printed, continued: continued, number: tag?.number)
    }

    /// The key without a continuation mark (续表, (续)) at either end, and whether it had one.
    private static func withoutContinuationMark(_ key: String) -> (String, Bool) {
        for mark in continuationMarks where key.hasSuffix(mark) || key.hasPrefix(mark) {
            return (key.hasSuffix(mark) ? String(key.dropLast(mark.count)) : String(key.dropFirst(mark.count)), true)
        }
        return (key, false)
    }

    /// The longest known title `key` ends with, after nothing, or after a short prefix that is no sentence.
    private func match(key: String, printed: String, continued: Bool, number: String?) -> TitleMatch? {
        // Most titles are dismissed by the bytes the key ends with, before `hasSuffix` compares characters.
        let bytes = Array(key.utf8)
        for (title, suffix) in zip(titles, titleBytes)
        where bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
            && key.hasSuffix(title.key)
        {
            let prefix = key.dropLast(title.key.count)
            let found = TitleMatch(
                layout: title.layout, title: printed, continued: continued, number: number,
                matchedLength: title.key.count, isSuffix: title.isSuffix, isNational: title.isNational)
            if prefix.isEmpty && !title.isSuffix { return found }
            guard !prefix.isEmpty, !prefix.includes(":") else { continue }
            // A project name before a self-evaluation title may be long and list things; any other prefix
            // (a department, a year) is short and no sentence.
            if title.isSuffix
                || (prefix.count <= settings.titlePrefixLength
                    && !prefix.contains(where: Self.sentencePunctuation.contains))
            {
                return found
            }
        }
        return nil
    }

    /// Whether `range` ends `key`, perhaps inside a closing bracket: `…表(2024年度)`, `…表2024年`.
    private static func isTrailing(_ range: Range<String.Index>, in key: String) -> Bool {
        let rest = key[range.upperBound...]
        return rest.isEmpty || rest == ")"
    }
}

private extension String {
    /// Without an opening bracket left at its end.
    func trimmingBrackets() -> String {
        hasSuffix("(") ? String(dropLast()) : self
    }
}
