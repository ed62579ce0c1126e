import FoundationEssentials

/// Writes a record-model document as compact JSON, byte for byte what `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, without its generic containers (a boxed value per field and a
/// dictionary per object cost about as much as reading a page).
///
/// The members of each struct are written in the order `.sortedKeys` gives their JSON names; the keys of
/// dictionaries (records, `extra`, `fields`) are sorted as `JSONEncoder` sorts them (`precedes`). Absent
/// optionals are left out, as the synthesized `encode(to:)` leaves them out. Tests check the bytes against
/// `JSONEncoder` on documents holding every field, and that each type has no stored property this leaves out: a
/// field added to the record model is added here too.
struct CompactJSON {
    private(set) var bytes: [UInt8] = []

    /// The JSON of `document`.
    static func data(of document: ArchiveDocument) -> Data {
        var writer = CompactJSON()
        writer.bytes.reserveCapacity(64 * 1024)
        writer.write(document)
        return Data(writer.bytes)
    }

    private mutating func write(_ document: ArchiveDocument) {
        var object = ObjectMembers()
        object.key("checks", &self)
        array(document.checks) { $0.write($1) }
        object.key("document", &self)
        write(document.document)
        if let narrative = document.narrative {
            object.key("narrative", &self)
            write(narrative)
        }
        object.key("schema_version", &self)
        integer(document.schemaVersion)
        object.key("tables", &self)
        array(document.tables) { $0.write($1) }
        object.key("unread_figures", &self)
        array(document.unreadFigures) { $0.write($1) }
        object.key("warnings", &self)
        array(document.warnings) { $0.string($1) }
        object.close(&self)
    }

    private mutating func write(_ info: DocumentInfo) {
        var object = ObjectMembers()
        optional("department", info.department, &object) { $0.string($1) }
        object.key("family", &self)
        string(info.family.rawValue)
        optional("kind", info.kind, &object) { $0.string($1.rawValue) }
        object.key("pages", &self)
        integer(info.pages)
        optional("producer", info.producer, &object) { $0.string($1) }
        object.key("sha256", &self)
        string(info.sha256)
        object.key("source_name", &self)
        string(info.sourceName)
        object.key("status", &self)
        string(info.status.rawValue)
        optional("unit", info.unit, &object) { $0.string($1) }
        optional("year", info.year, &object) { $0.integer($1) }
        object.close(&self)
    }

    private mutating func write(_ table: Table) {
        var object = ObjectMembers()
        object.key("empty", &self)
        boolean(table.empty)
        optional("fields", table.fields, &object) { $0.dictionary($1) { $0.write($1) } }
        object.key("id", &self)
        string(table.id.rawValue)
        optional("number", table.number, &object) { $0.string($1) }
        object.key("pages", &self)
        array(table.pages) { $0.integer($1) }
        object.key("records", &self)
        array(table.records) { $0.dictionary($1) { $0.write($1) } }
        optional("rows", table.rows, &object) { $0.array($1) { $0.array($1) { $0.string($1) } } }
        object.key("title", &self)
        string(table.title)
        optional("unit", table.unit, &object) { $0.string($1) }
        object.close(&self)
    }

    private mutating func write(_ value: Value) {
        switch value {
        case .text(let text): string(text)
        case .number(let number): decimal(number)
        case .figures(let figures): dictionary(figures) { $0.decimal($1) }
        }
    }

    private mutating func write(_ check: Check) {
        var object = ObjectMembers()
        object.key("detail", &self)
        string(check.detail)
        optional("expected", check.expected, &object) { $0.decimal($1) }
        optional("found", check.found, &object) { $0.decimal($1) }
        object.key("ok", &self)
        boolean(check.ok)
        object.key("rule", &self)
        string(check.rule)
        object.key("table", &self)
        string(check.table.rawValue)
        optional("tolerance", check.tolerance, &object) { $0.decimal($1) }
        object.close(&self)
    }

    private mutating func write(_ figure: PrintedFigure) {
        var object = ObjectMembers()
        object.key("page", &self)
        integer(figure.page)
        object.key("table", &self)
        string(figure.table.rawValue)
        object.key("text", &self)
        string(figure.text)
        object.close(&self)
    }

    private mutating func write(_ narrative: Narrative) {
        var object = ObjectMembers()
        object.key("figures", &self)
        array(narrative.figures) { $0.write($1) }
        object.close(&self)
    }

    private mutating func write(_ figure: NarrativeFigure) {
        var object = ObjectMembers()
        object.key("kind", &self)
        string(figure.kind)
        object.key("page", &self)
        integer(figure.page)
        object.key("sentence", &self)
        string(figure.sentence)
        object.key("unit", &self)
        string(figure.unit)
        object.key("value", &self)
        decimal(figure.value)
        object.close(&self)
    }
}

// MARK: - Values

extension CompactJSON {
    /// The members of one object being written: the brace before the first, a comma before each next.
    struct ObjectMembers {
        private var count = 0

        /// Writes the separator and `"name":`.
        mutating func key(_ name: String, _ writer: inout CompactJSON) {
            writer.bytes.append(count == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
            count += 1
            writer.string(name)
            writer.bytes.append(UInt8(ascii: ":"))
        }

        /// Closes the object (`{}` when it had no member).
        func close(_ writer: inout CompactJSON) {
            if count == 0 { writer.bytes.append(UInt8(ascii: "{")) }
            writer.bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A member that is left out when `value` is nil.
    private mutating func optional<T>(
        _ name: String, _ value: T?, _ object: inout ObjectMembers,
        _ write: (inout CompactJSON, T) -> Void
    ) {
        guard let value else { return }
        object.key(name, &self)
        write(&self, value)
    }

    private mutating func array<T>(_ elements: [T], _ write: (inout CompactJSON, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A dictionary as an object, its keys in `JSONEncoder`'s sorted order.
    private mutating func dictionary<T>(_ members: [String: T], _ write: (inout CompactJSON, T) -> Void) {
        var object = ObjectMembers()
        for (key, value) in members.sorted(by: { Self.precedes($0.key, $1.key) }) {
            object.key(key, &self)
            write(&self, value)
        }
        object.close(&self)
    }

    /// The order `JSONEncoder`'s `.sortedKeys` gives keys: their UTF-8 bytes (Unicode scalar values), not
    /// Swift's `<` on `String`, which compares canonical forms (a CJK compatibility ideograph sorts differently).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A decimal as `JSONEncoder` writes it: its description, as a number (`DecimalDescription`).
    private mutating func decimal(_ value: Decimal) {
        DecimalDescription.append(value, to: &bytes)
    }

    private mutating func boolean(_ value: Bool) {
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    /// A string in quotes: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00xx` (lower-case
    /// hex), everything else (slashes, non-ASCII) as its UTF-8 bytes. The runs between escapes, most often the
    /// whole string, are copied at once.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: utf8[start..<index])
                escape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte a JSON string cannot hold as it is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        default:
            bytes.append(contentsOf: (byte < 0x10 ? #"\u000"# : #"\u00"#).utf8)
            bytes.append(contentsOf: String(byte, radix: 16).utf8)
        }
    }
}
