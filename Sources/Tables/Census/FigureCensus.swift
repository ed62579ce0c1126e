import PageModel
import PrintedText
import Records

/// The self-census of a table's region: every printed figure in it must end up somewhere, in a record, in
/// `extra`, or be known furniture (a 行次 / 栏次 number, a 合计 the print repeats on a continuation page, which a
/// record holds). What is left is an unread figure. `FigureAudit` (explain) and `DocumentCensus` (extraction)
/// both decide by these rules, so a figure `explain` outlines in red is one the document counts as unread.
enum FigureCensus {
    /// Where in a table's region a figure stands.
    enum Place: Sendable {
        case header, body, notes
    }

    /// A printed number, not a no-value mark (——).
    static func isFigure(_ word: Word) -> Bool {
        PrintedValue.isNumeric(word.text) && !PrintedNumber.isAbsentMark(word.text)
    }

    /// Whether a body word under a column of `kind` (nil: under none) is a figure `read` does not hold. A 行次
    /// number is furniture: it numbers a printed row, read or blank; a code piece names a row (a row read into no
    /// record leaves its amounts unread too), and a misprinted piece is given right by the repairs. A self-evaluation form is read for its
    /// fields: the 分值 and 得分 of its indicator rows are whole numbers no record keeps, so only its amounts
    /// count. `read` nil: the table is not kept.
    static func isUnread(bodyWord word: Word, kind: ColumnRule.ValueKind?, inForm: Bool, read: ReadFigures?) -> Bool {
        guard isFigure(word), kind != .integer, kind != .code,
            !inForm || PrintedValue.looksLikeAmount(word.text.removingBlanks())
        else { return false }
        return read?.holds(word, inNumberColumn: kind == .amount) != true
    }

    /// The amounts (a decimal point or a thousands separator: no year, 栏次 or page number) in header or note
    /// lines that `read` does not hold.
    static func unreadAmounts(in lines: [Line], read: ReadFigures?) -> [Word] {
        amounts(in: lines).filter { read?.holds($0, inNumberColumn: true) != true }
    }

    /// A line holding one whole number of at most four digits and nothing else.
    static func isPageNumber(_ line: Line) -> Bool {
        guard line.words.count == 1, let text = line.words.first?.text.removingBlanks() else { return false }
        return (1...4).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The amounts printed in `lines`.
    static func amounts(in lines: [Line]) -> [Word] {
        lines.flatMap(\.words).filter { PrintedValue.looksLikeAmount($0.text.removingBlanks()) }
    }

    /// The figures of `region`, read with `model`, that `read` holds nowhere, with where each stands.
    static func unread(
        in region: TableRegion, model: ColumnModel, inForm: Bool, read: ReadFigures
    )
        -> [(word: Word, place: Place)]
    {
        // A lone whole number as the region's last line is the page's number, set in its foot.
        let lines = region.body.last.map { isPageNumber($0) } == true ? region.body.dropLast() : region.body[...]
        let body = lines.flatMap(\.words).filter { word in
            let kind = model.assignment(for: word).map { model.columns[$0.column].value }
            return isUnread(bodyWord: word, kind: kind, inForm: inForm, read: read)
        }
        return unreadAmounts(in: region.header, read: read).map { ($0, .header) } + body.map { ($0, .body) }
            + unreadAmounts(in: region.notes, read: read).map { ($0, .notes) }
    }
}
