import ArgumentParser
import Checks
import FoundationEssentials
import Ingest
import Pipeline
import Records

/// `juesuan check`: validates one PDF or record-model JSON document and prints a readable report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the arithmetic, cross-table figures and narrative of one PDF or record-model JSON document.",
        discussion: """
            Prints the document's status, failed checks first, grouped by table, then the passed ones counted by \
            rule, then the printed figures the self-census found unread, with their pages. Exits with status 1 when \
            a check fails, so that CI can gate on it; input that cannot be read exits with status 65.
            """
    )

    /// Exit status when at least one check fails.
    static let failedChecks: Int32 = 1

    @Argument(
        help: "The PDF or record-model JSON document to check.",
        completion: .file(extensions: ["pdf", "json"]))
    var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let document = try CommandErrors.reporting {
            url.pathExtension.lowercased() == "json"
                ? Validation().validated(try ArchiveDocument(jsonData: Data(contentsOf: url)))
                : try Extraction().extract(contentsOf: url)
        }
        let report = CheckReport(document: document)
        StandardStream.output.write(report.text)
        if !report.failed.isEmpty { throw ExitCode(Self.failedChecks) }
    }
}
