import ArchiveStore
import Glibc

/// The reasons the daemon itself rejects a file for (the extractor's own reasons come from its stderr line).
enum Rejections {
    static func tooLarge(bytes: Int, limit: Int) -> Rejection {
        Rejection(code: "too_large", reason: "too large (\(megabytes(bytes)), the limit is \(megabytes(limit)))",
                  advice: "check that this is one report; if it is, raise the limit with --max-file-size")
    }

    static func interrupted(attempts: Int) -> Rejection {
        Rejection(code: "interrupted",
                  reason: "reading was interrupted \(attempts) times (the daemon stopped or crashed while its child read this file)",
                  advice: "look at the daemon's log around those times; if the file is fine, drop it into the inbox again")
    }

    static func timeLimit(_ limits: ChildLimits) -> Rejection {
        Rejection(code: "time_limit", reason: "reading took longer than \(limits.time.seconds) s and was stopped",
                  advice: "if the report is unusually long, raise --child-timeout; otherwise report the file as a bug")
    }

    static func memoryLimit(_ limits: ChildLimits, detail: String?) -> Rejection {
        Rejection(code: "memory_limit", reason: "reading needed more than \(megabytes(limits.memoryBytes)) of memory",
                  detail: detail, advice: "if the report is unusually large, raise --child-memory; otherwise report the file as a bug")
    }

    static func cpuLimit(_ limits: ChildLimits) -> Rejection {
        Rejection(code: "cpu_limit", reason: "reading used more than \(limits.cpuSeconds) s of CPU and was stopped",
                  advice: "if the report is unusually long, raise --child-cpu; otherwise report the file as a bug")
    }

    static func crashed(_ how: String, detail: String?) -> Rejection {
        Rejection(code: "crashed", reason: "the reader crashed on this file (\(how))", detail: detail,
                  advice: "report the file as a bug; the daemon carried on with other files")
    }

    static func invalidOutput(_ detail: String) -> Rejection {
        Rejection(code: "invalid_output", reason: "the reader's output is not a record-model document", detail: detail,
                  advice: "report the file as a bug")
    }

    /// The extractor's one-line report on bad input: `juesuan: NAME: <reason> [detail]; <advice>`.
    static func badInput(_ line: String, sourceName: String) -> Rejection {
        var text = Substring(line)
        for prefix in ["juesuan: ", "\(sourceName): "] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        guard let semicolon = text.range(of: "; ", options: .backwards) else {
            return Rejection(code: "bad_input", reason: String(text), advice: "check the file and drop a good copy into the inbox")
        }
        return Rejection(code: "bad_input", reason: String(text[..<semicolon.lowerBound]),
                         advice: String(text[semicolon.upperBound...]))
    }

    private static func megabytes(_ bytes: Int) -> String {
        "\(bytes / (1 << 20)) MiB"
    }
}
