import Foundation
import PDFText
import PageModel
import Testing
@testable import Tables

@Suite struct ZZDebug {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["DBG_PDF"] else { return }
        let pages = try PDFReader().read(Data(contentsOf: URL(fileURLWithPath: path)), name: "x").pages
        let wanted = Int(ProcessInfo.processInfo.environment["DBG_PAGE"] ?? "0") ?? 0
        let located = TableLocator(catalogue: .standard, settings: .standard).locate(in: pages)
        for table in located.tables where wanted == 0 || table.pages.contains(wanted) {
            print("TABLE", table.layout.kind, table.title, table.pages, "closed", table.closed)
            for r in table.regions {
                print(" page", r.region.page, "header:", r.region.header.map(\.text), "notes:", r.region.notes.map(\.text))
                print("  cells:", r.headerCells.map { "\($0.text)@\(Int($0.box.x0))-\(Int($0.box.x1))" })
                print("  columns:", r.model.columns.map { "\($0.key)@\(Int($0.center))g\($0.group)" })
                print("  body:", r.region.body.prefix(4).map(\.text), "...", r.region.body.suffix(3).map(\.text))
            }
        }
    }
}
