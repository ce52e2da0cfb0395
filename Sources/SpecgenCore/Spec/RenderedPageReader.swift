/// Builds the OpenAPI document a rendered docs page describes: one operation from its request
/// sample, endpoint line, parameter, authorization, body and response sections, and examples.
///
/// Fields the page lists are the schema; where it lists none, schemas are inferred from the
/// examples and matched against the schemas the rest of the API defines, through the inferred
/// objects every rendered page shares.
struct RenderedPageReader {
    let page: RenderedPage
    let file: Int32
    let reader: YAMLReader

    /// The page as a document to merge, or nil with diagnostics when its facts do not add up. The
    /// objects its examples show go into `inferred`, whose components the document refers to.
    func document(in set: SpecSet, inferred: inout ExampleSchemas, diagnostics: inout Diagnostics) -> Node? {
        let start = Mark(file: file, line: page.requestLine, column: 1)
        guard let method = page.method?.lowercased(), SpecMerger.methods.contains(method) else {
            diagnostics.error("the request sample names no known HTTP method", at: start)
            return nil
        }
        guard let (server, path) = location(in: set, at: start, &diagnostics) else { return nil }
        var shown = ShownSchemas(file: file, inferred: inferred)
        var operation: [(String, Node)] = []
        if let title = page.title { operation.append(("summary", .string(title, at: start))) }
        if let summary = page.summary { operation.append(("description", .string(summary, at: start))) }
        if let server { operation.append(("servers", .sequence([.mapping([("url", .string(server, at: start))], at: start)], at: start))) }
        let parameters = self.parameters(path: path, &shown, at: start)
        if !parameters.isEmpty { operation.append(("parameters", .sequence(parameters, at: start))) }
        shown.inferred.readsRequest = true
        let body = requestBody(&shown, &diagnostics, at: start)
        shown.inferred.readsRequest = false
        guard let body else { return nil }
        if let body = body.node { operation.append(("requestBody", body)) }
        let (requirement, newSchemes) = security(in: set, at: start)
        if let requirement { operation.append(("security", .sequence([requirement], at: start))) }
        if let sdk = page.sdk {
            let sample = Node.mapping([("lang", .string(sdk.language, at: start)), ("source", .string(sdk.source, at: start))], at: start)
            operation.append(("x-codeSamples", .sequence([sample], at: start)))
        }
        guard let responses = responses(&shown, &diagnostics, at: start) else { return nil }
        operation.append(("responses", responses))
        diagnostics.append(contentsOf: shown.diagnostics)
        inferred = shown.inferred
        return .mapping([
            ("paths", .mapping([(path, .mapping([(method, .mapping(operation, at: start))], at: start))], at: start)),
            ("components", .mapping([("securitySchemes", .mapping(newSchemes, at: start))], at: start)),
        ], at: start)
    }

    /// The server and path: from the curl URL, else the path the page shows beside the method
    /// and the one server the API already names.
    private func location(in set: SpecSet, at start: Mark, _ diagnostics: inout Diagnostics) -> (server: String?, path: String)? {
        let known = servers(in: set)
        if let url = page.url {
            let (server, path) = split(String(url.prefix { $0 != "?" && $0 != "#" }), knownServers: known)
            return (server, path)
        }
        if page.curl != nil {
            diagnostics.error("the curl sample names no URL", at: start)
            return nil
        }
        guard let path = page.pathTemplate else {
            diagnostics.error("the page shows no URL and no path beside its method", at: start)
            return nil
        }
        let distinct = Set(known.map { $0.trimmingTrailingSlash() })
        if distinct.count != 1 {
            diagnostics.warning("the page's sample shows no URL and the API names \(distinct.isEmpty ? "no server" : "several servers"), so the operation has no server of its own; set Client.serverURL", at: start)
        }
        return (distinct.count == 1 ? known[0] : nil, path)
    }

    private func servers(in set: SpecSet) -> [String] {
        let documentLevel = set.servers?.items ?? []
        let operationLevel = set.operations.flatMap { ($0.node["servers"] ?? $0.pathServers)?.items ?? [] }
        return (documentLevel + operationLevel).compactMap { $0["url"]?.text }
    }

