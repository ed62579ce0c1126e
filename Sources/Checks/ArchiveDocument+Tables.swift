import FoundationEssentials
import Records

extension ArchiveDocument {
    /// The first table of `kind`, if the document has one.
    func table(_ kind: TableKind) -> Table? {
        tables.first { $0.id == kind }
    }
}

extension Table {
    /// The 合计 row of a table keyed by code.
    var totalRow: Record? {
        records.first { $0.code == nil && $0.label == "合计" }
    }

    /// The amount of `column` in the 合计 row; a table printed empty (本表无数据) totals 0.
    func total(_ column: RecordKey) -> Decimal? {
        empty ? 0 : totalRow?.amount(column)
    }
}
