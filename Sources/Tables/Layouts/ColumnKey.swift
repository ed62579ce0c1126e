import Records

/// What the cells of a known table's column fill: a record key, one level of a code printed in 类 / 款 / 项
/// columns (joined into `code`), or, in the 三公 table's wide forms, the item whose figures the column prints.
/// Layouts name it as a string (`layouts.json`); inside the engine it is typed.
enum ColumnKey: Hashable, Sendable, CustomStringConvertible {
    case record(RecordKey)
    /// 类 (0), 款 (1) or 项 (2).
    case codeLevel(Int)
    case threePublicItem(ThreePublicItem)
    /// A column of figures the layout does not name, by its printed header (`2025年执行数`, `上年结转/基本支出`):
    /// kept in the record's `extra`.
    case extra(String)

    /// The names `layouts.json` gives the three code levels.
    static let codeLevelNames = ["code_class", "code_section", "code_item"]

    /// The key a layout names: a code level, a record key, or else a 三公 item. Items that are also record keys
    /// (`total`) are read as items by `TableLayout` in the 三公 table.
    init?(name: String) {
        if let level = Self.codeLevelNames.firstIndex(of: name) {
            self = .codeLevel(level)
        } else if let key = RecordKey(rawValue: name) {
            self = .record(key)
        } else if let item = ThreePublicItem(rawValue: name) {
            self = .threePublicItem(item)
        } else {
            return nil
        }
    }

    /// The name `layouts.json` gives the key.
    var description: String {
        switch self {
        case .record(let key): key.rawValue
        case .codeLevel(let level): Self.codeLevelNames[level]
        case .threePublicItem(let item): item.rawValue
        case .extra(let header): "extra/\(header)"
        }
    }

    /// The record key the column's cells fill: `code` for a code level, `item` for a 三公 item column.
    var recordKey: RecordKey {
        switch self {
        case .record(let key): key
        case .codeLevel: .code
        case .threePublicItem: .item
        case .extra: .extra
        }
    }

    /// The 三公 item of an item column.
    var item: ThreePublicItem? {
        if case .threePublicItem(let item) = self { item } else { nil }
    }
}
