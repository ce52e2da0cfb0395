/// How the Emit stage writes Swift.
public struct EmitOptions: Sendable {
    public enum AccessLevel: String, Sendable, CaseIterable {
        case `public`, `package`, `internal`
    }

    public var access: AccessLevel
    /// Template text by name, replacing the built-in template of that name.
    public var templates: [String: String]

    public init(access: AccessLevel = .public, templates: [String: String] = [:]) {
        self.access = access
        self.templates = templates
    }
}

/// One file the generator writes.
public struct OutputFile: Hashable, Sendable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
