import Foundation

/// How a target asks for generated code, and what running specgen for it reads.
///
/// A `specgen.yaml` in the target's folder names the inputs (default: `specs`) and the options;
/// without one, a `specs/` folder in the target's folder is the input, with default options.
struct SpecgenSetup {
    /// The files specgen always writes, whatever the API (`Emitter.fileNames`): a build plugin
    /// names its outputs before it runs.
    static let outputFileNames = [
        "Types.swift", "Types2.swift", "Types3.swift", "Types4.swift", "Types5.swift", "Client.swift", "Support.swift",
    ]
    /// The files the server adds when the config's `generate` lists it (`Emitter.serverFileNames`).
    static let serverFileNames = ["Server.swift", "ServerSupport.swift"]
    /// The file the documented examples' transport adds when `generate` lists it (`Emitter.examplesFileNames`).
    static let examplesFileNames = ["Examples.swift"]
    static let configName = "specgen.yaml"
    static let specsFolderName = "specs"
    /// What specgen leaves beside code it wrote into a folder: the sign of checked-in output.
    static let manifestName = ".specgen-manifest"
    /// The kinds of file specgen reads (`InputFile.kind`): only these are watched in the inputs'
    /// folder, so editing a Swift file or a picture there does not rerun it.
    static let readableExtensions: Set<String> = ["yaml", "yml", "json", "md", "mdx", "txt"]

    /// The config file, when the target has one.
    let config: URL?
    /// The folders and files to read.
    let inputs: [URL]
    /// The folder of custom templates, when the config names one.
    let templates: URL?
    /// The files specgen writes for this target: the server's and the examples' too when the config asks for them.
    let outputFileNames: [String]

    /// Reads the target's setup; nil when its folder has neither a config nor a `specs/` folder.
    init?(targetFolder: URL) throws {
        let configURL = targetFolder.appendingPathComponent(Self.configName)
        if FileManager.default.fileExists(atPath: configURL.path) {
            let settings: PluginConfig
            do {
                settings = try PluginConfig(text: try String(contentsOf: configURL, encoding: .utf8))
            } catch {
                throw SpecgenPluginError("\(configURL.path): \(error)")
            }
            config = configURL
            inputs = settings.inputs.map { Self.resolve($0, in: targetFolder) }
            templates = settings.templates.map { Self.resolve($0, in: targetFolder) }
            outputFileNames = Self.outputFileNames + (settings.generatesServer ? Self.serverFileNames : [])
                + (settings.generatesExamples ? Self.examplesFileNames : [])
        } else {
            let specs = targetFolder.appendingPathComponent(Self.specsFolderName)
            guard Self.isFolder(specs) else { return nil }
            config = nil
            inputs = [specs]
            templates = nil
            outputFileNames = Self.outputFileNames
        }
    }

    /// The arguments that make specgen write this target's code into `output`.
    func arguments(output: URL) -> [String] {
        if let config { return ["generate", "--config", config.path, output.path] }
        return ["generate"] + inputs.map(\.path) + [output.path]
    }

    /// The deepest folder holding every input: `$ref`s may reach any file in it.
    var sharedFolder: URL {
        let folders = inputs.map { (Self.isFolder($0) ? $0 : $0.deletingLastPathComponent()).standardizedFileURL.pathComponents }
        var shared = folders.first ?? []
        for components in folders.dropFirst() {
            shared = Array(zip(shared, components).prefix { $0 == $1 }.map(\.0))
        }
        return URL(fileURLWithPath: NSString.path(withComponents: shared.isEmpty ? ["/"] : shared))
    }

    /// Every file whose change must regenerate the code: the config, each file specgen can read
    /// under the folder the inputs share (a `$ref` may reach any of them), and the templates.
    func watchedFiles() -> [URL] {
        var files = config.map { [$0] } ?? []
        files += Self.files(under: sharedFolder).filter { Self.readableExtensions.contains($0.pathExtension.lowercased()) }
        if let templates { files += Self.files(under: templates) }
        return files
    }

    /// The regular files under `folder`, hidden ones excepted (specgen does not read them).
    private static func files(under folder: URL) -> [URL] {
        guard isFolder(folder) else { return FileManager.default.fileExists(atPath: folder.path) ? [folder] : [] }
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: Set(keys)).isRegularFile) == true }
            .map(\.standardizedFileURL)
            .sorted { $0.path < $1.path }
    }

    private static func resolve(_ path: String, in folder: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A plugin failure, shown to the user as the message alone.
struct SpecgenPluginError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
