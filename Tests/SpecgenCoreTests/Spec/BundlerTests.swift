import Foundation
import Testing
@testable import SpecgenCore

@Suite("Bundling the API as one OpenAPI 3.1 document")
struct BundlerTests {
    private func bundle(_ folder: URL) throws -> String {
        let input = try InputFolder(path: folder.path)
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = SpecLoader().load(try input.entries(), fetch: { try? input.file(at: $0) }, sources: &sources, diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        var bundler = Bundler(spec: spec)
        return YAMLWriter.yaml(bundler.bundle())
    }

    private func write(_ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("openapi.yaml")
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The generated Swift without provenance remarks, which name the files it came from.
    private func swiftWithoutRemarks(_ files: [OutputFile]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: files.map { file in
            (file.name, file.contents.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("- Remark:") }.joined(separator: "\n"))
        })
    }

    @Test("The bundle of specs/ passes openapi-spec-validator")
    func validates() throws {
        let file = try write(try bundle(Fixtures.specs))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (status, output) = try Validator.validate(file)
        #expect(status == 0, "openapi-spec-validator: \(output)")
    }

    @Test("The bundle generates the same Swift as the folder it came from")
    func sameSwift() throws {
        let file = try write(try bundle(Fixtures.specs))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let input = try InputFolder(path: file.path)
        let fromBundle = Generator().generate(try input.entries())
        #expect(!fromBundle.hasErrors)
        #expect(swiftWithoutRemarks(fromBundle.files) == swiftWithoutRemarks(try Fixtures.exaSpecs().files))
    }

    @Test("References into other files become local components")
    func crossFileReferences() throws {
        let text = try bundle(GoldenCase(name: "cross-file-ref").folder.appendingPathComponent("input"))
        #expect(!text.contains(".yaml"))
        let file = try write(text)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try Validator.validate(file).status == 0)
    }

    @Test("3.0 nullable is written as a 3.1 type list or an anyOf with null")
    func nullable() throws {
        let (spec, _, _) = Fixtures.load(["a.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                A: {type: string, nullable: true}
                B: {$ref: '#/components/schemas/A', nullable: true}
            """])
        var bundler = Bundler(spec: spec)
        let schemas = bundler.bundle()["components"]?["schemas"]
        #expect(schemas?["A"]?["type"]?.items?.compactMap(\.text) == ["string", "null"])
        #expect(schemas?["B"]?["anyOf"]?.items?.count == 2)
        #expect(schemas?["A"]?["nullable"] == nil)
    }

    @Test("Written YAML reads back as the same data", arguments: [
        "plain", "two words", "colon: inside", "# not a comment", "- dash", "true", "null", "12", "1.5", "",
        "multi\nline", "quote \" and \\ backslash", "tab\there", "ünïcode", "'single'", "trailing ", "@at", "{braces}",
    ])
    func roundTrip(_ text: String) throws {
        let node = Node.mapping([(text, .string(text)), ("list", .sequence([.string(text), .mapping([("k", .string(text))])]))])
        let read = try #require(try YAMLReader().read(Array(YAMLWriter.yaml(node).utf8), file: 0))
        #expect(read.hasSameContent(as: node))
    }
}

/// Runs openapi-spec-validator (`pip install openapi-spec-validator`; `.ci/run` installs it).
enum Validator {
    static func validate(_ file: URL) throws -> (status: Int32, output: String) {
        try Subprocess.run("/usr/bin/env", ["python3", "-m", "openapi_spec_validator", file.path])
    }
}
