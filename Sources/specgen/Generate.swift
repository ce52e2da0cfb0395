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
        let result: Generator.Result
        do {
            let folder = try InputFolder(path: input)
            let entries = try folder.entries()
            result = generator.generate(entries, fetch: { try? folder.file(at: $0) })
        } catch {
            printError("specgen: error: \(error.message)")
            throw ExitCode.failure
        }
        let renderer = DiagnosticRenderer(files: result.sources)
        switch diagnosticsFormat {
        case .text:
            if !result.diagnostics.isEmpty { printError(renderer.render(result.diagnostics), terminator: "") }
            for skipped in result.skipped { printError("specgen: skipped \(skipped.path): \(skipped.reason)") }
        case .json:
            print(renderer.renderJSON(result.diagnostics), terminator: "")
        }
        if result.hasErrors { throw ExitCode.failure }
        return result
    }
}

func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
