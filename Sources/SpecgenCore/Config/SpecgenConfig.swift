import Foundation

/// The settings of a `specgen.yaml`: where the API description is, and the options the command
/// line takes. Paths are relative to the folder of the file.
///
/// ```yaml
/// inputs:            # folders and files to read (default: specs)
///   - openapi.yaml
///   - pages
/// access: internal   # public (default), package or internal
/// templates: templates  # a folder of your own templates (see `specgen templates export`)
/// operations: [getUser]  # generate only these operations (and tags:, paths:), closed over their schemas
/// prune: true        # drop schemas no operation uses
/// generate: [types, client, server, examples]  # add the server, the examples' transport (default: types and client)
/// ```
public struct SpecgenConfig: Sendable, Equatable {
    /// The name the build plugin and the command plugin look for in a target's folder.
    public static let fileName = "specgen.yaml"
    /// What `inputs` is when the file does not say.
    public static let defaultInputs = ["specs"]

    /// Folders and files to read, as written (relative to the config's folder unless absolute).
    public var inputs: [String]
    public var access: EmitOptions.AccessLevel?
    /// A folder of templates, as written.
    public var templates: String?
    /// Which operations to generate, and whether to drop unused schemas.
    public var selection = Selection()
    /// What to write; nil when the file does not say.
    public var parts: Set<GeneratedPart>?

    public init(inputs: [String] = Self.defaultInputs, access: EmitOptions.AccessLevel? = nil, templates: String? = nil) {
        self.inputs = inputs
        self.access = access
        self.templates = templates
    }

    /// Reads a config's text. Problems are reported with their line and column, and the result is
    /// nil when any is an error.
    public static func read(
        _ bytes: [UInt8], path: String, sources: inout SourceFiles, diagnostics: inout Diagnostics
    ) -> SpecgenConfig? {
        let file = sources.add(path: path, bytes: bytes)
        let node: Node?
        do {
            node = try YAMLReader().read(bytes, file: file)
        } catch {
            diagnostics.error(error.message, at: error.mark)
            return nil
        }
        guard let node else { return SpecgenConfig() }
        var reader = SpecgenConfigReader(diagnostics: diagnostics)
        let config = reader.read(node, file: file)
        diagnostics = reader.diagnostics
        return diagnostics.hasErrors ? nil : config
    }

    /// The inputs as paths usable from the working directory, given the path of the config file.
    public func inputPaths(configPath: String) -> [String] {
        inputs.map { Self.join(configPath, $0) }
    }

    /// The templates folder as a path usable from the working directory, when there is one.
    public func templatesPath(configPath: String) -> String? {
        templates.map { Self.join(configPath, $0) }
    }

    /// `path` seen from the config's folder, with `..` taken off the folder where it can be, so
    /// diagnostics read `specs/pet.yaml` rather than `Sources/API/../../specs/pet.yaml`.
    private static func join(_ configPath: String, _ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        let folder = (configPath as NSString).deletingLastPathComponent
        let isAbsolute = folder.hasPrefix("/")
        var components: [Substring] = []
        for component in (folder.split(separator: "/") + path.split(separator: "/")) where component != "." {
            if component == "..", let last = components.last, last != ".." {
                components.removeLast()
            } else if component != ".." || !isAbsolute {
                components.append(component)
            }
        }
        let joined = components.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
