import Catalogue
import PrintedText
import Records

/// Gives right a 功能分类 code whose 类 piece is misprinted (`7 | 11 | 02` 事业单位医疗 between rows of class 210):
/// the code the catalogue does not hold, whose 款 and 项 under the class of the rows above make a code the
/// catalogue holds with the row's very name. The repair is said in a warning.
struct MisprintedClassRepair: Sendable {
    var catalogue: CodeCatalogue
    var year: Int?

    /// Digits of a 类 code, and of its 款 and 项 pieces.
    static let classDigits = 3
    static let pieceDigits = 2

    func repair(_ table: inout Table, warnings: inout [Diagnostic]) {
        var currentClass: String?
        for index in table.records.indices {
            guard let code = table.records[index][.code]?.text else { continue }
            if catalogue.entry(ofCode: code, year: year) != nil {
                currentClass = String(code.prefix(Self.classDigits))
                continue
            }
            // A code under its own class is no misprint of the class: a finer code than the catalogue's
            // (经济分类 3030101 under 30301) stays as printed.
            guard let currentClass, !code.hasPrefix(currentClass), let name = table.records[index][.name]?.text,
                let entry = candidate(for: code, under: currentClass, name: name)
            else { continue }
            table.records[index][.code] = .text(entry.code)
            warnings.append(
                Diagnostic(
                    .misprintedCodeRepaired, table: table.id, pages: table.pages,
                    message:
                        "code printed \(code) (\(name)) among the rows of class \(currentClass) is given as \(entry.code), "
                        + "the catalogue's code of that name"))
        }
    }

    /// The catalogue entry of `name` whose code is `classCode` followed by the 款 (and 项) ending of `code`.
    private func candidate(for code: String, under classCode: String, name: String) -> CatalogueEntry? {
        for pieces in [2, 1] where code.count > pieces * Self.pieceDigits {
            let ending = code.suffix(pieces * Self.pieceDigits)
            if let entry = catalogue.entry(ofCode: classCode + ending, year: year),
                TextFold.key(entry.name) == TextFold.key(name)
            {
                return entry
            }
        }
        return nil
    }
}
