import Catalogue
import PrintedText
import Records

/// Completes codes and names clipped in print (Liaoning 06 tables print `3010` for `30101` and
/// `政府办公厅（室）及相关机构事` for `…事务`) where the code catalogue makes the full value certain,
/// and says so in a warning. A table's clipped codes are completed all together or not at all, so that a
/// table never mixes printed and completed codes.
struct ClippedCodeRepair: Sendable {
    var catalogue: CodeCatalogue
    var year: Int?

    func repair(_ table: inout Table, warnings: inout [Diagnostic]) {
        var completions: [(index: Int, entry: CatalogueEntry)] = []
        for (index, record) in table.records.enumerated() {
            guard let code = record[.code]?.text, let name = record[.name]?.text,
                let classification = Classification(code: code)
            else { continue }
            let clippedCode = !classification.levelLengths.contains(code.count)
            if let entry = completion(code: code, name: name, clippedCode: clippedCode) {
                completions.append((index, entry))
            } else if clippedCode {
                warnings.append(
                    Diagnostic(
                        .clippedCodesKept, table: table.id, pages: table.pages,
                        message: "code \(code) \(name) is clipped and the catalogue cannot complete it "
                            + "with certainty; the table's clipped codes are kept as printed"))
                return
            }
        }
        guard !completions.isEmpty else { return }
        var examples: [String] = []
        for (index, entry) in completions {
            let code = table.records[index][.code]?.text ?? ""
            let name = table.records[index][.name]?.text ?? ""
            table.records[index][.code] = .text(entry.code)
            if TextFold.key(entry.name) != TextFold.key(name) { table.records[index][.name] = .text(entry.name) }
            examples.append("\(code) \(name) → \(entry.code) \(entry.name)")
        }
        let shown = examples.prefix(Self.examplesShown).joined(separator: "; ")
        warnings.append(
            Diagnostic(
                .clippedCodesCompleted, table: table.id, pages: table.pages,
                message: "\(completions.count) codes or names clipped in print completed from the code "
                    + "catalogue (\(shown)\(examples.count > Self.examplesShown ? "; …" : ""))"))
    }

    /// How many completions a warning spells out.
    static let examplesShown = 3

    /// The entry a clipped code stands for, or the entry of a full code whose name was cut short.
    private func completion(code: String, name: String, clippedCode: Bool) -> CatalogueEntry? {
        if clippedCode { return catalogue.completion(ofClippedCode: code, name: name, year: year) }
        guard let entry = catalogue.entry(ofCode: code, year: year),
            TextFold.key(entry.name) != TextFold.key(name),
            TextFold.key(entry.name).hasPrefix(TextFold.key(name))
        else { return nil }
        return entry
    }
}
