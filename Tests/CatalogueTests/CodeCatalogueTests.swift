import Catalogue
import Testing

@Suite struct CodeCatalogueTests {
    let catalogue = CodeCatalogue.standard

    @Test func embeddedFileReads() {
        #expect(catalogue.entries.count > 200)
        #expect(catalogue.name(ofCode: "2010301", year: 2024) == "行政运行")
        #expect(catalogue.name(ofCode: "30101", year: 2023) == "基本工资")
        #expect(catalogue.name(ofCode: "2999999", year: 2024) == nil)
    }

    @Test func entriesHoldFromTheirFirstYear() {
        #expect(catalogue.name(ofCode: "201", year: 2022) == nil)
        #expect(catalogue.name(ofCode: "201", year: nil) == "一般公共服务支出")
    }

    @Test(
        "Liaoning 06 clipped codes complete by name",
        arguments: [
            ("3010", "基本工资", "30101"), ("3010", "伙食补助费", "30106"), ("3011", "医疗费", "30114"),
            ("3019", "其他工资福利支出", "30199"), ("3991", "资本性赠与", "39910"), ("3120", "其他资本性补助", "31206"),
            ("3010", "机关事业单位基本养老保险", "30108"), ("3021", "因公出国(境)费用", "30212"),
        ])
    func clippedCodes(code: String, name: String, full: String) {
        #expect(catalogue.completion(ofClippedCode: code, name: name, year: 2024)?.code == full)
    }

    @Test func clippedNamesComplete() {
        let entry = catalogue.completion(ofClippedCode: "20103", name: "政府办公厅（室）及相关机构事", year: 2023)
        #expect(entry?.name == "政府办公厅（室）及相关机构事务")
        #expect(
            catalogue.completion(ofClippedCode: "2080505", name: "机关事业单位基本养老保险缴", year: 2024)?.name
                == "机关事业单位基本养老保险缴费支出")
    }

    @Test func uncertainCompletionsAreRefused() {
        // 3010 + 其他 could be several codes; a name that is no catalogue name gives nothing.
        #expect(catalogue.completion(ofClippedCode: "3010", name: "", year: 2024) == nil)
        #expect(catalogue.completion(ofClippedCode: "3010", name: "公务用车购置", year: 2024) == nil)
        #expect(catalogue.completion(ofClippedCode: "3029", name: "其他", year: 2024)?.code == "30299")
        #expect(catalogue.completion(ofClippedCode: "30", name: "基本工资", year: 2024) == nil)
    }

    @Test func classesAreFoundByName() {
        #expect(catalogue.classEntry(named: "社会保障和就业支出", in: .function, year: 2024)?.code == "208")
        #expect(catalogue.classEntry(named: "工资福利支出", in: .economic, year: 2024)?.code == "301")
    }

    @Test func badLinesAreNamed() {
        #expect(throws: CatalogueError(line: 2, reason: "expected 6 tab-separated fields, found 1")) {
            try CodeCatalogue(tsv: "# header\nfunction 201")
        }
        #expect(throws: CatalogueError.self) {
            try CodeCatalogue(tsv: "economic\t2010\t行政运行\t2023\t-\tstandard")
        }
    }
}
