import Catalogue
import Testing

/// The shipped catalogue as data: its well-known codes, its periods and its hierarchy.
@Suite struct CatalogueCoverageTests {
    let catalogue = CodeCatalogue.standard

    @Test(
        "Well-known codes of each class",
        arguments: [
            ("201", "一般公共服务支出"), ("2010301", "行政运行"), ("20406", "司法"), ("208", "社会保障和就业支出"),
            ("2080505", "机关事业单位基本养老保险缴费支出"), ("2101101", "行政单位医疗"), ("2120501", "城乡社区环境卫生"),
            ("2210201", "住房公积金"), ("224", "灾害防治及应急管理支出"), ("30101", "基本工资"), ("30201", "办公费"),
            ("30302", "退休费"), ("31002", "办公设备购置"), ("39999", "其他支出"),
        ])
    func wellKnownCodes(code: String, name: String) {
        #expect(catalogue.name(ofCode: code, year: 2024) == name)
    }

    @Test func codesResolveInTheYearsThatPrintThem() {
        #expect(catalogue.name(ofCode: "2013204", year: 2023) == "公务员事务")
        #expect(catalogue.name(ofCode: "2010601", year: 2024) == "行政运行")
        #expect(catalogue.name(ofCode: "2040601", year: 2026) == "行政运行")
        // First printed in a 2026 report: the catalogue does not claim it for 2025.
        #expect(catalogue.name(ofCode: "2040601", year: 2025) == nil)
    }

    @Test func coverageStartsAtTheFirstEnteredYear() throws {
        #expect(catalogue.firstYear == 2023)
        #expect(try CodeCatalogue(tsv: "# nothing").firstYear == nil)
    }

    @Test func anEndedCodeIsNotInForceAfterItsEnd() throws {
        let tsv = "function\t2999901\t甲\t2017\t2019\tstandard\nfunction\t2999901\t乙\t2020\t-\tstandard"
        let renamed = try CodeCatalogue(tsv: tsv)
        #expect(renamed.name(ofCode: "2999901", year: 2019) == "甲")
        #expect(renamed.name(ofCode: "2999901", year: 2020) == "乙")
        let ended = try CodeCatalogue(tsv: "function\t2999902\t丙\t2017\t2019\tstandard")
        #expect(ended.name(ofCode: "2999902", year: 2020) == nil)
        #expect(ended.name(ofCode: "2999902", year: 2016) == nil)
    }

    @Test func noCodeHasOverlappingPeriods() {
        for (code, entries) in Dictionary(grouping: catalogue.entries, by: \.code) where entries.count > 1 {
            let sorted = entries.sorted { $0.firstYear < $1.firstYear }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                #expect(earlier.lastYear.map { $0 < later.firstYear } ?? false, "\(code) periods overlap")
            }
        }
    }

    @Test func everyCodeHasItsParentsInItsYears() throws {
        let lastYear = try #require(catalogue.entries.map { max($0.firstYear, $0.lastYear ?? 0) }.max())
        for entry in catalogue.entries where entry.code.count > 3 {
            let parents = [3, 5].filter { $0 < entry.code.count }.map { String(entry.code.prefix($0)) }
            for year in entry.firstYear...(entry.lastYear ?? lastYear) {
                for parent in parents {
                    #expect(
                        catalogue.entry(ofCode: parent, year: year) != nil, "\(entry.code) in \(year): no \(parent)")
                }
            }
        }
    }
}
