import ArgumentParser
import Foundation
import SpecgenCore

/// `specgen bundle INPUT -o FILE`: the merged API as one standard OpenAPI 3.1 document.
struct Bundle: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the merged, normalized API as one standard OpenAPI 3.1 YAML document.",
        discussion: """
            Every source under INPUT is folded in: OpenAPI fragments, docs pages in the docs site's \
            shape, rendered pages and the schemas inferred from their examples. The document \
            generates the same Swift as INPUT does.
            """)

    @Argument(help: "The folder of API descriptions, or a single OpenAPI file.")
    var input: String

    @Option(name: .shortAndLong, help: "The file to write the document to.")
    var output: String

    @OptionGroup var reporting: Reporting

    func run() throws {
        let spec = try reporting.load(input: input)
        var bundler = Bundler(spec: spec)
        let text = YAMLWriter.yaml(bundler.bundle())
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("specgen: error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("specgen: wrote \(output)")
    }
}
