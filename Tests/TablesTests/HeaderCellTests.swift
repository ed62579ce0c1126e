import PageModel
@testable import Tables
import Testing
import TestSupport

/// Header words are rebuilt into cells without ruling lines.
@Suite struct HeaderCellTests {
    private func cells(_ build: (inout PageBuilder) -> Void) -> [String] {
        var page = PageBuilder()
        build(&page)
        return HeaderCellBuilder(settings: .standard).cells(from: page.page().lines).map(\.text)
    }

    /// 类 / 款 / 项 under a spanning 科目编码: 款 is centred under it like a wrapped line, but an exact column name
    /// of the layout stands alone.
    @Test func anExactColumnNameNeverContinuesTheCellAbove() {
        var page = PageBuilder()
        page.centred("支出功能分类", x: 128, y: 10)
        page.centred("科目编码", x: 128, y: 21)
        page.centred("类", x: 87, y: 32)
        page.centred("款", x: 128, y: 32)
        page.centred("项", x: 169, y: 32)
        let lines = page.page().lines
        let plain = HeaderCellBuilder(settings: .standard).cells(from: lines).map(\.text)
        #expect(plain.contains("支出功能分类科目编码款"), "without the layout, 款 reads as a wrapped line")
        let exact: Set<String> = ["类", "款", "项"]
        let named = HeaderCellBuilder(settings: .standard, namesColumn: { exact.contains($0) }).cells(from: lines).map(
            \.text)
        #expect(named.contains("支出功能分类科目编码"))
        #expect(["类", "款", "项"].allSatisfy(named.contains))
    }

    /// 预算 / 数 beside 决算 / 数 in narrow cells: the two 数 are no letter-spaced word but the last lines of two
    /// cells; a header word spread over its cell (`项   目`) still closes up.
    @Test func singleCharactersEachEndingACellOfTheirOwnStayApart() {
        let built = HeaderCellBuilder(settings: .standard, closesLetterSpacing: true)
        var page = PageBuilder()
        page.centred("预算", x: 133, y: 10)
        page.centred("决算", x: 166, y: 10)
        page.centred("数", x: 133, y: 22)
        page.centred("数", x: 166, y: 22)
        #expect(built.cells(from: page.page().lines).map(\.text) == ["预算数", "决算数"])
        var spread = PageBuilder()
        spread.centred("项", x: 60, y: 10)
        spread.centred("目", x: 90, y: 10)
        #expect(built.cells(from: spread.page().lines).map(\.text) == ["项目"])
    }

    /// The national 基本支出 template centres 公用经费 over two column groups; the 科目 / 代码 of the second group sits
    /// under its middle like a wrapped line, but a group label is one line spanning cells of their own.
    @Test func aGroupLabelNeverTakesTheCellUnderIt() {
        var page = PageBuilder()
        page.centred("公用经费", x: 300, y: 10)
        page.centred("科目", x: 305, y: 21)
        page.centred("代码", x: 305, y: 32)
        let lines = page.page().lines
        let plain = HeaderCellBuilder(settings: .standard).cells(from: lines).map(\.text)
        #expect(plain == ["公用经费科目代码"], "without the label rule, the group's code column is swallowed")
        let labelled = HeaderCellBuilder(settings: .standard, labelsGroup: { $0 == "公用经费" }).cells(from: lines)
        #expect(labelled.map(\.text) == ["公用经费", "科目代码"])
    }

    /// `项   目` spread over its cell is 项目; `类  款  项` are three columns, each an exact name.
    @Test func letterSpacedHeaderWordsCloseUpButColumnNamesStayApart() {
        var page = PageBuilder()
        page.left("项", x: 100, y: 10)
        page.left("目", x: 118, y: 10)
        page.left("预算数", x: 200, y: 10)
        page.left("类", x: 100, y: 40)
        page.left("款", x: 118, y: 40)
        page.left("项", x: 136, y: 40)
        let lines = page.page().lines
        let exact: Set<String> = ["类", "款", "项"]
        let builder = HeaderCellBuilder(
            settings: .standard, namesColumn: { exact.contains($0) }, closesLetterSpacing: true)
        #expect(builder.pieces(from: [lines[0]]).map(\.text) == ["项目", "预算数"])
        #expect(builder.pieces(from: [lines[1]]).map(\.text) == ["类", "款", "项"])
        let plain = HeaderCellBuilder(settings: .standard, namesColumn: { exact.contains($0) })
        #expect(plain.pieces(from: [lines[0]]).map(\.text) == ["项", "目", "预算数"])
    }

    /// `项        目` spread over a wide item column spells the layout's header word 项目, wider than letter spacing.
    @Test func singleCharactersSpellingAHeaderWordCloseUpOverAWideCell() {
        var page = PageBuilder()
        page.left("项", x: 100, y: 10)
        page.left("目", x: 150, y: 10)
        page.left("本年预算", x: 300, y: 10)
        let line = page.page().lines[0]
        let builder = HeaderCellBuilder(settings: .standard, closesLetterSpacing: true, spellsHeader: { $0 == "项目" })
        #expect(builder.pieces(from: [line]).map(\.text) == ["项目", "本年预算"])
        let unspelled = HeaderCellBuilder(settings: .standard, closesLetterSpacing: true)
        #expect(unspelled.pieces(from: [line]).map(\.text) == ["项", "目", "本年预算"])
    }

    @Test func aWordWrappedInsideItsCellJoinsIt() {
        let texts = cells { page in
            page.centred("本年收入合", x: 100, y: 10)
            page.centred("计", x: 100, y: 21)
            page.centred("财政拨款收入", x: 200, y: 15)
        }
        #expect(texts.contains("本年收入合计"))
        #expect(texts.contains("财政拨款收入"))
    }

    @Test func aSpanningLabelOverAWiderCellStaysApart() {
        let texts = cells { page in
            page.centred("预算数", x: 100, y: 10)
            page.centred("公务用车购置及运行维护费", x: 130, y: 21)
        }
        #expect(Set(texts) == ["预算数", "公务用车购置及运行维护费"])
    }

    @Test func wordsCloseOnOneLineAreOneCellButNumbersStandAlone() {
        let texts = cells { page in
            page.left("一般公共预算", x: 100, y: 10)
            page.left("财政拨款", x: 156, y: 10)
            page.left("2024", x: 200, y: 10)
        }
        #expect(texts == ["一般公共预算财政拨款", "2024"])
    }
}
