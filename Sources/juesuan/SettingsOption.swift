import ArgumentParser
import FoundationEssentials
import PDFText
import Tables

/// `--settings FILE.json`: the tables stage's thresholds overridden for an experiment
/// (`{"sharedBand": 0.9}`; names as in `SegmentationSettings`).
struct SettingsOption: ParsableArguments {
    @Option(
        name: .customLong("settings"),
        help: ArgumentHelp(
            "A JSON object of segmentation settings to use instead of the standard ones (for experiments).",
            valueName: "file.json"))
    var file: String?

    /// The standard settings, or those of `file` put over them. A file that cannot be used is a usage error
    /// naming the setting.
    func settings() throws -> SegmentationSettings {
        try Self.settings(file: file)
    }

    /// The standard settings, or those of the JSON file at `file` put over them.
    static func settings(file: String?) throws -> SegmentationSettings {
        guard let file else { return .standard }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ValidationError("--settings \(file): cannot be read (\(FileError.reason(error)))")
        }
        do {
            return try SegmentationSettings.overriding(json: data)
        } catch {
            throw ValidationError("--settings \(file): \(error)")
        }
    }
}
