import PageModel
public import Tables

/// Draws a page as the tables stage read it, as a standalone SVG document for a browser: the page's size in
/// points (y downwards, as the page model has it), each line and word boxed with its text set small inside,
/// each known table's region with its header cells, column anchors and row bands, each body word filled with the
/// colour of its table and record key, figures left unread outlined in red, and a legend below the page naming
/// the colours and the rules that fired. Hovering a word, row or anchor shows the decision behind it.
public enum ExplanationSVG {
    /// CJK fonts first, so that Chinese text never falls back to boxes.
    static let fontFamily =
        "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','AR PL UMing CN',"
        + "'Microsoft YaHei','PingFang SC',sans-serif"

    /// The SVG document.
    public static func render(_ explanation: PageExplanation) -> String {
        let palette = Palette(explanation)
        let legend = Legend(explanation: explanation, palette: palette)
        let width = explanation.width
        let height = explanation.height + legend.height
        let size =
            "width=\"\(Markup.number(width))pt\" height=\"\(Markup.number(height))pt\" "
            + "viewBox=\"0 0 \(Markup.number(width)) \(Markup.number(height))\""
        let layers = PageLayers(explanation: explanation, palette: palette)
        let page = Box(x0: 0, y0: 0, x1: width, y1: height)
        let edge = Box(x0: 0, y0: 0, x1: width, y1: explanation.height)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" \(size) font-family="\(Markup.escaped(fontFamily))">
            \(Markup.rect(page, "class=\"page\" fill=\"#ffffff\""))
            \(Markup.rect(edge, "class=\"page-edge\" fill=\"none\" stroke=\"#999999\" stroke-width=\"0.5\""))
            \(layers.lines())
            \(layers.tables())
            \(WordLayer(explanation: explanation, palette: palette).words())
            \(layers.unread())
            \(legend.markup(top: explanation.height))
            </svg>

            """
    }
}
