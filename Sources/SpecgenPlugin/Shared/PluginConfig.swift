/// The settings of a `specgen.yaml` a plugin needs before specgen runs: which paths to read
/// (`inputs`), which templates folder (`templates`), and whether the server's files are written
/// too (`generate`), which a build plugin must name before it runs.
///
/// Plugins cannot link specgen's YAML reader, so this reads the plain forms the README shows:
/// `inputs: specs`, `inputs: [a.yaml, pages]`, or a block list of `- path` lines. specgen itself
/// reads the whole file and reports every mistake with its line and column; this reader only
/// refuses a form of `inputs` it cannot follow, rather than guess which files to watch.
struct PluginConfig: Equatable {
    var inputs: [String] = ["specs"]
    var templates: String?
    /// True when `generate` lists `server`.
    var generatesServer = false
    /// True when `generate` lists `examples`.
    var generatesExamples = false

    struct Unreadable: Error, CustomStringConvertible {
        var line: Int
        var description: String { "line \(line): write 'inputs' as a path, a [flow, list] or '- path' lines" }
    }

    init(inputs: [String] = ["specs"], templates: String? = nil, generatesServer: Bool = false, generatesExamples: Bool = false) {
        self.inputs = inputs
        self.templates = templates
        self.generatesServer = generatesServer
        self.generatesExamples = generatesExamples
    }

    init(text: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.uncommented(String($0)) }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard !line.hasPrefix(" "), !line.hasPrefix("\t"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed
            let value = line[line.index(after: colon)...].trimmed
            switch key {
            case "inputs":
                if value.isEmpty {
                    inputs = Self.blockList(lines, from: &index)
                } else if value.hasPrefix("[") {
                    guard value.hasSuffix("]") else { throw Unreadable(line: index) }
                    inputs = value.dropFirst().dropLast().split(separator: ",").map { Self.unquoted($0.trimmed) }
                } else {
                    inputs = [Self.unquoted(value)]
                }
                if inputs.isEmpty || inputs.contains(where: \.isEmpty) { throw Unreadable(line: index) }
            case "templates":
                templates = Self.unquoted(value)
            case "generate":
                // specgen itself checks the list; here only whether it names the server and the examples matters.
                let list = value.filter { $0 != "[" && $0 != "]" }.split(separator: ",").map { Self.unquoted($0.trimmed) }
                let parts = value.isEmpty ? Self.blockList(lines, from: &index) : list
                generatesServer = parts.contains("server")
                generatesExamples = parts.contains("examples")
            default:
                continue
            }
        }
    }

    /// The `- item` lines after `key:`, up to the next line that is not one.
    private static func blockList(_ lines: [String], from index: inout Int) -> [String] {
        var items: [String] = []
        while index < lines.count {
            let line = lines[index].trimmed
            if line.isEmpty { index += 1; continue }
            guard line.hasPrefix("- ") || line == "-" else { break }
            items.append(unquoted(line.dropFirst().trimmed))
            index += 1
        }
        return items
    }

    /// The line without a `# comment` (one that starts the line or follows a space).
    private static func uncommented(_ line: String) -> String {
        if line.trimmed.hasPrefix("#") { return "" }
        guard let range = line.range(of: " #") else { return line }
        return String(line[..<range.lowerBound])
    }

    private static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}

extension StringProtocol {
    fileprivate var trimmed: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
