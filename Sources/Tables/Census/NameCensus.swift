import Catalogue
import PrintedText
import Records

/// The names of coded rows, against the code catalogue: a name the catalogue's name of its code holds, but does
/// not start with (`疗` for 21011 行政事业单位医疗), was read in part: the start of a name wrapped over lines went
/// to no record. A name cut at its end is a clipped print (`政府办公厅（室）及相关机构事`), completed by
/// `ClippedCodeRepair`, and is not counted here.
struct NameCensus: Sendable {
    var catalogue: CodeCatalogue
    var year: Int?

    /// A diagnostic for each coded record of `tables` whose name was read in part.
    func diagnostics(for tables: [Table]) -> [Diagnostic] {
        tables.flatMap { table in
            table.records.compactMap { record -> Diagnostic? in
                guard let code = record[RecordKey.code.rawValue]?.text,
                    let name = record[RecordKey.name.rawValue]?.text,
                    let whole = catalogue.name(ofCode: code, year: year)
                else { return nil }
                let printed = TextFold.key(name), full = TextFold.key(whole)
                guard printed != full, full.includes(printed), !full.hasPrefix(printed) else { return nil }
                return Diagnostic(
                    .nameReadInPart, table: table.id, pages: table.pages,
                    message: "the name of \(code) "
                        + "was read as \(name), part of \(whole): the start of the printed name went to no record")
            }
        }
    }
}
