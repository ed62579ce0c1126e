/// Folds characters that broken ToUnicode maps produce to the ordinary characters they stand for,
/// so that titles and names match: CJK compatibility ideographs (U+F900–U+FAFF), Kangxi radicals
/// (U+2F00–U+2FDF) and the simplified-form radicals of the CJK Radicals Supplement (⻔ → 门, ⻋ → 车).
public enum CharacterFolding {
    /// Radicals Supplement characters that stand alone as an ordinary simplified character.
    static let radicalSupplement: [UInt32: Unicode.Scalar] = [
        0x2E9F: "母", 0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝", 0x2ECB: "车",
        0x2ED3: "长", 0x2ED4: "门", 0x2ED7: "雨", 0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风",
        0x2EDC: "飞", 0x2EDD: "食", 0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟",
        0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEC: "齐", 0x2EEE: "齿", 0x2EF0: "龙", 0x2EF3: "龟",
    ]

    /// Kangxi radicals and compatibility ideographs → the unified ideograph each stands for (their NFKC form),
    /// from `compatibility-ideographs.tsv`; read when the first such character turns up.
    static let compatibilityIdeographs: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let text = String(decoding: PackageResources.compatibility_ideographs_tsv, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let from = UInt32(fields[0], radix: 16), let to = UInt32(fields[1], radix: 16),
                let scalar = Unicode.Scalar(to)
            else { continue }
            table[from] = scalar
        }
        return table
    }()

    /// The ordinary form of a character, as poppler hands characters over (one scalar each); most come back
    /// unchanged. Inlinable for its range test: nearly every character of a page lies outside the folded ranges
    /// and is answered without a call.
    @inlinable
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0xF900...0xFAFF: foldedForm(of: scalar)
        default: scalar
        }
    }

    @usableFromInline
    static func foldedForm(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2E80...0x2EFF:
            return radicalSupplement[scalar.value] ?? scalar
        case 0x2F00...0x2FDF, 0xF900...0xFAFF:
            return compatibilityIdeographs[scalar.value] ?? scalar
        default:
            return scalar
        }
    }

    /// Whether the character carries no readable text: U+FFFD or a private-use code point. Inlinable: it is asked
    /// of every glyph.
    @inlinable
    public static func isUnreadable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFFFD, 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true
        default: return false
        }
    }
}
