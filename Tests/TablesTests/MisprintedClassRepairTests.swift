import Catalogue
import Records
import Testing
@testable import Tables

/// A 类 piece misprinted among the rows of its class is given right only where the catalogue holds the code of
/// that name; anything else stays as printed.
@Suite struct MisprintedClassRepairTests {
    private func table(_ rows: [(String, String)]) -> Table {
        Table(
            id: .expenditure, title: "支出预算总表", pages: [9],
            records: rows.map { [RecordKey.code.rawValue: .text($0.0), RecordKey.name.rawValue: .text($0.1)] })
    }

    @Test func aMisprintedClassUnderItsRowsIsGivenRight() {
        var printed = table([("210", "卫生健康支出"), ("21011", "行政事业单位医疗"), ("2101101", "行政单位医疗"), ("71102", "事业单位医疗")])
        var warnings: [Diagnostic] = []
        MisprintedClassRepair(catalogue: .standard, year: 2024).repair(&printed, warnings: &warnings)
        #expect(printed.records[3][.code] == .text("2101102"))
        #expect(warnings.map(\.code) == [.misprintedCodeRepaired])
    }

    @Test func anotherNameKeepsThePrintedCode() {
        var printed = table([("210", "卫生健康支出"), ("71102", "某某事务")])
        var warnings: [Diagnostic] = []
        MisprintedClassRepair(catalogue: .standard, year: 2024).repair(&printed, warnings: &warnings)
        #expect(printed.records[1][.code] == .text("71102"))
        #expect(warnings.isEmpty)
    }

    /// 重庆 prints 经济分类 codes a level finer than the catalogue (3030101 离休费 under 30301 离休费): a code under
    /// its own class is no misprint.
    @Test func aFinerCodeUnderItsOwnClassStays() {
        var printed = table([("303", "对个人和家庭的补助"), ("30301", "离休费"), ("3030101", "离休费")])
        var warnings: [Diagnostic] = []
        MisprintedClassRepair(catalogue: .standard, year: 2026).repair(&printed, warnings: &warnings)
        #expect(printed.records[2][.code] == .text("3030101"))
        #expect(warnings.isEmpty)
    }
}
