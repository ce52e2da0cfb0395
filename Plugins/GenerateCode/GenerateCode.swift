import Foundation
import PackagePlugin

/// The command plugin for generated code that is checked in: regenerates it in place.
///
/// ```sh
/// swift package --allow-writing-to-package-directory generate-code [--target NAME]... [--check]
/// ```
///
/// With no `--target`, it regenerates every target that holds code specgen wrote before (its
/// `.specgen-manifest`), so targets that use the build plugin are never written into; name a
/// target the first time. With `--check` it writes nothing and fails when any code is stale.
@main
struct GenerateCode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let isCheck = extractor.extractFlag(named: "check") > 0
        guard extractor.remainingArguments.isEmpty else {
            throw SpecgenPluginError("unknown arguments \(extractor.remainingArguments); use --target NAME and --check")
        }
        let tool = try context.tool(named: "specgen").url
        let targets = names.isEmpty ? context.package.targets : try context.package.targets(named: names)
        var generated = 0
        var notYetGenerated: [String] = []
        for case let target as SourceModuleTarget in targets {
            let isNamed = names.contains(target.name)
            guard let setup = try SpecgenSetup(targetFolder: target.directoryURL) else {
                if isNamed { throw SpecgenPluginError("target '\(target.name)' has neither \(SpecgenSetup.configName) nor a \(SpecgenSetup.specsFolderName)/ folder") }
                continue
            }
            let manifest = target.directoryURL.appendingPathComponent(SpecgenSetup.manifestName)
            // A target without checked-in code may use the build plugin: writing into it would
            // define every type twice, so it is written only when named.
            guard isNamed || FileManager.default.fileExists(atPath: manifest.path) else {
                notYetGenerated.append(target.name)
                continue
            }
            try requireInside(context.package.directoryURL, setup, target: target.name)
            var arguments = setup.arguments(output: target.directoryURL)
            if isCheck { arguments.insert("--check", at: 1) }
            try run(tool, arguments, target: target.name, isCheck: isCheck)
            generated += 1
        }
        if generated == 0 {
            let candidates = notYetGenerated.isEmpty ? "" : " (configured, with no code written yet: \(notYetGenerated.sorted().joined(separator: ", ")))"
            throw SpecgenPluginError(
                "no target holds code specgen wrote: name one with --target to write it the first time\(candidates); "
                    + "its folder needs \(SpecgenSetup.configName) or a \(SpecgenSetup.specsFolderName)/ folder")
        }
    }

    /// A command plugin may read only its package: inputs elsewhere would work on one machine and
    /// fail in a sandbox on another, so they are refused everywhere.
    private func requireInside(_ package: URL, _ setup: SpecgenSetup, target: String) throws {
        let root = package.standardizedFileURL.path
        let base = root.hasSuffix("/") ? root : root + "/"
        for input in setup.inputs + (setup.templates.map { [$0] } ?? []) where !input.path.hasPrefix(base) {
            throw SpecgenPluginError("target '\(target)' reads \(input.path), outside the package at \(root)")
        }
    }

    private func run(_ tool: URL, _ arguments: [String], target: String, isCheck: Bool) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if isCheck {
                throw SpecgenPluginError("target '\(target)': the checked-in code is stale or the API description has errors (see above)")
            }
            throw SpecgenPluginError("specgen failed for target '\(target)' (exit status \(process.terminationStatus))")
        }
    }
}
