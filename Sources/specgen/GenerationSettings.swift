import ArgumentParser
import Foundation
import SpecgenCore

/// What one run reads, writes and how: the command line over the `specgen.yaml` it names.
struct GenerationSettings {
    var inputs: [String]
    var output: String
    var access: EmitOptions.AccessLevel
    /// Template text by name, from the templates folder when there is one.
    var templates: [String: String]
    /// Which operations to generate: the command line's, else the config's.
    var selection: Selection
    /// What to write: the command line's `--generate`, else the config's `generate`.
    var parts: Set<GeneratedPart>

    init(command: Generate) throws {
        var templatesPath = command.templates
        var access = command.access
        var selection = command.selection
        var parts: Set<GeneratedPart>?
        if !command.generate.isEmpty {
            switch GeneratedPart.parts(command.generate.flatMap { $0.split(separator: ",").map(String.init) }) {
            case .success(let chosen): parts = chosen
            case .failure(let error): throw ValidationError(error.message)
            }
        }
        if let configPath = command.config {
            let config = try Self.readConfig(configPath, reporting: command.reporting)
            inputs = config.inputPaths(configPath: configPath)
            output = command.paths.first ?? Self.folder(of: configPath)
            templatesPath = templatesPath ?? config.templatesPath(configPath: configPath)
            access = access ?? config.access
            if !selection.isFiltering { (selection.operations, selection.tags, selection.paths) = (config.selection.operations, config.selection.tags, config.selection.paths) }
            selection.prune = selection.prune || config.selection.prune
            parts = parts ?? config.parts
        } else {
            inputs = Array(command.paths.dropLast())
            output = command.paths[command.paths.count - 1]
        }
        self.access = access ?? .public
        self.parts = parts ?? GeneratedPart.defaults
        self.selection = selection
        templates = try templatesPath.map { try Self.readTemplates($0, reporting: command.reporting) } ?? [:]
    }

    private static func readConfig(_ path: String, reporting: Reporting) throws -> SpecgenConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("specgen: error: cannot read the config \(path)")
            throw ExitCode.failure
        }
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let config = SpecgenConfig.read([UInt8](data), path: path, sources: &sources, diagnostics: &diagnostics)
        try reporting.report(diagnostics.sorted, sources: sources)
        guard let config else { throw ExitCode.failure }
        return config
    }

    private static func readTemplates(_ path: String, reporting: Reporting) throws -> [String: String] {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        do {
            let templates = try TemplateFolder(path: path).templates(sources: &sources, diagnostics: &diagnostics)
            try reporting.report(diagnostics.sorted, sources: sources)
            guard let templates else { throw ExitCode.failure }
            return templates
        } catch let failure as TemplateFolder.Failure {
            printError("specgen: error: \(failure.message)")
            throw ExitCode.failure
        }
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
