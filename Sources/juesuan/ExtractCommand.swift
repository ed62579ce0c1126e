import ArgumentParser

/// `juesuan extract`: one PDF → one record-model JSON document on stdout.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the tables of one PDF as a record-model v1 JSON document on stdout.",
        discussion: """
            This is the code the daemon runs for each PDF, in a child process. On input that cannot be read \
            (empty, not a PDF, damaged, encrypted, no text layer), or when reading runs out of --memory-limit, \
            it prints one JSON line on stderr, {"code", "file", "reason", "detail", "advice"} (code: empty_file, \
            not_a_pdf, damaged, encrypted, no_text_layer, unreadable_text, unreadable_file, memory_limit), \
            and exits with status 65.
            """
    )

    @Argument(
        help: "The PDF to read (with --stdin: only its name). Put it after `--` when it may start with `-`.",
        completion: .file(extensions: ["pdf"]))
    var file: String

    @Flag(
        name: .long,
        help: "Read the PDF from standard input, an open file (what the daemon passes); FILE only names it.")
    var stdin = false

    @Flag(name: .long, help: "Indent the JSON for reading.")
    var pretty = false

    @Flag(
        name: .long,
        help:
            "Once the PDF is read into memory, close a box on this process: no other file read or written, no network (what the daemon asks for)."
    )
    var sandbox = false

    @Option(name: .long, help: "The file name to record as source_name (default: the file's own name).")
    var sourceName: String?

    @OptionGroup var tuning: SettingsOption

    @Option(name: .long, help: "Bytes of address space reading may use (RLIMIT_AS, set once this program is loaded).")
    var memoryLimit: Int?

    func run() throws {
        try request.run()
    }

    /// The parsed options as plain values.
    var request: ExtractRequest {
        ExtractRequest(
            file: file, stdin: stdin, pretty: pretty, sandbox: sandbox, sourceName: sourceName,
            settingsFile: tuning.file, memoryLimit: memoryLimit)
    }
}
