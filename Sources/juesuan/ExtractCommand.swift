import ArgumentParser
import Foundation
import Pipeline
import Records

/// `juesuan extract`: one PDF → one record-model JSON document on stdout.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the tables of one PDF as a record-model v1 JSON document on stdout.",
        discussion: """
            This is the code the daemon runs for each PDF, in a child process. On input that cannot be read \
            (empty, not a PDF, damaged, encrypted, no text layer) it prints one line on stderr naming the file \
            and what to do, and exits with status 65.
            """
    )

    @Argument(help: "The PDF to read.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Flag(name: .long, help: "Indent the JSON for reading.")
    var pretty = false

    @Option(name: .long, help: "The file name to record as source_name (default: the file's own name).")
    var sourceName: String?

    func run() throws {
        let document = try CommandErrors.reporting {
            try Extraction().extract(contentsOf: URL(fileURLWithPath: file), sourceName: sourceName)
        }
        var json = try document.jsonData(pretty: pretty)
        json.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(json)
    }
}
