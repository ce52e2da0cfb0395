import ArgumentParser
import Foundation
import SpecgenCore

/// How a command reads its input and reports what it found.
struct Reporting: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "How diagnostics are printed: text (file:line:column with the source line) or json.")
    var diagnosticsFormat: Format = .text

    /// Runs the generator over the inputs (folders and files read as one API), printing
    /// diagnostics; throws when there are errors.
    func generate(inputs: [String], with generator: Generator) throws -> Generator.Result {
        let set = try read(inputs)
        let result = generator.generate(set.entries, fetch: set.fetch)
        try report(result.diagnostics, sources: result.sources)
        return result
    }

    /// Runs the Input and Spec stages over `input`, printing diagnostics; throws when there are errors.
    func load(input: String) throws -> SpecSet {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let set = try read([input])
        let spec = SpecLoader().load(set.entries, fetch: set.fetch, sources: &sources, diagnostics: &diagnostics)
        try report(diagnostics.sorted, sources: sources)
        return spec
    }

    /// Prints diagnostics in the chosen format; throws when any diagnostic is an error.
    func report(_ diagnostics: [Diagnostic], sources: SourceFiles) throws {
        let renderer = DiagnosticRenderer(files: sources)
        switch diagnosticsFormat {
        case .text:
            if !diagnostics.isEmpty { printError(renderer.render(diagnostics), terminator: "") }
        case .json:
            print(renderer.renderJSON(diagnostics), terminator: "")
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }

    private func read(_ inputs: [String]) throws -> InputSet {
        do {
            return try InputSet(paths: inputs)
        } catch {
            printError("specgen: error: \(error.message)")
            throw ExitCode.failure
        }
    }
}

func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
