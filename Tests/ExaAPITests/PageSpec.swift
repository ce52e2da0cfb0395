import Foundation
import TestSupport
import SpecgenCore
import Testing

/// The docs pages under the package's `specs/` folder as SpecgenCore reads them: the source the
/// tests take their examples, paths, headers and schemas from, so nothing the pages say is
/// copied into a test by hand.
struct PageSpec {
    /// The package's `specs/` folder, found from this file's place in `Tests/ExaAPITests/`.
    static let folderPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("specs").path

    let spec: SpecSet
    let sources: SourceFiles

    /// Reads every page; loading with errors fails, showing the diagnostics.
    static func load() throws -> PageSpec {
        let folder = try InputFolder(path: folderPath)
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = SpecLoader().load(try folder.entries(), sources: &sources, diagnostics: &diagnostics)
        let rendered = DiagnosticRenderer(files: sources).render(diagnostics.all)
        try #require(!diagnostics.hasErrors, "the pages load with errors:\n\(rendered)")
        return PageSpec(spec: spec, sources: sources)
    }

    var responseExamples: [ResponseExample] { spec.responseExamples }

    /// The operation `method` (any case) `path` (the OpenAPI template); fails when no page documents it.
    func operation(_ method: String, _ path: String) throws -> SpecSet.Operation {
        try #require(findOperation(method, path), "no page documents \(method) \(path)")
    }

    private func findOperation(_ method: String, _ path: String) -> SpecSet.Operation? {
        spec.operations.first { $0.method.uppercased() == method.uppercased() && $0.path == path }
    }

    /// The first response example the pages show for `operation`.
    func example(of operation: SpecSet.Operation) throws -> ResponseExample {
        let found = responseExamples.first {
            $0.method == operation.method.uppercased() && $0.path == operation.path
        }
        return try #require(found, "the pages show no response example for \(operation.method) \(operation.path)")
    }

    /// The first response example whose documented schema is the component `schemaName`.
    func example(ofSchema schemaName: String) throws -> ResponseExample {
        let found = responseExamples.first { documentedSchemaName(of: $0) == schemaName }
        return try #require(found, "the pages show no response example of \(schemaName)")
    }

    /// The name of the component schema the example's operation documents for the example's
    /// status (`WebsetEnrichment` for `$ref: '#/components/schemas/WebsetEnrichment'`).
    func documentedSchemaName(of example: ResponseExample) -> String? {
        guard let operation = findOperation(example.method, example.path) else { return nil }
        return documentedSchemaName(of: operation, status: example.status)
    }

    /// The name of the component schema `operation` documents for `status`, if it is a `$ref`.
    func documentedSchemaName(of operation: SpecSet.Operation, status: String) -> String? {
        let media = operation.node["responses"]?[status]?["content"]?.pairs ?? []
        let reference = media.lazy.compactMap { $0.value["schema"]?["$ref"]?.text }.first
        return reference?.split(separator: "/").last.map(String.init)
    }

    /// The statuses `operation` documents, other than 2xx, with a body schema.
    func documentedErrorStatuses(of operation: SpecSet.Operation) -> [Int] {
        (operation.node["responses"]?.pairs ?? []).compactMap { pair in
            guard let status = Int(pair.key), !(200..<300).contains(status),
                documentedSchemaName(of: operation, status: pair.key) != nil
            else { return nil }
            return status
        }
    }

    /// The component schema `name`; fails when no page defines it.
    func schema(_ name: String) throws -> Node {
        try #require(spec.component("schemas", name), "no page defines the schema \(name)")
    }

    /// A JSON object of the component schema `name`: the constants the schema fixes, then `values`.
    ///
    /// For operations whose page shows no example (`DeleteAgentRunResponse` is all constants but its id).
    func object(ofSchema name: String, with values: [String: JSONTree]) throws -> JSONTree {
        let constants = try schema(name).constantProperties
        try #require(!constants.isEmpty, "the schema \(name) fixes no constant")
        let fixed = try constants.reduce(JSONTree.object([:])) { json, constant in
            json.setting(constant.name, to: try JSONTree(text: JSONWriter.json(constant.value)))
        }
        return values.reduce(fixed) { $0.setting($1.key, to: $1.value) }
    }

    /// The header an `apiKey` security scheme names (`x-api-key`).
    func apiKeyHeader() throws -> String {
        let schemes = spec.components["securitySchemes"] ?? []
        let header = schemes.lazy.compactMap { scheme in
            scheme.node["type"]?.text == "apiKey" && scheme.node["in"]?.text == "header" ? scheme.node["name"]?.text : nil
        }.first
        return try #require(header, "no page defines an apiKey security scheme in a header")
    }

    /// The name and the only allowed value of the header parameter component `name`
    /// (`Exa-Beta: agent-2026-05-07`).
    func headerParameter(_ name: String) throws -> (name: String, value: String) {
        let parameter = try #require(spec.component("parameters", name), "no page defines the parameter \(name)")
        let header = try #require(parameter["name"]?.text, "the parameter \(name) has no name")
        let value = try #require(parameter["schema"]?["enum"]?.items?.first?.text, "the parameter \(name) lists no value")
        return (header, value)
    }

    /// The path of the page an example is on, relative to the `specs/` folder.
    func relativePath(of example: ResponseExample) -> String {
        spec.relativePaths[example.mark.file] ?? sources.path(example.mark.file)
    }

    /// Where an example is, as `specs/page.md:line:column`, for failure messages.
    func place(of example: ResponseExample) -> String {
        "specs/\(relativePath(of: example)):\(example.mark.line):\(example.mark.column)"
    }
}
