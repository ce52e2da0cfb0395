/// One file of the input, as read from disk by the CLI or the plugin (the core does no I/O of its own).
public struct InputFile: Sendable {
    /// The path shown in diagnostics.
    public var path: String
    /// The path relative to the specs root, with `/` separators, used to resolve `$ref`s between files.
    public var relativePath: String
    public var bytes: [UInt8]

    public init(path: String, relativePath: String, bytes: [UInt8]) {
        self.path = path
        self.relativePath = relativePath
        self.bytes = bytes
    }

    /// What kind of input the file's extension says it is, or nil for files specgen does not read.
    public var kind: Kind? {
        let lower = relativePath.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") { return .document }
        if lower.hasSuffix(".md") || lower.hasSuffix(".mdx") || lower.hasSuffix(".txt") { return .page }
        return nil
    }

    public enum Kind: Sendable {
        /// A YAML or JSON file: a whole OpenAPI document, a fragment of one, or a `$ref` target.
        case document
        /// A documentation page, markdown as a docs site publishes it.
        case page
    }
}
