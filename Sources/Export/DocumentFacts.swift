import FoundationEssentials
public import Records

/// The facts of one record-model document, in document order: table by table, record by record, keys sorted.
public struct DocumentFacts: Sendable {
    public let document: ArchiveDocument

    public init(_ document: ArchiveDocument) {
        self.document = document
    }

    /// Calls `body` with each fact.
    public func forEach<Failure: Error>(_ body: (Fact) throws(Failure) -> Void) throws(Failure) {
        let info = document.document
        let columns = DocumentColumns(
            sha256: info.sha256, sourceName: info.sourceName, department: info.department,
            year: info.year, kind: info.kind?.rawValue, family: info.family.rawValue,
            status: info.status.rawValue)
        for (index, table) in document.tables.enumerated() {
            let tableColumns = TableColumns(
                position: index + 1, id: table.id.rawValue, number: table.number,
                title: table.title, unit: table.unit ?? info.unit, pages: table.pages)
            func fact(
                _ source: Fact.Source, _ record: Int?, _ identity: RecordIdentity, _ column: String, _ value: Value?,
                text: String? = nil
            ) -> Fact {
                Fact(
                    source: source, document: columns, table: tableColumns, record: record, identity: identity,
                    column: column,
                    value: value?.number.map(DecimalText.exact), text: text ?? value?.text)
            }
            if let fields = table.fields {
                let identity = RecordIdentity(name: Self.formName(fields))
                for key in fields.keys.sorted() where fields[key]?.number != nil {
                    try body(fact(.field, nil, identity, key, fields[key]))
                }
            }
            for (position, record) in table.records.enumerated() {
                let identity = Self.identity(of: record)
                for key in record.keys.sorted() where !RecordIdentity.keys.contains(key) {
                    if let figures = record[key]?.figures {
                        for header in figures.keys.sorted() {
                            try body(
                                fact(.record, position + 1, identity, "\(key)/\(header)", .number(figures[header]!)))
                        }
                    } else {
                        try body(fact(.record, position + 1, identity, key, record[key]))
                    }
                }
            }
            for (row, cells) in (table.rows ?? []).enumerated() {
                for (column, cell) in cells.enumerated() where !cell.isEmpty {
                    try body(fact(.cell, row + 1, RecordIdentity(), String(column + 1), nil, text: cell))
                }
            }
        }
    }

    static func identity(of record: Record) -> RecordIdentity {
        RecordIdentity(
            code: record["code"]?.text, name: record["name"]?.text, item: record["item"]?.text,
            side: record["side"]?.text, category: record["category"]?.text,
            line: record["line"]?.number.flatMap { Int(DecimalText.exact($0)) })
    }

    /// What a self-evaluation form is about: its text fields (项目名称 or 单位名称), in key order.
    static func formName(_ fields: [String: Value]) -> String? {
        let texts = fields.keys.sorted().compactMap { fields[$0]?.text }
        return texts.isEmpty ? nil : texts.joined(separator: " ")
    }
}
