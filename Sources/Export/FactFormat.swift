/// The file formats of an export.
public enum FactFormat: String, Sendable, CaseIterable {
    /// RFC 4180: a header line, CRLF line ends, fields quoted where they hold `"`, `,`, CR or LF.
    case csv
    /// One JSON object per line, every column present (null where empty); `value` is a string of decimal text.
    case jsonl

    /// The columns, in order: the CSV header and the JSON keys.
    public static let columns = [
        "sha256", "source_name", "department", "year", "kind", "family", "status",
        "table", "table_id", "table_number", "title", "unit", "pages",
        "record", "code", "name", "item", "side", "category", "line",
        "column", "value", "text",
    ]
}

/// A fact's columns as optional texts and numbers, in `FactFormat.columns` order.
enum Cell {
    case text(String?)
    case integer(Int?)
    case integers([Int])
}

extension Fact {
    /// The row's cells in `FactFormat.columns` order.
    var cells: [Cell] {
        [
            .text(document.sha256), .text(document.sourceName), .text(document.department), .integer(document.year),
            .text(document.kind), .text(document.family), .text(document.status),
            .integer(table.position), .text(table.id), .text(table.number), .text(table.title), .text(table.unit),
            .integers(table.pages),
            .integer(record), .text(identity.code), .text(identity.name), .text(identity.item), .text(identity.side),
            .text(identity.category), .integer(identity.line),
            .text(column), .text(value), .text(text),
        ]
    }
}
