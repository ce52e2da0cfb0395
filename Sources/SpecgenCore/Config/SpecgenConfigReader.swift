/// Turns the node of a `specgen.yaml` into a ``SpecgenConfig``, reporting each key it cannot use
/// at its place: an unknown key is an error, so a misspelt option is never silently ignored.
struct SpecgenConfigReader {
    var diagnostics: Diagnostics

    static let keys = ["access", "generate", "inputs", "operations", "paths", "prune", "tags", "templates"]

    mutating func read(_ node: Node, file: Int32) -> SpecgenConfig {
        var config = SpecgenConfig()
        guard let pairs = node.pairs else {
            diagnostics.error("a specgen config is a mapping of \(Self.keys.joined(separator: ", "))", at: node.mark)
            return config
        }
        for pair in pairs {
            switch pair.key {
            case "inputs": config.inputs = inputs(pair.value)
            case "access": config.access = access(pair.value)
            case "templates": config.templates = string(pair.value, for: "templates")
            case "operations": config.selection.operations = strings(pair.value, for: "operations")
            case "tags": config.selection.tags = strings(pair.value, for: "tags")
            case "paths": config.selection.paths = strings(pair.value, for: "paths")
            case "generate":
                switch GeneratedPart.parts(strings(pair.value, for: "generate").flatMap { $0.split(separator: ",").map(String.init) }) {
                case .success(let parts): config.parts = parts
                case .failure(let error): diagnostics.error(error.message, at: pair.value.mark)
                }
            case "prune":
                guard let flag = pair.value.scalar?.boolValue else {
                    diagnostics.error("'prune' takes true or false", at: pair.value.mark)
                    continue
                }
                config.selection.prune = flag
            default:
                diagnostics.error(
                    "unknown key '\(pair.key)' (a specgen config has \(Self.keys.joined(separator: ", ")))", at: pair.keyMark)
            }
        }
        return config
    }

    /// `inputs: specs` or a list of paths.
    private mutating func inputs(_ node: Node) -> [String] {
        if node.scalar != nil { return string(node, for: "inputs").map { [$0] } ?? [] }
        guard let items = node.items, !items.isEmpty else {
            diagnostics.error("'inputs' is a path or a non-empty list of paths", at: node.mark)
            return []
        }
        return items.compactMap { string($0, for: "inputs") }
    }

    /// A string or a list of strings.
    private mutating func strings(_ node: Node, for key: String) -> [String] {
        (node.items ?? [node]).compactMap { string($0, for: key) }
    }

    private mutating func access(_ node: Node) -> EmitOptions.AccessLevel? {
        guard let text = string(node, for: "access") else { return nil }
        guard let level = EmitOptions.AccessLevel(rawValue: text) else {
            let levels = EmitOptions.AccessLevel.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.error("unknown access level '\(text)' (use \(levels))", at: node.mark)
            return nil
        }
        return level
    }

    private mutating func string(_ node: Node, for key: String) -> String? {
        guard let scalar = node.scalar, scalar.jsonKind == .string, !scalar.text.isEmpty else {
            diagnostics.error("'\(key)' takes a string here", at: node.mark)
            return nil
        }
        return scalar.text
    }
}
