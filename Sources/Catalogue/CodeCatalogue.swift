import PrintedText

/// The 政府收支分类科目 codes and names the documents use, keyed by year where they changed.
///
/// The data is `catalogue.tsv` in this module, embedded in the binary; its header describes the columns
/// and where each entry comes from.
public struct CodeCatalogue: Sendable {
    /// The catalogue shipped with Juesuan.
    public static let standard: CodeCatalogue = {
        do {
            return try CodeCatalogue(tsv: String(decoding: PackageResources.catalogue_tsv, as: UTF8.self))
        } catch {
            // The embedded file is part of the program and read by the tests: failing here is a bug.
            preconditionFailure("embedded catalogue.tsv: \(error)")
        }
    }()

    /// Every entry, in file order.
    public let entries: [CatalogueEntry]
    private let byCode: [String: [CatalogueEntry]]

    /// Reads a catalogue in the tab-separated format of `catalogue.tsv`.
    public init(tsv: String) throws {
        var entries: [CatalogueEntry] = []
        // Split an array of the bytes: Characters would break 20 KB of CJK text into graphemes first, and the
        // UTF-8 view's indices cost ten times an array's.
        for (index, bytes) in Array(tsv.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            guard let first = bytes.first, first != UInt8(ascii: "#") else { continue }
            let fields = bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            entries.append(try Self.entry(from: fields, lineNumber: index + 1))
        }
        self.entries = entries
        self.byCode = Dictionary(grouping: entries, by: \.code)
    }

    /// The first fiscal year the catalogue covers: the earliest first year of its entries (nil when empty).
    /// Codes of earlier years cannot be checked against it.
    public var firstYear: Int? {
        entries.lazy.map(\.firstYear).min()
    }

    /// The entry of `code` in force in `year` (any year when nil).
    public func entry(ofCode code: String, year: Int?) -> CatalogueEntry? {
        byCode[code]?.first { $0.holds(in: year) }
    }

    /// The name of `code` in `year`, or nil for a code the catalogue does not know.
    public func name(ofCode code: String, year: Int?) -> String? {
        entry(ofCode: code, year: year)?.name
    }

    /// The 类 (top-level) entry of `classification` printed under `name`, e.g. `社会保障和就业支出` → 208.
    public func classEntry(named name: String, in classification: Classification, year: Int?) -> CatalogueEntry? {
        let folded = TextFold.key(name)
        return entries.first {
            $0.classification == classification && $0.code.count == 3 && $0.holds(in: year)
                && TextFold.key($0.name) == folded
        }
    }

    private static func entry(from fields: [String], lineNumber: Int) throws -> CatalogueEntry {
        guard fields.count == 6 else {
            throw CatalogueError(line: lineNumber, reason: "expected 6 tab-separated fields, found \(fields.count)")
        }
        guard let classification = Classification(rawValue: fields[0]) else {
            throw CatalogueError(line: lineNumber, reason: "unknown classification \(fields[0])")
        }
        let code = fields[1]
        guard code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            classification.levelLengths.contains(code.utf8.count), Classification(code: code) == classification
        else {
            throw CatalogueError(line: lineNumber, reason: "\(code) is not a \(classification.rawValue) code")
        }
        guard let firstYear = Int(fields[3]) else {
            throw CatalogueError(line: lineNumber, reason: "first year \(fields[3]) is not a year")
        }
        let lastYear = Int(fields[4])
        guard lastYear != nil || fields[4] == "-" else {
            throw CatalogueError(line: lineNumber, reason: "last year \(fields[4]) is neither a year nor -")
        }
        return CatalogueEntry(
            classification: classification, code: code, name: fields[2],
            firstYear: firstYear, lastYear: lastYear)
    }
}
