import Foundation
import TestSupport
import SpecgenCore
import Testing

/// The docs pages under the package's `specs/` folder as SpecgenCore reads them: the source the
/// tests take their examples, paths, headers and schemas from, so nothing the pages say is
/// copied into a test by hand.
struct PageSpec: Sendable {
    /// The package's `specs/` folder, found from this file's place in `Tests/ExaAPITests/`.
    static let folderPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("specs").path

    let spec: SpecSet
    let sources: SourceFiles
    /// The Swift type the client decodes each response into, as the generator names it.
    let index: TypeIndex
    /// What the loader warned of.
    let warnings: [Diagnostic]

    /// Every page, read once for all the tests; loading with errors fails, showing the diagnostics.
    static func load() throws -> PageSpec {
        try loaded.get()
    }

    private static let loaded = Result { try read() }

    private static func read() throws -> PageSpec {
        let folder = try InputFolder(path: folderPath)
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = SpecLoader().load(try folder.entries(), sources: &sources, diagnostics: &diagnostics)
        let rendered = DiagnosticRenderer(files: sources).render(diagnostics.all)
        try #require(!diagnostics.hasErrors, "the pages load with errors:\n\(rendered)")
        let index = try #require(Generator().index(try folder.entries()).index, "the pages do not resolve")
        return PageSpec(spec: spec, sources: sources, index: index, warnings: diagnostics.all)
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

    /// The first response example the client decodes as the Swift type `typeName`.
    func example(ofType typeName: String) throws -> ResponseExample {
        let found = responseExamples.first { swiftType(of: $0) == typeName }
        return try #require(found, "the pages show no response example of \(typeName)")
    }

    /// Whether the loader warned that `example` does not decode into its type: it leaves out a
    /// property the documented schema it is read as requires (get-an-event's searches, of
    /// another version of the docs than the search pages).
    func isWarnedToFail(_ example: ResponseExample) -> Bool {
        let next = responseExamples.filter { $0.mark.file == example.mark.file && $0.mark.line > example.mark.line }.map(\.mark.line).min()
        return warnings.contains { warning in
            warning.message.hasSuffix("decoding it fails") && warning.mark.file == example.mark.file
                && warning.mark.line >= example.mark.line && warning.mark.line < next ?? .max
        }
    }

    /// The Swift type the client decodes `example` into, as the generated code spells it
    /// (`Webset`, `SearchResponse`; for an event of a stream, its data's); nil when no method of
    /// the client reads it.
    func swiftType(of example: ResponseExample) -> String? {
        let operations = index.operations.filter { $0.method == example.method.lowercased() && $0.path == example.path }
        let responses = operations.flatMap(\.responses).filter { $0.status == example.status }
        return responses.first { $0.contentType == example.mediaType }?.type
            ?? responses.first { $0.streamContentType == example.mediaType }?.streamType
    }

    /// The schema the example's operation documents for it, a component's `$ref` followed.
    func schema(of example: ResponseExample) throws -> Node {
        let operation = try operation(example.method, example.path)
        let schema = operation.node["responses"]?[example.status]?["content"]?[example.mediaType]?["schema"]
        let found = try #require(schema, "\(place(of: example)) has no schema")
        return try found["$ref"]?.text.map { try self.schema(String($0.split(separator: "/").last!)) } ?? found
    }

    /// The request body example the page shows for `operation`, as JSON, placeholders filled in.
    func requestExample(of operation: SpecSet.Operation) throws -> JSONTree {
        let content = operation.node["requestBody"]?["content"]?.pairs?.first { $0.key.contains("json") }?.value
        let example = content?["examples"]?.pairs?.first?.value["value"] ?? content?["example"]
        let found = try #require(example, "the page shows no request example for \(operation.method) \(operation.path)")
        let schema = try #require(content?["schema"], "the request body of \(operation.method) \(operation.path) has no schema")
        return filledIn(try JSONTree(text: JSONWriter.json(found)), as: schema)
    }

    /// A response example as JSON, placeholders filled in (``filledIn(_:as:)``).
    func json(of example: ResponseExample) throws -> JSONTree {
        filledIn(try JSONTree(text: example.json), as: try schema(of: example))
    }

    /// What `operation` answers, as the page shows it: its first response example, else the
    /// object its 2xx JSON schema's properties give examples for (the teams page shows no
    /// response example, only its properties').
    func responseJSON(of operation: SpecSet.Operation) throws -> JSONTree {
        let shown = responseExamples.first { $0.method == operation.method.uppercased() && $0.path == operation.path }
        if let shown { return try json(of: shown) }
        let success = operation.node["responses"]?.pairs?.first { $0.key.hasPrefix("2") }?.value
        let schema = try #require(success?["content"]?["application/json"]?["schema"], "\(operation.method) \(operation.path) shows no response")
        return try #require(try propertyExamples(of: schema), "\(operation.method) \(operation.path) shows no example of its response")
    }

    /// An object of the `example` each property gives, nested objects included; nil when none does.
    private func propertyExamples(of schema: Node) throws -> JSONTree? {
        var members: [String: JSONTree] = [:]
        for property in schema["properties"]?.pairs ?? [] {
            if let example = property.value["example"] {
                members[property.key] = try JSONTree(text: JSONWriter.json(example))
            } else if let object = try propertyExamples(of: property.value) {
                members[property.key] = object
            }
        }
        return members.isEmpty ? nil : .object(members)
    }

    /// The name of the component schema `operation` documents for `status`, if it is a `$ref`.
    private func documentedSchemaName(of operation: SpecSet.Operation, status: String) -> String? {
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
