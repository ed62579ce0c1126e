import PageModel
import PrintedText

/// Small pieces of SVG markup: escaped text, numbers in points, rectangles.
enum Markup {
    /// `text` safe inside an element or a quoted attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A length or coordinate in points, to a hundredth.
    static func number(_ value: Double) -> String {
        value.fixedPoint(decimals: 2)
    }

    /// A `rect` around `box`, grown by `pad` on every side, with `attributes` (already escaped) and an optional
    /// tooltip.
    static func rect(_ box: Box, pad: Double = 0, _ attributes: String, title: String? = nil) -> String {
        let geometry =
            "x=\"\(number(box.x0 - pad))\" y=\"\(number(box.y0 - pad))\" "
            + "width=\"\(number(box.width + 2 * pad))\" height=\"\(number(box.height + 2 * pad))\""
        guard let title else { return "<rect \(geometry) \(attributes)/>" }
        return "<rect \(geometry) \(attributes)><title>\(escaped(title))</title></rect>"
    }

    /// A `text` element at (`x`, `y`), its baseline at `y`.
    static func text(_ content: String, x: Double, y: Double, size: Double, _ attributes: String = "") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" \(attributes)>\(escaped(content))</text>"
    }

    /// About how wide `text` prints at `size`: CJK one em, other characters a little over half.
    static func width(of text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 ? 0.56 : 1) } * size
    }
}