    /// Splits the curl URL into server and path template: the path the page shows beside the
    /// method, else after a server the API already names, else after the host.
    private func split(_ url: String, knownServers: [String]) -> (server: String, path: String) {
        if let path = page.pathTemplate, !path.isEmpty, url.hasSuffix(path) {
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

    /// Path, query, header and cookie parameters from the sections, and a string parameter for
    /// each placeholder of the path that no section lists.
    private func parameters(path: String, _ shown: inout ShownSchemas, at start: Mark) -> [Node] {
        var list: [Node] = []
        let sections = [
            ("Path Parameters", "path"), ("Query Parameters", "query"), ("Header Parameters", "header"), ("Headers", "header"),
            ("Cookie Parameters", "cookie"),
        ]
        for (title, location) in sections {
            for field in page.sections[title] ?? [] {
                list.append(parameter(field, in: location, &shown))
            }
        }
        let listed = Set((page.sections["Path Parameters"] ?? []).map(\.name))
        for placeholder in Self.placeholders(in: path) where !listed.contains(placeholder) {
            var field = ShownField(name: placeholder, type: ShownType("string"), line: start.line, anchor: nil)
            field.isRequired = true
            list.append(parameter(field, in: "path", &shown))
        }
        return list
    }

    static func placeholders(in path: String) -> [String] {
        path.split(separator: "{").dropFirst().compactMap { part in part.firstIndex(of: "}").map { String(part[..<$0]) } }
    }

    private func parameter(_ field: ShownField, in location: String, _ shown: inout ShownSchemas) -> Node {
        let mark = Mark(file: file, line: field.line, column: 1)
        var pairs: [(String, Node)] = [
            ("name", .string(field.name, at: mark)), ("in", .string(location, at: mark)),
            ("required", .plain(location == "path" || field.isRequired ? "true" : "false", at: mark)),
        ]
        if let description = field.description { pairs.append(("description", .string(description, at: mark))) }
        if field.isDeprecated { pairs.append(("deprecated", .plain("true", at: mark))) }
        if location == "query", field.type?.values.first?.arrayDepth == 1, field.description?.hasPrefix("Comma-separated") == true {
            // The page says how the list goes: `market=a,b`, not OpenAPI's default `market=a&market=b`.
            pairs.append(("explode", .plain("false", at: mark)))
        }
        var typeOnly = field
        typeOnly.description = nil
        typeOnly.isDeprecated = false
        pairs.append(("schema", shown.schema(of: typeOnly, example: nil)))
        return .mapping(pairs, at: mark)
    }

    /// The requirement the Authorizations section shows, reusing a scheme the API already defines
    /// for the same header.
    private func security(in set: SpecSet, at start: Mark) -> (Node?, [(String, Node)]) {
        var requirement: [(String, Node)] = []
        var newSchemes: [(String, Node)] = []
        for field in page.sections["Authorizations"] ?? [] {
            let mark = Mark(file: file, line: field.line, column: 1)
            let httpScheme = Self.httpScheme(field)
            let location = field.location ?? "header"
            let existing = (set.components["securitySchemes"] ?? []).first { entry in
                if let httpScheme { return entry.node["scheme"]?.text?.lowercased() == httpScheme }
                return entry.node["name"]?.text?.lowercased() == field.name.lowercased() && entry.node["in"]?.text == location
            }
            let name = existing?.name ?? httpScheme ?? SwiftNamer.memberName(field.name)
            if existing == nil {
                var scheme: [(String, Node)] = httpScheme.map { [("type", .string("http", at: mark)), ("scheme", .string($0, at: mark))] }
                    ?? [("type", .string("apiKey", at: mark)), ("name", .string(field.name, at: mark)), ("in", .string(location, at: mark))]
                if let description = field.description { scheme.append(("description", .string(description, at: mark))) }
                newSchemes.append((name, .mapping(scheme, at: mark)))
            }
            requirement.append((name, .sequence([], at: mark)))
        }
        return (requirement.isEmpty ? nil : .mapping(requirement, at: start), newSchemes)
    }

    /// `bearer` or `basic` for an `Authorization` header, as its description says; nil for an API key.
    private static func httpScheme(_ field: ShownField) -> String? {
        guard field.name.lowercased() == "authorization" else { return nil }
        return field.description?.hasPrefix("Basic") == true ? "basic" : "bearer"
    }
}

extension String {
    func trimmingTrailingSlash() -> String {
        hasSuffix("/") ? String(dropLast()) : self
    }
}
