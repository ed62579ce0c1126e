import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document parsed as XML: its elements in document order, each with its attributes, its own text and
/// the ids of the groups it stands in. Parsing fails on markup that is not well-formed XML.
struct SVGDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        /// The `id`s of the elements it stands in, outermost first.
        var within: [String]

        var className: String? { attributes["class"] }
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    var elements: [Element]

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw NotWellFormed(description: parser.parserError.map { "\($0)" } ?? "the SVG is not well-formed XML")
        }
        elements = collector.elements
    }

    /// Elements of `name` with class `className`.
    func elements(_ name: String, class className: String) -> [Element] {
        elements.filter { $0.name == name && $0.className == className }
    }

    /// The text of every element inside the group with id `id`, joined by new lines.
    func text(within id: String) -> String {
        elements.filter { $0.within.contains(id) }.map(\.text).joined(separator: "\n")
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [(index: Int, id: String?)] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: name, attributes: attributes, within: open.compactMap(\.id)))
            open.append((elements.count - 1, attributes["id"]))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current.index].text += string }
        }
    }
}
