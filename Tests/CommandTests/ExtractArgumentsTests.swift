import ArgumentParser
import Ingest
import Testing

@testable import juesuan

/// `juesuan extract` read without ArgumentParser (`ExtractRequest(plainArguments:)`) must mean what ArgumentParser
/// makes of the same arguments, and must leave every other form to it.
@Suite struct ExtractArgumentsTests {
    static let plainForms: [[String]] = [
        ["extract", "report.pdf"],
        ["extract", "--pretty", "report.pdf"],
        ["extract", "report.pdf", "--pretty", "--sandbox"],
        ["extract", "--source-name", "部门决算.pdf", "--settings", "tuned.json", "/in/report.pdf"],
        ["extract", "--memory-limit", "1073741824", "--stdin", "--", "-starts-with-a-dash.pdf"],
        ["extract", "--", "--pretty"],
        ["extract", ""],
        ExtractorProcess.arguments(memoryBytes: 2 << 30, sourceName: "a.pdf"),
        ExtractorProcess.arguments(memoryBytes: 1, sourceName: "--sandbox"),
    ]

    @Test("plain forms are read as ArgumentParser reads them", arguments: plainForms)
    func plainForm(_ arguments: [String]) throws {
        let plain = try #require(ExtractRequest(plainArguments: arguments))
        let parsed = try ExtractCommand.parse(Array(arguments.dropFirst())).request
        #expect(plain == parsed)
    }

    @Test(
        "every other form is left to ArgumentParser",
        arguments: [
            ["extract"], ["extract", "--help"], ["extract", "-h"], ["text", "report.pdf"], ["report.pdf"], [],
            ["extract", "--source-name=x.pdf", "report.pdf"], ["extract", "--pretty", "--pretty", "report.pdf"],
            ["extract", "--memory-limit", "lots", "report.pdf"], ["extract", "--memory-limit", "-1", "report.pdf"],
            ["extract", "--source-name", "report.pdf"], ["extract", "a.pdf", "b.pdf"], ["extract", "-", "a.pdf"],
            ["extract", "--", "a.pdf", "b.pdf"], ["extract", "--", "--", "a.pdf"], ["extract", "--bogus", "a.pdf"],
        ])
    func otherForm(_ arguments: [String]) {
        #expect(ExtractRequest(plainArguments: arguments) == nil)
    }

    @Test("the daemon's arguments ask for the open file, the sandbox and the memory limit")
    func daemonForm() throws {
        let request = try #require(
            ExtractRequest(plainArguments: ExtractorProcess.arguments(memoryBytes: 4096, sourceName: "-x.pdf")))
        #expect(
            request
                == ExtractRequest(file: "-x.pdf", stdin: true, pretty: false, sandbox: true, memoryLimit: 4096))
    }
}
