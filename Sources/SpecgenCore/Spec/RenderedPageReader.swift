/// Builds the OpenAPI document a rendered docs page describes: one operation from its curl
/// sample, parameter and authorization sections, and response examples, with schemas inferred from
/// the examples and matched against the schemas the rest of the API defines.
struct RenderedPageReader {
    let page: RenderedPage
    let file: Int32
    let displayPath: String
    let reader: YAMLReader

    /// The page as a document to merge, or nil with diagnostics when its facts do not add up.
    func document(in set: SpecSet, diagnostics: inout Diagnostics) -> Node? {
        let start = Mark(file: file, line: page.curlLine, column: 1)
        guard let url = page.url, let method = page.method?.lowercased(), SpecMerger.methods.contains(method) else {
            diagnostics.error("the curl sample names no URL or no known HTTP method", at: start)
            return nil
        }
        let withoutQuery = String(url.prefix { $0 != "?" && $0 != "#" })
        let (server, path) = split(withoutQuery, knownServers: servers(in: set))
        var schemas = ExampleSchemas(known: set.components["schemas"] ?? [], source: displayPath)
        var operation: [(String, Node)] = []
        if let title = page.title { operation.append(("summary", .string(title, at: start))) }
        operation.append(("servers", .sequence([.mapping([("url", .string(server, at: start))], at: start)], at: start)))
        let parameters = self.parameters(path: path, at: start)
        if !parameters.isEmpty { operation.append(("parameters", .sequence(parameters, at: start))) }
        let (requirement, newSchemes) = security(in: set, at: start)
        if let requirement { operation.append(("security", .sequence([requirement], at: start))) }
        guard let responses = responses(&schemas, diagnostics: &diagnostics, at: start) else { return nil }
        operation.append(("responses", responses))
        let components: [(String, Node)] = [
            ("schemas", .mapping(schemas.added.map { ($0.name, $0.node) }, at: start)),
            ("securitySchemes", .mapping(newSchemes, at: start)),
        ]
        return .mapping([
            ("paths", .mapping([(path, .mapping([(method, .mapping(operation, at: start))], at: start))], at: start)),
            ("components", .mapping(components, at: start)),
        ], at: start)
    }

    private func servers(in set: SpecSet) -> [String] {
        let documentLevel = set.servers?.items ?? []
        let operationLevel = set.operations.flatMap { ($0.node["servers"] ?? $0.pathServers)?.items ?? [] }
        return (documentLevel + operationLevel).compactMap { $0["url"]?.text }
    }

    /// Splits the curl URL into server and path template: the path the page's breadcrumb shows,
    /// else after a server the API already names, else after the host.
    private func split(_ url: String, knownServers: [String]) -> (server: String, path: String) {
        if let path = page.pathTemplate, url.hasSuffix(path) {
            let server = String(url.dropLast(path.count))
            let known = knownServers.first { $0.trimmingTrailingSlash() == server.trimmingTrailingSlash() }
            return (known ?? server, path)
        }
        if let known = knownServers.first(where: { url.hasPrefix($0.trimmingTrailingSlash() + "/") }) {
            return (known, String(url.dropFirst(known.trimmingTrailingSlash().count)))
        }
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return (String(url[..<slash]), slash == afterScheme.endIndex ? "/" : String(afterScheme[slash...]))
    }

    /// Path, query and header parameters from the sections, and path parameters the template names.
    private func parameters(path: String, at start: Mark) -> [Node] {
        var list: [Node] = []
        let sections = [("Path Parameters", "path"), ("Query Parameters", "query"), ("Header Parameters", "header"), ("Headers", "header")]
        for (title, location) in sections {
            for field in page.sections[title] ?? [] {
                list.append(parameter(field, in: location))
            }
        }
        return list
    }

