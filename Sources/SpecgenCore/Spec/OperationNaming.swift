/// How an operation is named when the spec gives no `operationId`.
enum OperationNaming {
    static func name(of node: Node, method: String, path: String) -> String {
        if let id = node["operationId"]?.text, !id.isEmpty { return id }
        if let call = codeSampleCall(node["x-codeSamples"] ?? node["x-code-samples"]) { return call }
        if let summary = node["summary"]?.text, !summary.isEmpty { return summary }
        return "\(method) \(path)"
    }

    /// The SDK call a JavaScript or TypeScript sample makes, without its client variable:
    /// `await exa.websets.enrichments.cancel(...)` → `websets.enrichments.cancel`.
    static func codeSampleCall(_ samples: Node?) -> String? {
        let sources = (samples?.items ?? []).filter {
            let lang = ($0["lang"]?.text ?? "").lowercased()
            return lang.contains("javascript") || lang.contains("typescript") || lang == "js" || lang == "ts"
        }.compactMap { $0["source"]?.text }
        for source in sources {
            let chains = callChains(in: source).filter { $0.count >= 3 && $0.first != "console" }
            if let longest = chains.max(by: { $0.count < $1.count }) {
                return longest.dropFirst().joined(separator: ".")
            }
        }
        return nil
    }

    /// Dotted identifier chains directly followed by `(`, as segments.
    private static func callChains(in source: String) -> [[String]] {
        var chains: [[String]] = []
        var current: [String] = []
        var word = ""
        for character in source {
            if character.isLetter || character.isNumber || character == "_" || character == "$" {
                word.append(character)
                continue
            }
            if character == "." , !word.isEmpty {
                current.append(word)
            } else if character == "(", !word.isEmpty {
                chains.append(current + [word])
                current = []
            } else {
                current = []
            }
            word = ""
        }
        return chains
    }
}
