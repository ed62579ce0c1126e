public import FoundationEssentials
public import Logging

/// Log lines for journald and terminals alike: `LEVEL message key=value …` on stderr, one line per entry, no
/// colours. Under systemd (`$JOURNAL_STREAM` set) each line starts with its syslog priority (`<6>`), which
/// journald reads as the entry's level, and carries no timestamp (the journal adds one).
public struct JournalLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let underJournal: Bool

    public init(label: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.label = label
        underJournal = environment["JOURNAL_STREAM"] != nil
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = underJournal ? "<\(Self.priority(event.level))>" : "\(Date().formatted(.iso8601)) \(event.level) "
        line += Self.withoutControls(event.message.description)
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(Self.quoted(value.description))"
        }
        StandardStream.error.write(line + "\n")
    }

    /// The syslog priority journald reads from a `<N>` prefix.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// A value as one token: control characters escaped (a newline in a file name never splits a line), quoted
    /// when it holds spaces or quotes.
    static func quoted(_ value: String) -> String {
        let value = withoutControls(value)
        guard value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else { return value }
        return "\"" + value.replacing("\"", with: "\\\"") + "\""
    }

    /// `text` with each control character written as an escape (`\n`, `\t`, `\x1B`).
    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return NameText.escaped(Array(text.utf8))
    }
}
