import FoundationEssentials
import PageModel
import PrintedText
import Records

/// The lines of one table on one page, sorted into meta lines, header, body and notes.
struct TableRegion: Sendable {
    var page: Int
    var meta: [Line]
    var header: [Line]
    var body: [Line]
    var notes: [Line]
    /// Whether a note line (注：, 说明：) closed the table on this page.
    var closed: Bool { !notes.isEmpty }

    /// The rule that ended the header, nil when no body was found on this page.
    var headerEnd: HeaderEndRule?
    /// The rule by which the table went on to this page, nil on the page it starts on.
    var continuedBy: ContinuationRule?

    /// Splits `lines` (the lines after a title, up to the next title) of page `page`.
    /// `continuing` is true for a table carried over from the previous page, which has no meta lines.
    init(page: Int, lines: [Line], totalLabels: [String], continuing: Bool, settings: SegmentationSettings) {
        self.page = page
        let metaCount = continuing ? 0 : lines.prefix { Self.isMeta($0, settings: settings) }.count
        meta = Array(lines[..<metaCount])
        var index = metaCount
        header = []
        // The 栏次 row closes the header: lines above it are header, a 合计 column label among them too.
        if let numbers = Self.columnNumberRow(in: lines[index...]) {
            header = Array(lines[index..<numbers])
            index = numbers + 1
            headerEnd = .columnNumberRow
        }
        while headerEnd == nil, index < lines.count {
            let rule = HeaderEndRule.first(
                at: lines[index], next: index + 1 < lines.count ? lines[index + 1] : nil,
                totalLabels: totalLabels,
                afterHeader: !header.isEmpty || continuing)
            if let rule {
                headerEnd = rule
                break
            }
            header.append(lines[index])
            index += 1
        }
        if headerEnd == .note { headerEnd = nil }
        let bodyEnd =
            headerEnd == nil ? index : (lines[index...].firstIndex(where: HeaderEndRule.isNote) ?? lines.count)
        // Display text (a watermark across the table) is no cell's text; a line of it would join a row's name. A
        // page number is no row.
        body = lines[index..<bodyEnd].filter { !$0.isDisplay && !Self.isPageNumber($0) }
        notes = Array(lines[bodyEnd...])
    }

    /// The index of a 栏次 row printed before any figure, note or item of the body.
    static func columnNumberRow(in lines: ArraySlice<Line>) -> Int? {
        for index in lines.indices {
            let line = lines[index]
            if HeaderEndRule.isColumnNumberRow(line) { return index }
            if HeaderEndRule.isNote(line)
                || line.words.indices.contains(where: { HeaderEndRule.isFigureOrCode(at: $0, in: line.words) })
            {
                return nil
            }
        }
        return nil
    }

    /// A page number printed in the page's foot, alone on its line and marked as one: `— 12 —`, `-12-`, `第12页`.
    /// (A bare number alone on a line may be a code piece set at a baseline of its own.)
    static func isPageNumber(_ line: Line) -> Bool {
        let text = line.compactText
        // A scalar that is neither a digit nor a mark makes a character that is neither: most lines are dismissed
        // at their first few scalars, before the characters are filtered.
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "—–-－第页".unicodeScalars.contains($0) })
        else { return false }
        let digits = text.filter { $0.isASCII && $0.isNumber }
        let marks = text.filter { !($0.isASCII && $0.isNumber) }
        return (1...4).contains(digits.count) && !marks.isEmpty && digits.count + marks.count == text.count
            && marks.allSatisfy { "—–-－第页".contains($0) }
    }

    /// Tag, department, year or unit lines printed between a title and its header.
    static func isMeta(_ line: Line, settings: SegmentationSettings) -> Bool {
        let text = line.compactText
        if TableTag.number(in: text) != nil && TableTag.removing(from: text).count <= settings.tagLineRemainder {
            return true
        }
        let meta = MetaLine(text: text)
        if meta.department != nil || meta.unit != nil { return true }
        if meta.year != nil && text.count <= settings.metaYearLineLength { return true }
        let bare = text.filter { !"()（）".contains($0) }
        return PrintedYear.find(in: bare, requireDu: false)?.range == bare.startIndex..<bare.endIndex
    }
}
