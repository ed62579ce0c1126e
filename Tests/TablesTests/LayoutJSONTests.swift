import Testing

@testable import Tables

/// The reader of `layouts.json`: strict JSON, and errors that say where the data is wrong.
@Suite struct LayoutJSONTests {
    @Test("strings, escapes, numbers and nesting read as JSON means them")
    func values() throws {
        let json = try LayoutJSON.parse(
            Array(
                #" {"a": ["收入", "\"q\" \\ \/ \t\n", "\u6536\u5165", "\ud83d\ude00"], "b": {"c": true, "d": null}, "e": -1.5e2} "#
                    .utf8))
        #expect(try json.member("a", at: "").strings(at: "a") == ["收入", "\"q\" \\ / \t\n", "收入", "😀"])
        #expect(try json.member("b", at: "").member("c", at: "b").bool(at: "b.c"))
        #expect(try json.member("b", at: "").optionalMember("d") == nil)
        guard case .number(let number) = try json.member("e", at: "") else { Issue.record("not a number"); return }
        #expect(number == -150)
    }

    @Test(
        "malformed JSON is refused with the byte where it goes wrong",
        arguments: [
            (#"{"a": [1, 2}"#, "byte 11"), (#"{"a" 1}"#, "byte 5"), (#"["open"#, "byte 6"), (#"[1] 2"#, "byte 4"),
            ("[\"\u{1}\"]", "byte 2"), (#"["\x"]"#, "byte 4"), (#"{"a": tru}"#, "byte 6"),
        ])
    func malformed(_ text: String, _ place: String) {
        #expect { try LayoutJSON.parse(Array(text.utf8)) } throws: { error in
            "\(error)".hasPrefix(place)
        }
    }

    @Test("a layout that names no record key is refused with the path to it")
    func pathInErrors() throws {
        let json = try LayoutJSON.parse(Array(#"{"key": "incomes", "value": "amount", "headers": ["收入"]}"#.utf8))
        #expect { try ColumnRule(json: json, at: "tables[2].columns[0]") } throws: { error in
            "\(error)".hasPrefix("tables[2].columns[0].key: \"incomes\" is no record key")
        }
        let kind = try LayoutJSON.parse(Array(#"{"kind": "incomes"}"#.utf8))
        #expect { try TableLayout(json: kind, at: "tables[0]") } throws: { error in
            "\(error)" == "tables[0].kind: \"incomes\" is no TableKind"
        }
    }
}
