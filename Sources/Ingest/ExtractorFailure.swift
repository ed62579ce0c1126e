import ArchiveStore
public import FoundationEssentials

/// What `juesuan extract` reports to the daemon when it cannot turn its file into a document: one JSON line on
/// stderr, with exit status 65. The daemon records it as the rejection as it stands; it never reads the words.
public struct ExtractorFailure: Codable, Sendable, Equatable {
    /// The exit status that goes with the report (EX_DATAERR of sysexits.h).
    public static let exitStatus: Int32 = 65

    /// A stable code: a `PDFTextError.Kind` name, or `memory_limit`.
    public var code: String
    /// The file read, as named to the child.
    public var file: String
    /// What is wrong, in a few words.
    public var reason: String
    /// Extra detail from the reader (poppler's message, the OS error), if any.
    public var detail: String?
    /// What a person can do about it.
    public var advice: String

    public init(code: String, file: String, reason: String, detail: String? = nil, advice: String) {
        self.code = code
        self.file = file
        self.reason = reason
        self.detail = detail
        self.advice = advice
    }

    /// The report read back from the last line of a child's stderr; nil when that line is not a report.
    init?(line: Substring) {
        guard let failure = try? JSONDecoder().decode(Self.self, from: Data(line.utf8)) else { return nil }
        self = failure
    }

    /// The report's line: JSON without line breaks, then a newline.
    public var line: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(self) else { preconditionFailure("an ExtractorFailure always encodes") }
        return json + Data("\n".utf8)
    }

    /// The child ran out of the memory it was given (`--memory-limit`).
    public static func memoryLimit(file: String, bytes: Int, detail: String) -> ExtractorFailure {
        let rejection = Rejections.memoryLimit(bytes: bytes, detail: detail)
        return ExtractorFailure(
            code: rejection.code, file: file, reason: rejection.reason, detail: detail,
            advice: rejection.advice)
    }

    /// What the archive records.
    var rejection: Rejection {
        Rejection(code: code, reason: reason, detail: detail, advice: advice)
    }
}
