import Foundation
@testable import Tables
import Testing

/// Every threshold of the tables stage is a named, validated setting.
@Suite struct SegmentationSettingsTests {
    @Test func everySettingHasItsName() {
        let stored = Set(Mirror(reflecting: SegmentationSettings.standard).children.compactMap(\.label))
        #expect(stored == Set(SegmentationSettings.named.keys), "a setting without a name cannot be overridden")
    }

    @Test func theStandardSettingsAreValid() throws {
        try SegmentationSettings.standard.validate()
    }

    @Test func anOverrideReplacesOnlyWhatItNames() throws {
        let settings = try SegmentationSettings.overriding(json: Data(#"{"sharedBand": 0.9, "fittingLines": 20}"#.utf8))
        #expect(settings.sharedBand == 0.9)
        #expect(settings.fittingLines == 20)
        var expected = SegmentationSettings.standard
        expected.sharedBand = 0.9
        expected.fittingLines = 20
        #expect(settings == expected)
    }

    @Test(
        arguments: [
            (#"{"sharedBnd": 1}"#, "sharedBnd"), (#"{"sharedBand": 0}"#, "sharedBand"),
            (#"{"fittingLines": 1.5}"#, "fittingLines"),
            (#"{"sameRowOverlap": 1.5}"#, "sameRowOverlap"), (#"{"sharedBand": true}"#, nil), (#"[1]"#, nil),
        ] as [(String, String?)])
    func aBadOverrideNamesItsSetting(json: String, setting: String?) {
        #expect(throws: SettingsError.self) { try SegmentationSettings.overriding(json: Data(json.utf8)) }
        do {
            _ = try SegmentationSettings.overriding(json: Data(json.utf8))
        } catch let error as SettingsError {
            #expect(error.setting == setting)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
