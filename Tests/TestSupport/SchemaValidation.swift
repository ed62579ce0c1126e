public import Foundation

/// Validates documents against `schema/record-model-v1.schema.json` with Python's `jsonschema`
/// (Debian's python3-jsonschema, installed by scripts/setup.sh), run as a child process.
public enum SchemaValidation {
    /// The JSON Schema of record model v1.
    public static let schema = Corpus.root.appendingPathComponent("schema/record-model-v1.schema.json")

    /// Reads the schema and a document on stdin; prints each error as `path: message`, one a line.
    private static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft202012Validator(schema)
        for error in validator.iter_errors(json.load(sys.stdin)):
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message.replace("\\n", " "))
        """

    /// The schema errors of the JSON document `json`, one line each; empty when it validates.
    public static func errors(in json: Data) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path]
        let input = Pipe()
        let output = Pipe()
        let failure = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = failure
        try process.run()
        input.fileHandleForWriting.write(json)
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = failure.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SchemaValidationError(message: String(decoding: complaint, as: UTF8.self))
        }
        return String(decoding: printed, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// The validator itself could not run (no python3 or no jsonschema): what it printed.
public struct SchemaValidationError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "schema validation did not run: \(message)" }
}
