import Foundation
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

    /// Note lines start with one of these.
    static let noteMarkers = ["注", "说明", "备注", "填报说明"]

    /// Splits `lines` (the lines after a title, up to the next title) of page `page`.
    /// `continuing` is true for a table carried over from the previous page, which has no meta lines.
    init(page: Int, lines: [Line], totalLabels: [String], continuing: Bool, settings: SegmentationSettings) {
        self.page = page
        var index = 0
        var meta: [Line] = []
        if !continuing {
            while index < lines.count, Self.isMeta(lines[index], settings: settings) {
                meta.append(lines[index])
                index += 1
            }
        }
        var header: [Line] = []
        var bodyStart: Int?
        // The 栏次 row closes the header: lines above it are header, a 合计 column label among them too.
        if let numbers = Self.columnNumberRow(in: lines[index...]) {
            header = Array(lines[index..<numbers])
            index = numbers + 1
            bodyStart = index
        }
        while bodyStart == nil, index < lines.count {
            let line = lines[index]
            if Self.isNote(line) { break }
            if Self.startsBody(line, totalLabels: totalLabels, afterHeader: !header.isEmpty || continuing) {
                bodyStart = index
                break
            }
            header.append(line)
            index += 1
        }
        var body: [Line] = []
        if let start = bodyStart {
            index = start
            while index < lines.count, !Self.isNote(lines[index]) {
                body.append(lines[index])
                index += 1
            }
        }
        self.meta = meta
        self.header = header
        // Display text (a watermark across the table) is no cell's text; a line of it would join a row's name.
        self.body = body.filter { !$0.isDisplay }
        self.notes = Array(lines[min(index, lines.count)...])
    }

    /// The index of a 栏次 row printed before any figure, note or item of the body.
    static func columnNumberRow(in lines: ArraySlice<Line>) -> Int? {
        for index in lines.indices {
            let line = lines[index]
            if isColumnNumberRow(line) { return index }
            if isNote(line) || line.words.contains(where: { word in
                let text = word.text.removingBlanks()
                return PrintedValue.looksLikeAmount(text) || PrintedValue.looksLikeCode(text)
            }) {
                return nil
            }
        }
        return nil
    }

    static func isNote(_ line: Line) -> Bool {
        let text = line.compactText
        return noteMarkers.contains { text.hasPrefix($0 + "：") || text.hasPrefix($0 + ":") }
    }

    /// Tag, department, year or unit lines printed between a title and its header.
    static func isMeta(_ line: Line, settings: SegmentationSettings) -> Bool {
        let text = line.compactText
        if TableTag.number(in: text) != nil && TableTag.removing(from: text).count <= settings.tagLineRemainder { return true }
        let meta = MetaLine(text: text)
        if meta.department != nil || meta.unit != nil { return true }
        if meta.year != nil && text.count <= settings.metaYearLineLength { return true }
        let bare = text.filter { !"()（）".contains($0) }
        return PrintedYear.find(in: bare, requireDu: false)?.range == bare.startIndex..<bare.endIndex
    }

    /// The 栏次 row (`栏次 1 2 3 …`) or a bare row of column numbers 1…n under the header.
    static func isColumnNumberRow(_ line: Line) -> Bool {
        var numbers: [Int] = []
        for word in line.words {
            let text = word.text.removingBlanks()
            if text == "栏次" || text == "栏" || text == "次" { continue }
            guard let number = Int(text) else { return false }
            numbers.append(number)
        }
        guard let first = numbers.first, first == 1 || line.compactText.includes("栏次") else { return false }
        if line.compactText.includes("栏次") { return true }
        return numbers.count >= 2 && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    /// The first body line: one that prints an amount or a code, a total row (合计 and numbers or nothing),
    /// or, once a header has been seen or on a page the table continues on, an enumerated item (一、…).
    static func startsBody(_ line: Line, totalLabels: [String], afterHeader: Bool) -> Bool {
        if let first = line.words.first {
            let text = first.text.removingBlanks()
            let restIsValues = line.words.dropFirst().allSatisfy { word in
                PrintedValue.isNumeric(word.text) || PrintedNumber.isAbsentMark(word.text)
            }
            if totalLabels.contains(text) && restIsValues { return true }
        }
        // An item (一、…) starts the body, also after a 行次 number printed left of it.
        if afterHeader, line.words.contains(where: { word in
            let text = word.text.removingBlanks()
            return !PrintedValue.isNumeric(text) && TextFold.startsWithEnumerator(text)
        }) {
            return true
        }
        return line.words.contains { word in
            let text = word.text.removingBlanks()
            return PrintedValue.looksLikeAmount(text) || PrintedValue.looksLikeCode(text)
        }
    }
}
