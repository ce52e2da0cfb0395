/// The call a JavaScript, TypeScript or Python sample makes through an SDK
/// (`await exa.websets.create({ ... })`), and the object literal it passes as the request body.
struct SDKSample {
    /// `javascript` or `python`.
    var language: String
    /// The sample as written.
    var source: String
    /// The object argument as JSON, and the block line (0-based) it starts on.
    var body: (json: String, line: Int)?
    /// The object argument could not be read as data (it computes something).
    var bodyIsUnreadable = false
    /// Arguments besides the object (positional values, keyword arguments), whose JSON names the
    /// sample does not show.
    var otherArguments = 0

    private static let notClients: Set<String> = ["console", "JSON", "Object", "Math", "process", "print", "json", "os", "sys"]

    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard !text.hasPrefix("curl"), let call = Self.calls(in: scalars).filter({ $0.chain.count >= 2 && !Self.notClients.contains($0.chain[0]) })
            .max(by: { $0.chain.count < $1.chain.count })
        else { return nil }
        source = text
        language = text.contains("const ") || text.contains("await ") || text.contains("let ") || text.contains("require(")
            || text.contains(" from '") || text.contains(" from \"") ? "javascript" : "python"
        for argument in Self.arguments(scalars, from: call.open) {
            let trimmed = argument.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            guard trimmed.first == "{", body == nil, !bodyIsUnreadable else {
                otherArguments += 1
                continue
            }
            let line = scalars[..<call.open].count { $0 == "\n" } + argument.prefix { $0 != "{" }.count { $0 == "\n" }
            if let json = ObjectLiteral.json(trimmed) { body = (json, line) } else { bodyIsUnreadable = true }
        }
    }

    /// Dotted identifier chains directly followed by `(`, with the position of the parenthesis.
    private static func calls(in scalars: [Unicode.Scalar]) -> [(chain: [String], open: Int)] {
        var calls: [(chain: [String], open: Int)] = []
        var chain: [String] = []
        var word = ""
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "$" {
                word.unicodeScalars.append(scalar)
                continue
            }
            if scalar == ".", !word.isEmpty {
                chain.append(word)
            } else if scalar == "(", !word.isEmpty {
                calls.append((chain + [word], offset))
                chain = []
            } else {
                chain = []
            }
            word = ""
        }
        return calls
    }

    /// The top-level arguments of the call whose `(` is at `open`, split at commas outside
    /// brackets and strings.
    private static func arguments(_ scalars: [Unicode.Scalar], from open: Int) -> [Substring] {
        var arguments: [Substring] = []
        var current = ""
        var depth = 0
        var quote: Unicode.Scalar?
        var index = open + 1
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let open = quote {
                if scalar == "\\", index < scalars.count {
                    current.unicodeScalars.append(scalar)
                    current.unicodeScalars.append(scalars[index])
                    index += 1
                    continue
                }
                if scalar == open { quote = nil }
            } else if scalar == "'" || scalar == "\"" || scalar == "`" {
                quote = scalar
            } else if "([{".unicodeScalars.contains(scalar) {
                depth += 1
            } else if ")]}".unicodeScalars.contains(scalar) {
                if depth == 0 { break }
                depth -= 1
            } else if scalar == ",", depth == 0 {
                arguments.append(Substring(current))
                current = ""
                continue
            }
            current.unicodeScalars.append(scalar)
        }
        if current.contains(where: { !$0.isWhitespace }) { arguments.append(Substring(current)) }
        return arguments.filter { $0.contains { !$0.isWhitespace } }
    }
}
