import Foundation
import PageModel
import Records
@testable import Tables
import TestSupport

/// Reads synthetic pages through the table stage the way the pipeline does.
enum SyntheticTables {
    static func tables(_ pages: [Page], kind: DocumentKind? = nil) -> (tables: [Table], warnings: [Diagnostic]) {
        let located = TableLocator(catalogue: .standard, settings: .standard).locate(in: pages)
        var warnings: [Diagnostic] = []
        let builder = TableBuilder(catalogue: .standard, settings: .standard, documentKind: kind)
        return (located.tables.map { builder.table(from: $0, warnings: &warnings) }, warnings)
    }

    static func table(_ kind: TableKind, in pages: [Page], of document: DocumentKind? = nil) -> Table? {
        tables(pages, kind: document).tables.first { $0.id == kind }
    }

    static func decimal(_ text: String) -> Value {
        .number(Decimal(string: text)!)
    }
}
