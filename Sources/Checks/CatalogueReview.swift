import Catalogue
import Records

/// Diagnostics for codes the catalogue does not know, and for clipped codes it can or cannot complete.
///
/// A report of a year before the catalogue's first gets one warning that its codes were not checked, not one
/// false warning per code.
struct CatalogueReview {
    let catalogue: CodeCatalogue
    let year: Int?

    func diagnostics(for document: ArchiveDocument) -> [Diagnostic] {
        if let year, let first = catalogue.firstYear, year < first {
            let printsCodes = document.tables.contains { $0.records.contains { $0.code != nil } }
            return printsCodes
                ? [
                    Diagnostic(
                        .catalogueTooLate,
                        message: "the 政府收支分类 catalogue starts at fiscal "
                            + "\(first): the codes of \(year) were not checked")
                ] : []
        }
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for table in document.tables {
            for record in table.records {
                guard let code = record.code, let classification = Classification(code: code),
                    seen.insert("\(table.id.rawValue) \(code) \(record.label)").inserted
                else { continue }
                if !classification.levelLengths.contains(code.count) {
                    let completion = catalogue.completion(ofClippedCode: code, name: record.label, year: year)
                    diagnostics.append(
                        Diagnostic(
                            .clippedCode, table: table.id,
                            message: "code \(code) (\(record.label)) "
                                + "is clipped; "
                                + (completion.map { "the catalogue completes it to \($0.code) \($0.name)" }
                                    ?? "the catalogue cannot complete it with certainty")))
                } else if catalogue.entry(ofCode: code, year: year) == nil {
                    diagnostics.append(
                        Diagnostic(
                            .codeNotInCatalogue, table: table.id,
                            message: "code \(code) "
                                + "(\(record.label)) is not in the 政府收支分类 catalogue\(year.map { " for \($0)" } ?? "")"))
                }
            }
        }
        return diagnostics
    }
}
