import ArgumentParser
import Explain
import FoundationEssentials
import Ingest
import PDFText
import Tables

/// `juesuan explain`: one page drawn as the tables stage read it (SVG), and the rules behind each decision (text).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Draw a page as the tables stage read it (SVG) and print the rules behind each decision.",
        discussion: """
            For "why is this figure wrong?": the SVG shows each word's box, the lines, each table's region, its \
            header cells and column anchors, the row bands, each body word coloured by its table and record key, \
            and figures left unread outlined in red; hover a mark for the decision behind it. The text on stdout \
            names, per table on the page, the rule that ended its header, the rule that carried it onto the page, \
            its columns with their anchors, each row with the rules that joined its lines and each body word with \
            the column and rule it went to. The whole document is read, so continued tables are read as \
            `extract` reads them. Without --output the SVG goes to NAME.page-N.svg in the current folder.
            """
    )

    @Argument(help: "The PDF to read.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Option(name: .long, help: "The page to explain (1-based).")
    var page: Int

    @Option(name: .long, help: ArgumentHelp("Where to write the SVG.", valueName: "file.svg"))
    var output: String?

    @OptionGroup var tuning: SettingsOption

    func validate() throws {
        if page < 1 { throw ValidationError("--page counts from 1") }
    }

    func run() throws {
        let settings = try tuning.settings()
        let document = try CommandErrors.reporting { try PDFReader().read(contentsOf: URL(fileURLWithPath: file)) }
        guard let explanation = PageExplanation(pages: document.pages, page: page, settings: settings) else {
            throw CommandErrors.fail("\(file): has \(document.pages.count) pages, --page \(page) is past the end")
        }
        let path = output ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".page-\(page).svg"
        do {
            try Data(ExplanationSVG.render(explanation).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandErrors.fail("\(path): cannot write the SVG (\(FileError.reason(error)))")
        }
        StandardStream.output.write(ExplanationText.render(explanation) + "drawn in \(path)\n")
    }
}