    private func parameter(_ field: RenderedPage.Field, in location: String) -> Node {
        let mark = Mark(file: file, line: field.line, column: 1)
        var pairs: [(String, Node)] = [
            ("name", .string(field.name, at: mark)), ("in", .string(location, at: mark)),
            ("required", .plain(location == "path" || field.isRequired ? "true" : "false", at: mark)),
        ]
        if let description = field.description { pairs.append(("description", .string(description, at: mark))) }
        pairs.append(("schema", Self.schema(ofShownType: field.type, at: mark)))
        return .mapping(pairs, at: mark)
    }

    /// `string`, `integer`, `string[]`... as a schema.
    static func schema(ofShownType type: String?, at mark: Mark) -> Node {
        guard var type, type != "any" else { return .mapping([], at: mark) }
        if type.hasSuffix("[]") {
            type.removeLast(2)
            return .mapping([("type", .string("array", at: mark)), ("items", schema(ofShownType: type, at: mark))], at: mark)
        }
        return .mapping([("type", .string(type == "file" ? "string" : type, at: mark))], at: mark)
    }

    /// The requirement the Authorizations section shows, reusing a scheme the API already defines
    /// for the same header.
    private func security(in set: SpecSet, at start: Mark) -> (Node?, [(String, Node)]) {
        var requirement: [(String, Node)] = []
        var newSchemes: [(String, Node)] = []
        for field in page.sections["Authorizations"] ?? [] {
            let mark = Mark(file: file, line: field.line, column: 1)
            let isBearer = field.name.lowercased() == "authorization"
            let location = field.location ?? "header"
            let existing = (set.components["securitySchemes"] ?? []).first { entry in
                isBearer ? entry.node["scheme"]?.text?.lowercased() == "bearer"
                    : entry.node["name"]?.text?.lowercased() == field.name.lowercased() && entry.node["in"]?.text == location
            }
            let name = existing?.name ?? (isBearer ? "bearer" : SwiftNamer.memberName(field.name))
            if existing == nil {
                var scheme: [(String, Node)] = isBearer
                    ? [("type", .string("http", at: mark)), ("scheme", .string("bearer", at: mark))]
                    : [("type", .string("apiKey", at: mark)), ("name", .string(field.name, at: mark)), ("in", .string(location, at: mark))]
                if let description = field.description { scheme.append(("description", .string(description, at: mark))) }
                newSchemes.append((name, .mapping(scheme, at: mark)))
            }
            requirement.append((name, .sequence([], at: mark)))
        }
        return (requirement.isEmpty ? nil : .mapping(requirement, at: start), newSchemes)
    }

    /// One response per status the page shows, its schema inferred from its example.
    private func responses(_ schemas: inout ExampleSchemas, diagnostics: inout Diagnostics, at start: Mark) -> Node? {
        var statuses: [(String, Node)] = []
        var seen: Set<String> = []
        for block in page.examples {
            guard let status = block.status, seen.insert(status).inserted else { continue }
            let example: Node?
            do {
                example = try reader.read(Array(block.text.utf8), file: file, lineOffset: block.fenceLine)
            } catch {
                diagnostics.error("the \(status) response example is not valid JSON: \(error.message.replacingOccurrences("invalid YAML: ", ""))", at: error.mark)
                return nil
            }
            guard let example else { continue }
            let shown = page.responseDescriptions[status]
            let media: Node = .mapping([
                ("schema", schemas.schema(for: example)),
                ("examples", .mapping([("example", .mapping([("value", example)], at: example.mark))], at: example.mark)),
            ], at: example.mark)
            let content = Node.mapping([(shown?.contentType ?? "application/json", media)], at: example.mark)
            statuses.append((status, .mapping([("description", .string(shown?.description ?? "", at: example.mark)), ("content", content)], at: example.mark)))
        }
        for (status, shown) in page.responseDescriptions.sorted(by: { $0.key < $1.key }) where !seen.contains(status) {
            statuses.append((status, .mapping([("description", .string(shown.description, at: start))], at: start)))
        }
        return .mapping(statuses, at: start)
    }
}

extension String {
    func trimmingTrailingSlash() -> String {
        hasSuffix("/") ? String(dropLast()) : self
    }
}
