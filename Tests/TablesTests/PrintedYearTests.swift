import Testing

@testable import Tables

@Suite struct PrintedYearTests {
    @Test(
        "a year is four plausible digits right before 年, and 年度 where required",
        arguments: [
            ("2024年度部门预算", true, 2024, "2024年度"), ("12024年度", true, nil, ""), ("1989年度", true, nil, ""),
            ("编制于2024年", false, 2024, "2024年"), ("编制于2024年", true, nil, ""),
            ("2023年决算，2024年度预算", true, 2024, "2024年度"), ("年度2024", true, nil, ""),
        ] as [(String, Bool, Int?, String)])
    func years(_ text: String, _ requireDu: Bool, _ year: Int?, _ printed: String) {
        let found = PrintedYear.find(in: text, requireDu: requireDu)
        #expect(found?.year == year)
        #expect(found.map { String(text[$0.range]) } ?? "" == printed)
    }
}
