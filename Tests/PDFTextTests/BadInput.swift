import Foundation
import TestSupport
import Testing

extension BadInput {
    /// Writes the file into `scratch`.
    func make(in scratch: Scratch) throws -> URL {
        switch self {
        case .empty:
            return try scratch.write(Data(), as: fileName)
        case .text:
            return try scratch.write(Data("收入决算表\n合计 2,697.60\n".utf8), as: fileName)
        case .truncated:
            let whole = try Data(contentsOf: scratch.incomePage())
            return try scratch.write(whole.prefix(whole.count / 2), as: fileName)
        case .encrypted:
            return try scratch.encrypted(scratch.incomePage(), as: fileName)
        case .imageOnly:
            return try scratch.write(handMadePDF(content: "0 0 1 rg 20 20 160 160 re f"), as: fileName)
        }
    }
}

/// Damage poppler repairs by rebuilding the cross-reference table from the objects themselves.
enum RepairableDamage: String, CaseIterable, Sendable {
    /// `startxref` points at the wrong byte.
    case wrongXrefOffset
    /// The `xref` table is gone; the trailer is kept.
    case missingXrefTable

    func damage(_ pdf: Data) throws -> Data {
        switch self {
        case .wrongXrefOffset:
            let start = try #require(pdf.lastRange(of: Data("startxref".utf8))).lowerBound
            return pdf[..<start] + Data("startxref\n123\n%%EOF\n".utf8)
        case .missingXrefTable:
            let table = try #require(pdf.lastRange(of: Data("\nxref".utf8))).lowerBound
            let trailer = try #require(pdf.lastRange(of: Data("trailer".utf8))).lowerBound
            return pdf[...table] + pdf[trailer...]
        }
    }
}
