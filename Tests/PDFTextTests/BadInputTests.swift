import Foundation
import PDFText
import TestSupport
import Testing

/// Bad input is rejected with the kind of error a person can act on; damage poppler can repair is read.
@Suite(.serialized, .readsPDFs) struct BadInputTests {
    @Test(arguments: BadInput.allCases) func badInputIsRejectedWithItsKind(_ input: BadInput) throws {
        let scratch = try Scratch()
        let url = try input.make(in: scratch)
        let error = #expect(throws: PDFTextError.self) { try PDFReader().read(contentsOf: url) }
        #expect(error?.kind == input.kind)
        #expect(error?.file == input.fileName)
    }

    @Test(arguments: RepairableDamage.allCases) func repairableDamageIsRead(_ damage: RepairableDamage) throws {
        let scratch = try Scratch()
        let intact = try scratch.incomePage()
        let damaged = try scratch.write(try damage.damage(Data(contentsOf: intact)), as: "damaged.pdf")
        let expected = try PDFReader().read(contentsOf: intact).pages.map(\.text)
        #expect(try PDFReader().read(contentsOf: damaged).pages.map(\.text) == expected)
        #expect(expected.first?.contains("2,697.60") == true)
    }
}
