import ArchiveStore
import Glibc

/// The reasons the daemon itself rejects a file for, and the child's memory limit (the extractor's own reasons come
/// in its `ExtractorFailure` report).
enum Rejections {
    static func tooLarge(bytes: Int, limit: Int) -> Rejection {
        Rejection(
            code: "too_large", reason: "too large (\(megabytes(bytes)), the limit is \(megabytes(limit)))",
            advice: "check that this is one report; if it is, raise the limit with --max-file-size")
    }

    /// An entry that is no regular file (`what`: "a symbolic link", "a FIFO (named pipe)", …): never followed,
    /// opened or read, and nothing of it kept.
    static func notAFile(_ what: String) -> Rejection {
        Rejection(
            code: "not_a_file",
            reason: "\(what), not a regular file: the daemon takes regular files only and never follows links",
            advice: "put the file itself into the inbox (copy it, or move it in), not a link or a special file")
    }

    static func interrupted(attempts: Int) -> Rejection {
        Rejection(
            code: "interrupted",
            reason:
                "reading was interrupted \(attempts) times (the daemon stopped or crashed while its child read this file)",
            advice: "look at the daemon's log around those times; if the file is fine, drop it into the inbox again")
    }

    static func timeLimit(_ limits: ChildLimits) -> Rejection {
        Rejection(
            code: "time_limit", reason: "reading took longer than \(limits.time.seconds) s and was stopped",
            advice: "if the report is unusually long, raise --child-timeout; otherwise report the file as a bug")
    }

    static func memoryLimit(bytes: Int, detail: String) -> Rejection {
        Rejection(
            code: "memory_limit", reason: "reading needed more than \(megabytes(bytes)) of memory",
            detail: detail,
            advice: "if the report is unusually large, raise --child-memory; otherwise report the file as a bug")
    }

    static func cpuLimit(_ limits: ChildLimits) -> Rejection {
        Rejection(
            code: "cpu_limit", reason: "reading used more than \(limits.cpuSeconds) s of CPU and was stopped",
            advice: "if the report is unusually long, raise --child-cpu; otherwise report the file as a bug")
    }

    static func crashed(_ how: String, detail: String?) -> Rejection {
        Rejection(
            code: "crashed", reason: "the reader crashed on this file (\(how))", detail: detail,
            advice: "report the file as a bug; the daemon carried on with other files")
    }

    static func invalidOutput(_ detail: String) -> Rejection {
        Rejection(
            code: "invalid_output", reason: "the reader's output is not a record-model document", detail: detail,
            advice: "report the file as a bug")
    }

    private static func megabytes(_ bytes: Int) -> String {
        "\(bytes / (1 << 20)) MiB"
    }
}
