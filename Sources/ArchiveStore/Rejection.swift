import FoundationEssentials

/// Why a file could not be archived as a document, in words a person can act on.
public struct Rejection: Sendable, Hashable, Codable {
    /// A stable code: the reader's error kind (`empty_file`, `not_a_pdf`, …) or the daemon's own (`too_large`,
    /// `time_limit`, `memory_limit`, `crashed`, `interrupted`, …).
    public var code: String
    /// What is wrong, in a few words.
    public var reason: String
    /// Extra detail (the reader's message, a signal), if any.
    public var detail: String?
    /// What to do about it.
    public var advice: String

    public init(code: String, reason: String, detail: String? = nil, advice: String) {
        self.code = code
        self.reason = reason
        self.detail = detail
        self.advice = advice
    }

    /// One sentence: reason, detail, advice.
    public var sentence: String {
        var text = reason
        if let detail, !detail.isEmpty { text += " [\(detail)]" }
        return text + "; " + advice
    }
}

/// The error note written beside a rejected file: `rejected/NAME.SHA12.error.json`.
struct RejectionNote: Encodable {
    var sourceName: String
    var sha256: String
    var size: Int
    var rejection: Rejection
    var time: String

    enum CodingKeys: String, CodingKey {
        case sourceName = "source_name", sha256, size, code, reason, detail, advice, time
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sourceName, forKey: .sourceName)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(size, forKey: .size)
        try container.encode(rejection.code, forKey: .code)
        try container.encode(rejection.reason, forKey: .reason)
        try container.encodeIfPresent(rejection.detail, forKey: .detail)
        try container.encode(rejection.advice, forKey: .advice)
        try container.encode(time, forKey: .time)
    }

    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
