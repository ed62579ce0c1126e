import ArgumentParser
import Export
import FoundationEssentials
import Glibc
import Ingest

/// `juesuan facts`: the archive as a dataset, one row per printed figure.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract:
            "Write every figure of every archived document as one row (CSV or JSON lines), for DuckDB, pandas or a spreadsheet.",
        discussion: """
            Reads the documents index.jsonl lists as archived, one at a time, and writes a row per figure: the \
            document, the table, the record's identity (code, name, item, side, category, 行次), the record key and \
            the value as exact decimal text. Generic grids come out as one row per non-empty cell (record = row, \
            column = column number, text). A document that cannot be read, or an index line that is not an entry, is \
            named on stderr and left out; the exit status is then 1.
            """
    )

    /// Exit status when a listed document could not be read (the rest was exported).
    static let documentsLeftOut: Int32 = 1

    @Argument(help: "The archive folder (the one holding index.jsonl).", completion: .directory)
    var archive: String

    @Option(
        help: "csv (RFC 4180) or jsonl (one JSON object per line).",
        transform: { text in
            guard let format = FactFormat(rawValue: text) else {
                throw ValidationError("--format is csv or jsonl, not \(text)")
            }
            return format
        })
    var format: FactFormat = .csv

    @Option(help: "Write to FILE (through FILE.part, renamed when complete) instead of stdout.")
    var output: String?

    @Flag(help: "Start the CSV with a UTF-8 byte-order mark, so that Excel reads Chinese text right.")
    var bom = false

    @Option(
        name: .customLong("status"),
        help: ArgumentHelp(
            "Export only documents of this status (ok, review, partial, unrecognized; repeat for several), e.g. --status ok "
                + "for documents whose every printed figure was read and whose every check passes.", valueName: "status"
        ),
        transform: { text in
            guard ["ok", "review", "partial", "unrecognized"].contains(text) else {
                throw ValidationError("--status is ok, review, partial or unrecognized, not \(text)")
            }
            return text
        })
    var statuses: [String] = []

    func run() throws {
        let export = FactsExport(
            root: archive, format: format, byteOrderMark: bom,
            statuses: statuses.isEmpty ? nil : Set(statuses))
        let summary: FactsExport.Summary
        if let output {
            let partial = output + ".part"
            let fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw CommandErrors.fail("\(partial): cannot create (\(String(cString: strerror(errno))))")
            }
            do {
                summary = try CommandErrors.reporting { try export.write(to: fd, path: partial) }
            } catch {
                close(fd)
                unlink(partial)
                throw error
            }
            guard fsync(fd) == 0, close(fd) == 0, rename(partial, output) == 0 else {
                throw CommandErrors.fail("\(output): cannot finish writing (\(String(cString: strerror(errno))))")
            }
        } else {
            summary = try CommandErrors.reporting { try export.write(to: STDOUT_FILENO, path: "stdout") }
        }
        let index = "\(archive)/index.jsonl"
        for number in summary.unreadableIndexLines {
            StandardStream.error.write(
                "juesuan: \(index): line \(number) is not an index entry; its document, if any, is left out\n")
        }
        for number in summary.fusedIndexLines {
            StandardStream.error.write(
                "juesuan: \(index): line \(number) starts with a torn line; the whole entry after it was read (juesuan watch blanks the torn part at start)\n"
            )
        }
        for (path, reason) in summary.unreadable {
            StandardStream.error.write("juesuan: \(archive)/\(path): left out, cannot be read: \(reason)\n")
        }
        var line = "juesuan: \(summary.documents) documents, \(summary.values) values, \(summary.cells) grid cells"
        if summary.texts > 0 { line += ", \(summary.texts) texts" }
        if !summary.unreadableIndexLines.isEmpty {
            line += "; \(summary.unreadableIndexLines.count) index lines skipped (not index entries)"
        }
        StandardStream.error.write(line + "\n")
        if !summary.unreadable.isEmpty || !summary.unreadableIndexLines.isEmpty {
            throw ExitCode(Self.documentsLeftOut)
        }
    }
}
