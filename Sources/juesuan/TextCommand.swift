import ArgumentParser
import FoundationEssentials
import Ingest
import PDFText
import PageModel
import PrintedText

/// `juesuan text`: the page model as lines of words with their x-ranges.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the positioned text of a PDF: each line with its words and their x-ranges.",
        discussion: """
            Each line is printed as `y0-y1 | word[x0-x1] word[x0-x1] …` in PDF points from the top-left \
            corner of the upright page. With --json the page model (pages → lines → words with boxes) is \
            written instead.
            """
    )

    @Argument(help: "The PDF to read.", completion: .file(extensions: ["pdf"]))
    var file: String

    @Option(name: .long, help: "Only this page (1-based).")
    var page: Int?

    @Flag(name: .long, help: "Write the page model as JSON.")
    var json = false

    func validate() throws {
        if let page, page < 1 { throw ValidationError("--page counts from 1") }
    }

    func run() throws {
        let document = try CommandErrors.reporting { try PDFReader().read(contentsOf: URL(fileURLWithPath: file)) }
        var pages = document.pages
        if let page {
            guard page <= pages.count else {
                throw CommandErrors.fail("\(file): has \(pages.count) pages, --page \(page) is past the end")
            }
            pages = [pages[page - 1]]
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            var selected = document
            selected.pages = pages
            StandardStream.output.write(try encoder.encode(selected))
            StandardStream.output.write("\n")
            return
        }
        var out = ""
        for page in pages {
            out +=
                "=== page \(page.number) (\(format(page.width)) x \(format(page.height)) pt\(page.quarterTurned ? ", turned a quarter" : ""))\n"
            for line in page.lines {
                out += "\(format(line.box.y0))-\(format(line.box.y1)) |"
                for word in line.words {
                    out += " \(word.text)[\(format(word.box.x0))-\(format(word.box.x1))]"
                }
                out += "\n"
            }
        }
        StandardStream.output.write(out)
    }

    private func format(_ value: Double) -> String {
        value.fixedPoint(decimals: 1)
    }
}
