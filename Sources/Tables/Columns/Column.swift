import PageModel
import PrintedText
import Records

/// A column of a known table: the record key its cells fill and where its header sits.
struct Column: Sendable, Hashable {
    var key: ColumnKey
    var value: ColumnRule.ValueKind
    /// The header cell that named it; its middle is the column's anchor.
    var header: HeaderCell
    /// 预算数 / 决算数, for the 三公 table's wide forms.
    var measure: RecordKey?
    /// 0-based side (收入, 支出) or group (基本支出 column groups), left to right.
    var group = 0

    var center: Double { header.center }

    /// Whether the column holds figures the record model does not name.
    var isExtra: Bool {
        if case .extra = key { true } else { false }
    }

    /// The name its figures take in `extra`: the header an `extra` column was given, else the printed header.
    var extraHeader: String {
        if case .extra(let header) = key { header } else { header.printed }
    }
}

/// The columns of one table fragment, left to right, and how a word finds its column.
struct ColumnModel: Sendable {
    var columns: [Column]
    /// How the body prints its amounts; decides a short amount between two header middles.
    var amountAlignment = AmountAlignment.right
    /// Where the body's amounts start, and how close a number must start to one of them to share its left edge.
    var amountStarts: [Double] = []
    var edgeTolerance = 0.0

    /// The model with the amount alignment `body` shows; a body that shows none keeps the current one.
    func aligned(by body: [Line], settings: SegmentationSettings) -> ColumnModel {
        var model = self
        let amounts = body.flatMap(\.words).filter { PrintedValue.looksLikeAmount($0.text) }
        model.amountAlignment = AmountAlignment.shown(byAmounts: amounts, settings: settings) ?? amountAlignment
        model.amountStarts = amounts.map(\.box.x0)
        model.edgeTolerance = settings.alignmentTolerance * (body.first?.fontSize ?? 0)
        return model
    }

    /// The model without the `extra` columns under which `body` prints no amount: a header cell no rule names
    /// heads a column of its own only when amounts stand right under it (a label over codes and names heads none).
    func droppingEmptyExtras(under body: [Line]) -> ColumnModel {
        guard columns.contains(where: \.isExtra) else { return self }
        var filled = Set<Int>()
        for word in body.flatMap(\.words) where PrintedValue.looksLikeAmount(word.text) {
            guard let index = column(for: word), columns[index].isExtra else { continue }
            let header = columns[index].header
            let reach = Box(
                x0: header.box.x0 - header.fontSize, y0: header.box.y0, x1: header.box.x1 + header.fontSize,
                y1: header.box.y1)
            if word.box.horizontalOverlap(reach) > 0 { filled.insert(index) }
        }
        var model = self
        model.columns = columns.indices.filter { !columns[$0].isExtra || filled.contains($0) }.map { columns[$0] }
        return model
    }

    /// Whether `word` starts where amounts of the body start: a count printed left-aligned like them (`5` under
    /// `10.20`), not a 行次.
    func startsWithAmounts(_ word: Word) -> Bool {
        amountStarts.contains { abs($0 - word.box.x0) <= edgeTolerance }
    }
}
