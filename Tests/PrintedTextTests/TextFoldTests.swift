import Foundation
import PrintedText
import Testing

@Suite struct TextFoldTests {
    @Test("one key for both widths of brackets and colons, without blanks and quotes")
    func key() {
        #expect(TextFold.key("因公出国（境）费") == TextFold.key("因公出国 (境) 费"))
        #expect(TextFold.key("【表一】：“三公”经费") == "[表一]:三公经费")
        #expect(TextFold.key("收入决算表") != TextFold.key("支出决算表"))
    }

    @Test(
        "a leading enumerator is dropped, whatever its form",
        arguments: [
            ("一、一般公共服务支出", "一般公共服务支出"),
            ("（二）社会保障", "社会保障"),
            ("(3)工程", "工程"),
            ("12．货物", "货物"),
            ("三，其他", "其他"),
            ("附表1：收入决算表", "收入决算表"),
            ("表三 支出决算表", " 支出决算表"),
        ])
    func strips(printed: String, item: String) {
        #expect(TextFold.withoutEnumerator(printed) == item)
        #expect(TextFold.startsWithEnumerator(printed))
    }

    @Test(
        "no enumerator: a year, a bare numeral, a word starting with 表",
        arguments: [
            "2024.年度", "一般公共服务支出", "十分", "表彰", "(续表)", "123、",
        ])
    func keeps(text: String) {
        #expect(TextFold.withoutEnumerator(text) == text)
        #expect(!TextFold.startsWithEnumerator(text))
    }

    @Test("items compare equal with or without their enumerators and bracket widths")
    func itemKey() {
        #expect(TextFold.itemKey("八、 社会保障和就业支出") == TextFold.itemKey("社会保障和就业支出"))
        #expect(TextFold.itemKey("（一）因公出国（境）费") == "因公出国(境)费")
    }
}

@Suite struct PrintedNumberTests {
    @Test(
        "printed amounts read exactly",
        arguments: [
            ("2,697.60", "2697.6"), ("0.00", "0"), ("-12.5", "-12.5"), ("（12.5）", "-12.5"), ("96.84%", "96.84"),
            ("１２３．４", "123.4"), (" 1 234 ", "1234"),
        ])
    func parses(printed: String, value: String) {
        #expect(PrintedNumber.parse(printed) == Decimal(string: value))
    }

    @Test(
        "text that is no number, or thousands groups that are not of three",
        arguments: [
            "合计", "1,23.00", "12,34", "1.2.3", "-", "1O.00",
        ])
    func rejects(text: String) {
        #expect(PrintedNumber.parse(text) == nil)
    }

    @Test("a plain ASCII figure reads as the same text with a blank, read the general way: equal and of the same form")
    func plainFiguresMatchTheGeneralReading() {
        var texts = [
            "0", "0.00", "00.000", ".5", "5.", "1,234", "1,234.50", "12,34", "(1.5)", "(+1.5)", "(-1.5)", "+7",
            "-0.00", "(5)%", "%", ",5", ")", "()", "(1)", "-(1)", "1-2", "123456789012345678", "0.00000000000000001",
        ]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789,.-+()%0123456789")
        for _ in 0..<5_000 {
            texts.append(
                String(
                    (0..<Int.random(in: 1...18, using: &generator)).map { _ in
                        alphabet.randomElement(using: &generator)!
                    }))
        }
        for text in texts {
            let plain = PrintedNumber.parse(text)
            let general = PrintedNumber.parse(" " + text)
            #expect(plain == general, "\(text)")
            #expect(plain.map(Self.bytes) == general.map(Self.bytes), "\(text)")
        }
    }

    /// The bytes of a decimal: its mantissa and exponent as stored, which equality does not compare.
    private static func bytes(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    @Test("blank, dashes and slashes mean no value")
    func absentMarks() {
        #expect(["", " ", "——", "-", "／", "—"].allSatisfy(PrintedNumber.isAbsentMark))
        #expect(!PrintedNumber.isAbsentMark("0.00"))
    }

    @Test(
        "isNumber says whether parse reads a number, plain or not",
        arguments: [
            "2,697.60", "0.00", "-12.5", "(12.5)", "96.84%", "+3", "1,234,567.891", "12,34", "1.2.3", "1.", ".5",
            ",5", ")1", "%", "12345678901234567890", "１２，３４５．６０", "（３．５）", " 2 697.60 ", "112年度", "－",
            "1.業務費", "", "(", "()", "1,000,",
        ])
    func agreesWithParse(_ text: String) {
        #expect(PrintedNumber.isNumber(text) == (PrintedNumber.parse(text) != nil))
    }
}
