import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen [generate] INPUT... OUTPUT`: the main job.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift from API descriptions (folders or files) into an output folder.",
        discussion: """
            Each INPUT is a folder of OpenAPI YAML or JSON files and docs pages (.md, .mdx), or a \
            single file; the last path is OUTPUT, which receives the generated Swift files (always \
            the same set of names). With --config, the inputs and options come from a specgen.yaml and the \
            only path is OUTPUT (default: the config's folder); options given here win. On an error \
            nothing in OUTPUT changes; files are written only when their contents change.
            """)

    @Argument(help: ArgumentHelp("The folders or files to read, then the folder to write.", valueName: "input... output"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("A specgen.yaml naming the inputs and options.", valueName: "file"))
    var config: String?

    @Option(help: "The access level of the generated declarations (public, package or internal; default: public).")
    var access: EmitOptions.AccessLevel?

    @Option(help: ArgumentHelp(
        "A folder of templates replacing the built-in ones of the same name (see `specgen templates export`).",
        valueName: "folder"))
    var templates: String?

    @Option(help: ArgumentHelp("Generate only these operations (operationId or method name); repeat or separate with commas.", valueName: "ids"))
    var operations: [String] = []

    @Option(help: ArgumentHelp("Generate only the operations with these tags; repeat or separate with commas.", valueName: "tags"))
    var tags: [String] = []

    @Option(
        name: .customLong("paths"),
        help: ArgumentHelp("Generate only the operations on these paths (`/users/{id}`, or a prefix ending in `*`).", valueName: "paths"))
    var pathFilters: [String] = []

    @Option(help: ArgumentHelp(
        "What to write: types,client (the default), and server (adds Server.swift and ServerSupport.swift) or examples (adds Examples.swift, a transport answering with the documented examples).",
        valueName: "parts"))
    var generate: [String] = []

    @Flag(help: "Drop schemas no generated operation uses (a selection always does).")
    var prune = false

    @Flag(help: "Write nothing; exit non-zero and name the stale files when OUTPUT is not what INPUT generates.")
    var check = false

    @OptionGroup var reporting: Reporting

    func validate() throws {
        if config == nil, paths.count < 2 {
            throw ValidationError("Give at least one INPUT and then OUTPUT, or --config FILE.")
        }
        if config != nil, paths.count > 1 {
            throw ValidationError("With --config, the inputs come from the config: give only OUTPUT.")
        }
    }

    /// The selection the command line asks for; comma-separated values count as several.
    var selection: Selection {
        func split(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
        }
        return Selection(operations: split(operations), tags: split(tags), paths: split(pathFilters), prune: prune)
    }

    func run() throws {
        let settings = try GenerationSettings(command: self)
        let generator = Generator(
            emitter: Emitter(options: EmitOptions(access: settings.access, templates: settings.templates, parts: settings.parts)),
            selection: settings.selection)
        let result = try reporting.generate(inputs: settings.inputs, with: generator)
        let folder = OutputFolder(path: settings.output)
        do {
            if check {
                let plan = try folder.plan(result.files)
                guard plan.isEmpty else {
                    for name in plan.changed + plan.stale { printError("specgen: stale: \(folder.url.appendingPathComponent(name).path)") }
                    throw ExitCode(1)
                }
                return
            }
            let plan = try folder.write(result.files)
            let summary = plan.isEmpty ? "up to date" : "wrote \(plan.changed.joined(separator: ", "))"
            print("specgen: \(settings.output): \(summary)")
        } catch let failure as OutputFolder.Failure {
            printError("specgen: error: \(failure.message)")
            throw ExitCode.failure
        }
    }
}

extension EmitOptions.AccessLevel: ExpressibleByArgument {}
