import ArgumentParser

/// The command-line entry point: one binary for the daemon, the extractor and the debugging views.
@main
struct Juesuan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "juesuan",
        abstract: "Turns Chinese departmental final-account PDFs (部门决算公开) into normalised JSON.",
        discussion: """
            Drop PDFs into an inbox and run `juesuan watch`, or extract one file with `juesuan extract`. \
            `juesuan text` shows the positioned text poppler reads and `juesuan explain` draws a page as its tables \
            were read, for debugging and bug reports.
            """,
        subcommands: [
            ExtractCommand.self, TextCommand.self, ExplainCommand.self, WatchCommand.self, CheckCommand.self,
            FactsCommand.self,
        ]
    )

    /// Runs the command the arguments name. `extract` in its plain forms (`ExtractRequest(plainArguments:)`)
    /// runs without ArgumentParser; every other form is parsed by it.
    static func main() {
        guard let request = ExtractRequest(plainArguments: Array(CommandLine.arguments.dropFirst())) else {
            main(nil)
            return
        }
        do {
            try request.run()
        } catch {
            ExtractCommand.exit(withError: error)
        }
    }
}
