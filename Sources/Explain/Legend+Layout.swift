import PageModel

extension Legend {
    /// Entries flowed left to right over lines `width` wide; an item wider than a line takes one of its own.
    static func flow(_ entries: [Entry], width: Double) -> (placed: [Placed], lines: Int) {
        var placed: [Placed] = []
        var line = 0, x = margin
        for entry in entries {
            guard case .item(let swatch, let text) = entry else {
                if x > margin { (line, x) = (line + 1, margin) }
                continue
            }
            let itemWidth = (swatch == nil ? 0 : textSize * 1.4) + Markup.width(of: text, size: textSize) + textSize
            if x > margin && x + itemWidth > width - margin { (line, x) = (line + 1, margin) }
            placed.append((line, x, swatch, text))
            x += itemWidth
        }
        return (placed, x > margin ? line + 1 : line)
    }

    /// The legend's markup, its top at `top`.
    func markup(top: Double) -> String {
        let items = placed.map { entry in
            let baseline = top + Self.margin + Double(entry.line) * Self.lineStep + Self.textSize
            var x = entry.x
            var out = ""
            if let swatch = entry.swatch {
                out += swatchMarkup(swatch, x: x, y: baseline - Self.textSize * 0.85)
                x += Self.textSize * 1.4
            }
            return out + Markup.text(entry.text, x: x, y: baseline, size: Self.textSize, "fill=\"#202020\"")
        }
        return "<g id=\"legend\" class=\"legend\">\n" + items.joined(separator: "\n") + "\n</g>"
    }

    private func swatchMarkup(_ swatch: Swatch, x: Double, y: Double) -> String {
        let box = Box(x0: x, y0: y, x1: x + Self.textSize, y1: y + Self.textSize)
        let paint =
            switch swatch {
            case .filled(let colour):
                "fill=\"\(colour)\" fill-opacity=\"0.5\" stroke=\"\(colour)\" stroke-width=\"0.4\""
            case .outlined(let colour): "fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1\""
            case .dashed(let colour):
                "fill=\"\(colour)\" fill-opacity=\"0.07\" stroke=\"\(colour)\" stroke-width=\"0.4\" stroke-dasharray=\"1.5 1\""
            }
        return Markup.rect(box, "class=\"swatch\" " + paint)
    }
}
