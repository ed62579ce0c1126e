import PageModel
import Testing

@Suite struct TextGroupingTests {
    @Test func cjkGlyphsOfOneCellFormOneWord() {
        #expect(words(glyphs("一般公共服务支出", x: 40, y: 100)) == [["一般公共服务支出"]])
    }

    @Test func anAmountWithSeparatorsStaysOneWord() {
        let row = glyphs("行政运行", x: 40, y: 100) + glyphs("2,697.60", x: 300, y: 100)
        #expect(words(row) == [["行政运行", "2,697.60"]])
    }

    @Test func popplersWordBreakSplitsAnAmountFromTheNameAfterIt() {
        let amount = glyphs("12.50", x: 40, y: 100)
        // Cells printed edge to edge keep a sliver of padding: here 0.2 em, below the word gap.
        let nameStart = amount.last!.box.x1 + 2
        #expect(words(amount + glyphs("行政运行", x: nameStart, y: 100)) == [["12.50", "行政运行"]])
        #expect(words(amount + glyphs("行政运行", x: nameStart, y: 100, startsWord: false)) == [["12.50行政运行"]])
    }

    @Test func aWordBreakBetweenTouchingGlyphsKeepsOneNumber() {
        // Poppler also breaks where the font changes inside a number (digits and separators in two fonts).
        let parts = glyphs("2", x: 40, y: 100) + glyphs(",", x: 45, y: 100) + glyphs("697.60", x: 50, y: 100)
        #expect(words(parts) == [["2,697.60"]])
    }

    /// Right-aligned amounts of narrow columns set with no gap between them (重庆's budgets): one figure a word.
    @Test func figuresSetWithNoGapAreSplitAgain() {
        #expect(words(glyphs("244,895.02192,446.79", x: 40, y: 100)) == [["244,895.02", "192,446.79"]])
        #expect(words(glyphs("12,063.9611,476.190.00", x: 40, y: 100)) == [["12,063.96", "11,476.19", "0.00"]])
        #expect(words(glyphs("-5.00100.25", x: 40, y: 100)) == [["-5.00", "100.25"]])
    }

    @Test func sectionNumbersDatesAndVersionsStayWhole() {
        for text in ["2024.01.15", "3.1.2", "1.2.30", "12,34.5.67"] {
            #expect(words(glyphs(text, x: 40, y: 100)) == [[text]])
        }
    }

    @Test func linesRunTopToBottomAndWordsLeftToRight() {
        let scrambled =
            glyphs("3.00", x: 300, y: 300) + glyphs("合计", x: 40, y: 100) + glyphs("类", x: 40, y: 200)
            + glyphs("1.00", x: 300, y: 100) + glyphs("款", x: 40, y: 300) + glyphs("2.00", x: 300, y: 200)
        #expect(words(scrambled.reversed()) == [["合计", "1.00"], ["类", "2.00"], ["款", "3.00"]])
    }

    @Test func aGlyphSlightlyOffTheBaselineStaysOnItsLine() {
        let row = glyphs("合计", x: 40, y: 100) + glyphs("9.99", x: 300, y: 102)
        #expect(words(row) == [["合计", "9.99"]])
    }

    @Test func fakeBoldDuplicatesAreDropped() {
        let printed = glyphs("项目支出", x: 40, y: 100)
        let overprinted = printed.map { glyph -> Glyph in
            var copy = glyph
            copy.box.x0 += 0.3
            copy.box.x1 += 0.3
            copy.startsWord = false
            return copy
        }
        #expect(words(printed + overprinted) == [["项目支出"]])
    }

    @Test func repeatedCharactersSideBySideAreKept() {
        #expect(words(glyphs("1,000.00", x: 40, y: 100)) == [["1,000.00"]])
    }
}
