import FoundationEssentials

/// Writes facts as rows of a CSV file (RFC 4180) or lines of JSON, through a buffer.
final class FactWriter {
    /// UTF-8's byte-order mark, which tells Excel the file is UTF-8.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Separates the pages of a table in a CSV field (`12;13`); JSON lines give an array.
    static let pageSeparator = ";"

    let format: FactFormat
    private let sink: ByteSink

    /// Starts the output: the byte-order mark when asked for (CSV only), and the CSV header.
    init(format: FactFormat, sink: ByteSink, byteOrderMark: Bool) throws(ExportError) {
        self.format = format
        self.sink = sink
        if format == .csv {
            if byteOrderMark { try sink.append(Self.byteOrderMark) }
            try sink.append(FactFormat.columns.map(Self.csvField).joined(separator: ",") + "\r\n")
        }
    }

    func write(_ fact: Fact) throws(ExportError) {
        switch format {
        case .csv: try sink.append(Self.csvRow(fact.cells))
        case .jsonl: try sink.append(Self.jsonLine(fact.cells))
        }
    }

    static func csvRow(_ cells: [Cell]) -> String {
        var row = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { row += "," }
            switch cell {
            case .text(let text): row += text.map(csvField) ?? ""
            case .integer(let number): row += number.map(String.init) ?? ""
            case .integers(let numbers): row += numbers.map(String.init).joined(separator: pageSeparator)
            }
        }
        return row + "\r\n"
    }

    /// A CSV field: quoted, with quotes doubled, when it holds a quote, a comma, CR or LF (RFC 4180 §2).
    static func csvField(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D
            })
        else {
            return text
        }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    static func jsonLine(_ cells: [Cell]) -> String {
        var line = "{"
        for (index, (key, cell)) in zip(FactFormat.columns, cells).enumerated() {
            if index > 0 { line += "," }
            line += jsonString(key) + ":"
            switch cell {
            case .text(let text): line += text.map(jsonString) ?? "null"
            case .integer(let number): line += number.map(String.init) ?? "null"
            case .integers(let numbers): line += "[" + numbers.map(String.init).joined(separator: ",") + "]"
            }
        }
        return line + "}\n"
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or `\u00XX`; the rest as UTF-8.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
