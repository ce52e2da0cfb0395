/// How the Emit stage writes Swift.
public struct EmitOptions: Sendable {
    public enum AccessLevel: String, Sendable, CaseIterable {
        case `public`, `package`, `internal`
    }

    public var access: AccessLevel
    /// Template text by name, replacing the built-in template of that name.
    public var templates: [String: String]
    /// What to write: the types and client always, the server on request.
    public var parts: Set<GeneratedPart>

    public init(access: AccessLevel = .public, templates: [String: String] = [:], parts: Set<GeneratedPart> = GeneratedPart.defaults) {
        self.access = access
        self.templates = templates
        self.parts = parts
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
