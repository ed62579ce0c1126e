extension ExtractRequest {
    /// Reads `extract` and its options from the plain forms: each flag at most once, each option's value as
    /// the next argument, the file alone or after `--`. The daemon starts a child with such arguments for every
    /// PDF, and ArgumentParser's reflection costs each child a millisecond; any other form (help, `--name=value`,
    /// an unknown or repeated option, a misspelling) is nil and goes to ArgumentParser, which reads it the same
    /// way or explains what is wrong.
    init?(plainArguments arguments: [String]) {
        var rest = arguments[...]
        guard rest.popFirst() == "extract" else { return nil }
        var file: String?
        var seen: Set<String> = []
        var request = ExtractRequest(file: "")
        while let argument = rest.popFirst() {
            if argument == "--" {
                guard file == nil, rest.count == 1 else { return nil }
                file = rest.popFirst()
            } else if !argument.hasPrefix("-") {
                guard file == nil else { return nil }
                file = argument
            } else {
                guard seen.insert(argument).inserted, request.read(argument, from: &rest) else { return nil }
            }
        }
        guard let file else { return nil }
        request.file = file
        self = request
    }

    /// Reads one flag, or one option and its value; false for anything else.
    private mutating func read(_ name: String, from rest: inout ArraySlice<String>) -> Bool {
        switch name {
        case "--stdin": stdin = true
        case "--pretty": pretty = true
        case "--sandbox": sandbox = true
        case "--source-name", "--settings", "--memory-limit":
            guard let value = rest.popFirst(), !value.hasPrefix("-") else { return false }
            if name == "--source-name" { sourceName = value }
            if name == "--settings" { settingsFile = value }
            if name == "--memory-limit" {
                guard let bytes = Int(value) else { return false }
                memoryLimit = bytes
            }
        default: return false
        }
        return true
    }
}
