import PrintedText

/// Compares printed names the way a reader would: whitespace and the width of parentheses do not matter.
public enum NameFolding {
    /// `name` without whitespace, with ASCII parentheses turned full-width: `因公出国(境)费用` → `因公出国（境）费用`.
    public static func folded(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where !scalar.isBlank {
            switch scalar {
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
