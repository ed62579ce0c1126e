import Catalogue
import Records

/// The records of a table arranged by classification level: 类, then 款, then 项.
///
/// A clipped code (`3010` printed for `30101`) counts at the level it was cut from. Codes and levels are read
/// once: the checks walk the hierarchy for every amount column.
struct CodeLevels {
    /// A record with the records one level below it whose codes start with its code, in table order.
    struct Branch {
        var parent: Record
        var children: [Record]
    }

    let records: [Record]
    /// Each record's level (0 for 类); nil without a code or for a code longer than any level.
    private let levels: [Int?]
    /// The records that have children, in table order.
    let branches: [Branch]

    init(classification: Classification, records: [Record]) {
        self.records = records
        let codes = records.map(\.code)
        let levels = codes.map { code in
            code.flatMap { code in classification.levelLengths.firstIndex { $0 >= code.count } }
        }
        self.levels = levels
        branches = records.indices.compactMap { index in
            guard let code = codes[index], let level = levels[index] else { return nil }
            let children = records.indices.filter { levels[$0] == level + 1 && codes[$0]?.hasPrefix(code) == true }
            return children.isEmpty ? nil : Branch(parent: records[index], children: children.map { records[$0] })
        }
    }

    /// The records at `level`, in table order.
    func records(atLevel level: Int) -> [Record] {
        records.indices.filter { levels[$0] == level }.map { records[$0] }
    }
}
