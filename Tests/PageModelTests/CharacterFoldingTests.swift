import PageModel
import Testing

@Suite struct CharacterFoldingTests {
    @Test func aSimplifiedRadicalFoldsToItsCharacter() {
        #expect(CharacterFolding.fold("\u{2ED4}") == "门")
    }

    @Test func aCompatibilityIdeographFoldsToItsUnifiedForm() {
        #expect(CharacterFolding.fold("\u{F9B2}") == "\u{96F6}")
    }

    @Test func ordinaryCharactersAreLeftAlone() {
        #expect(CharacterFolding.fold("门") == "门")
        #expect(CharacterFolding.fold("7") == "7")
    }

    @Test func replacementCharacterIsUnreadable() {
        #expect(CharacterFolding.isUnreadable("\u{FFFD}"))
        #expect(CharacterFolding.isUnreadable("\u{E000}"))
        #expect(!CharacterFolding.isUnreadable("门"))
    }
}
