public import Records

/// Where everything lives in the archive, as paths relative to its root:
///
///     index.jsonl                                   one line per file taken from the inbox
///     2024/辽宁省朝阳市人民政府办公室/final_accounts/NAME.SHA12.json   the record-model document (决算)
///     2024/辽宁省朝阳市人民政府办公室/final_accounts/NAME.SHA12.pdf    its source PDF, beside it
///     2024/辽宁省朝阳市人民政府办公室/budget/NAME.SHA12.json           a budget (预算) of the same year, apart
///     sha256/ab/SHA256.json, SHA256.pdf             links to them, for programs
///     rejected/NAME.SHA12.pdf + NAME.SHA12.error.json   what could not be read, and why
///     duplicates/NAME.SHA12.CLAIM.pdf               copies of bytes already archived
///
/// Names are derived from the bytes and the dropped name only, so writing a file again after a crash
/// lands on the same path.
public struct ArchiveLayout: Sendable {
    /// Characters of a department or file name kept in a path (a name is at most 255 bytes).
    public static let maximumNameLength = 60
    /// Bytes of a department or file name kept in a path, so that with the sha256 prefix and an extension it
    /// stays within a file name's 255 bytes whatever the script.
    public static let maximumNameBytes = 180
    /// Hex digits of the SHA-256 in a file name: enough to tell versions apart at a glance.
    public static let shaPrefixLength = 12

    public static let index = "index.jsonl"
    public static let lock = ".lock"
    public static let temporary = ".tmp"
    public static let unknownYear = "unknown-year"
    public static let unknownDepartment = "unknown-department"

    public init() {}

    /// The folder of documents that are no report (no `kind`: a notice, a letter).
    static let noReport = "other"

    /// The document and its PDF, filed by year, department and kind (the record model's `kind`), so that a
    /// department's budget and final accounts of one year lie side by side, apart.
    public func document(
        sourceName: String, sha256: String, department: String?, year: Int?,
        kind: DocumentKind?
    ) -> (json: String, pdf: String) {
        let folder =
            "\(year.map(String.init) ?? Self.unknownYear)/\(department.map(Self.safe) ?? Self.unknownDepartment)/"
            + (kind?.rawValue ?? Self.noReport)
        let base = "\(folder)/\(Self.stem(sourceName)).\(sha256.prefix(Self.shaPrefixLength))"
        return ("\(base).json", "\(base).pdf")
    }

    /// The link by which a program finds a document (`ext` "json") or its PDF (`ext` "pdf") from its SHA-256.
    public func link(sha256: String, ext: String) -> String {
        "sha256/\(sha256.prefix(2))/\(sha256).\(ext)"
    }

    /// A rejected file as kept, and the note that says why.
    public func rejected(sourceName: String, sha256: String) -> (note: String, file: String) {
        let base = "rejected/\(Self.stem(sourceName)).\(sha256.prefix(Self.shaPrefixLength))"
        return ("\(base).error.json", base + Self.fileExtension(sourceName))
    }

    /// A copy of bytes that were already archived, kept rather than deleted.
    public func duplicate(sourceName: String, sha256: String, claim: String) -> String {
        "duplicates/\(Self.stem(sourceName)).\(sha256.prefix(Self.shaPrefixLength)).\(claim)\(Self.fileExtension(sourceName))"
    }

    /// `target` relative to the folder of `link` (both relative to the root), for a symbolic link.
    public func relative(_ target: String, from link: String) -> String {
        let depth = link.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + target
    }

    /// The dropped name without its extension, made safe as one path component.
    static func stem(_ sourceName: String) -> String {
        let ext = fileExtension(sourceName)
        return safe(String(sourceName.dropLast(ext.count)))
    }

    /// `.pdf` (as written) or the name's other extension, or "" when it has none.
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let ext = name[dot...]
        return ext.count <= 10 && !ext.contains(" ") ? String(ext) : ""
    }

    /// A name as one safe path component: no slashes, control characters or leading dots, bounded length.
    static func safe(_ name: String) -> String {
        let cleaned = String(
            name.unicodeScalars.map { scalar -> Character in
                scalar == "/" || scalar.properties.generalCategory == .control ? "_" : Character(scalar)
            })
        var trimmed = String(cleaned.drop { $0 == "." || $0 == " " }.prefix(maximumNameLength))
        while trimmed.utf8.count > maximumNameBytes { trimmed.removeLast() }
        return trimmed.isEmpty ? "unnamed" : trimmed
    }
}
