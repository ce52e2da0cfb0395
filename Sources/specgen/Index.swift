import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen index INPUT...`: which Swift type each response body and each schema becomes, as JSON.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print, as JSON, the Swift type of every operation's response bodies and of every declaration's schema.",
        discussion: """
            The INPUTs are read as `specgen INPUT... OUTPUT` reads them. Each operation is listed by \
            method and path with, for each documented status, the content type the client reads and \
            its body's Swift type as the generated client spells it; each declaration by the JSON \
            pointer of its schema, with its name qualified by the declarations it is nested in. \
            Tools that check the generated code against the description read it (Benchmarks/examples.sh).
            """)

    @Argument(help: ArgumentHelp("The folders or files to read.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var reporting: Reporting

    func run() throws {
        let set: InputSet
        do {
            set = try InputSet(paths: inputs)
        } catch {
            printError("specgen: error: \(error.message)")
            throw ExitCode.failure
        }
        let (index, result) = Generator().index(set.entries, fetch: set.fetch)
        try reporting.report(result.diagnostics, sources: result.sources)
        guard let index else { throw ExitCode.failure }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(index) + Data("\n".utf8)
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("specgen: error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
