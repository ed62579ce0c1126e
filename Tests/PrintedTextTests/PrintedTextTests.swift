import PrintedText
import Testing

@Suite struct BlankTests {
    @Test("isBlank agrees with Unicode's White_Space for every scalar of the BMP")
    func agreesWithUnicode() {
        let scalars = (0..<0x1_0000).compactMap(Unicode.Scalar.init)
        let disagreeing = scalars.filter { $0.isBlank != $0.properties.isWhitespace }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test("a character is blank by its first scalar, as Character.isWhitespace says")
    func characters() {
        let samples: [Character] = [" ", "\t", "\r\n", "\u{3000}", "\u{A0}", "\u{2003}", "表", "1", "（", "e\u{301}"]
        for character in samples {
            #expect(character.isBlank == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
    }

    @Test("removingBlanks drops ASCII and ideographic spaces and keeps the rest")
    func removing() {
        #expect("  一般公共 预算\u{3000}财政拨款\t\n".removingBlanks() == "一般公共预算财政拨款")
        #expect("2,697.60".removingBlanks() == "2,697.60")
        #expect("部门： 中共 朝阳".dropFirst(3).removingBlanks() == "中共朝阳")
    }
}

@Suite struct IncludesTests {
    @Test(
        "includes finds a part anywhere, byte for byte",
        arguments: [
            ("财政拨款收入支出决算总表", "支出决算", true),
            ("财政拨款收入支出决算总表", "决算总表", true),
            ("财政拨款收入支出决算总表", "财政", true),
            ("财政拨款收入支出决算总表", "决算表", false),
            ("金额单位：万元", "：", true),
            ("金额单位：万元", ":", false),
            ("表", "", true),
            ("表", "决算表", false),
            ("", "表", false),
        ])
    func finds(text: String, part: String, expected: Bool) {
        #expect(text.includes(part) == expected)
        #expect(text[...].includes(part[...]) == expected)
    }

    @Test("a substring is searched within its own bounds")
    func substringBounds() {
        let text = "收入决算表支出决算表"
        let first = text.prefix(5)
        #expect(first.includes("收入"))
        #expect(!first.includes("支出"))
    }
}

@Suite struct ScalarTextTests {
    @Test("every scalar, of one to four UTF-8 bytes, gives the string its scalar view gives")
    func everyScalar() {
        let scalars = (0..<0x11_0000).compactMap(Unicode.Scalar.init)
        var text = ScalarText(capacity: 1)
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            text.append(scalar)
            view.append(scalar)
        }
        #expect(Array(text.string.utf8) == Array(String(view).utf8))
    }
}
