import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen [generate] INPUT OUTPUT`: the main job.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift from a folder of API descriptions (or one file) into an output folder.",
        discussion: """
            INPUT is a folder of OpenAPI YAML or JSON files and docs pages (.md, .mdx), or a single \
            file. OUTPUT receives Types.swift, Client.swift and Support.swift. On an error nothing in \
            OUTPUT changes; files are written only when their contents change.
            """)

    @Argument(help: "The folder of API descriptions, or a single OpenAPI file.")
    var input: String

    @Argument(help: "The folder to write the generated Swift files to.")
    var output: String

    @Option(help: "The access level of the generated declarations (public, package or internal).")
    var access: EmitOptions.AccessLevel = .public

    @Flag(help: "Write nothing; exit non-zero and name the stale files when OUTPUT is not what INPUT generates.")
    var check = false

    @OptionGroup var reporting: Reporting

    func run() throws {
        let generator = Generator(emitter: Emitter(options: EmitOptions(access: access)))
        let result = try reporting.generate(input: input, with: generator)
        let folder = OutputFolder(path: output)
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
            print("specgen: \(output): \(summary)")
        } catch let failure as OutputFolder.Failure {
            printError("specgen: error: \(failure.message)")
            throw ExitCode.failure
        }
    }
}

extension EmitOptions.AccessLevel: ExpressibleByArgument {}

/// How a command reads its input and reports what it found.
struct Reporting: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "How diagnostics are printed: text (file:line:column with the source line) or json.")
    var diagnosticsFormat: Format = .text

    /// Runs the generator over `input`, printing diagnostics; throws when there are errors.
    func generate(input: String, with generator: Generator) throws -> Generator.Result {
        let (entries, fetch) = try read(input)
        let result = generator.generate(entries, fetch: fetch)
        try report(result.diagnostics, sources: result.sources, skipped: result.skipped)
        return result
    }

    /// Runs the Input and Spec stages over `input`, printing diagnostics; throws when there are errors.
    func load(input: String) throws -> SpecSet {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let (entries, fetch) = try read(input)
        let spec = SpecLoader().load(entries, fetch: fetch, sources: &sources, diagnostics: &diagnostics)
        try report(diagnostics.sorted, sources: sources, skipped: spec.skipped)
        return spec
    }

    /// The files of `input`, and how to read the files their `$ref`s reach.
    private func read(_ input: String) throws -> ([InputFile], (String) -> InputFile?) {
        do {
            let folder = try InputFolder(path: input)
            return (try folder.entries(), { try? folder.file(at: $0) })
        } catch {
            printError("specgen: error: \(error.message)")
            throw ExitCode.failure
        }
    }

    private func report(_ diagnostics: [Diagnostic], sources: SourceFiles, skipped: [(path: String, reason: String)]) throws {
        let renderer = DiagnosticRenderer(files: sources)
        switch diagnosticsFormat {
        case .text:
            if !diagnostics.isEmpty { printError(renderer.render(diagnostics), terminator: "") }
            for skipped in skipped { printError("specgen: skipped \(skipped.path): \(skipped.reason)") }
        case .json:
            print(renderer.renderJSON(diagnostics), terminator: "")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}

func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
