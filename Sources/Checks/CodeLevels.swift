import Catalogue
import Records

/// The records of a table arranged by classification level: 类, then 款, then 项.
///
/// A clipped code (`3010` printed for `30101`) counts at the level it was cut from.
struct CodeLevels {
    let classification: Classification
    let records: [Record]

    /// The level of `code` (0 for 类), or nil when it is longer than any level.
    func level(of code: String) -> Int? {
        classification.levelLengths.firstIndex { $0 >= code.count }
    }

    /// The records at `level`, in table order.
    func records(atLevel level: Int) -> [Record] {
        records.filter { record in record.code.flatMap { self.level(of: $0) } == level }
    }

    /// The records one level below `parent` whose code starts with the parent's.
    func children(of parent: Record) -> [Record] {
        guard let code = parent.code, let level = level(of: code) else { return [] }
        return records(atLevel: level + 1).filter { $0.code?.hasPrefix(code) == true }
    }

    /// The records that have children, top level first.
    var parents: [Record] {
        records.filter { !children(of: $0).isEmpty }
    }
}
