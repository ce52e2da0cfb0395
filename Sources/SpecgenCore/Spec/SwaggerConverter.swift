/// Converts a Swagger 2.0 document to OpenAPI 3 in the Spec stage, once, so nothing later knows
/// the older shape: `definitions`, `parameters`, `responses` and `securityDefinitions` become
/// components, `host`/`basePath`/`schemes` a server, body parameters request bodies, and response
/// `schema`s content of the media type the operation `produces`.
struct SwaggerConverter {
    private(set) var diagnostics = Diagnostics()
    /// The document's shared parameters, to tell whether a `$ref` names a body parameter.
    private var sharedParameters: [String: Node] = [:]

    static func isSwagger(_ root: Node) -> Bool {
        root["swagger"]?.text?.hasPrefix("2") == true
    }

    /// Local references into the 2.0 sections, and where they live in 3.0.
    private static let movedPrefixes = [
        ("#/definitions/", "#/components/schemas/"), ("#/parameters/", "#/components/parameters/"),
        ("#/responses/", "#/components/responses/"),
    ]

    mutating func convert(_ root: Node) -> Node {
        let mark = root.mark
        for pair in root["parameters"]?.pairs ?? [] { sharedParameters[pair.key] = pair.value }
        let produces = root["produces"]?.items?.compactMap(\.text) ?? []
        let consumes = root["consumes"]?.items?.compactMap(\.text) ?? []
        var document: [(String, Node)] = [("openapi", .string("3.0.3", at: mark))]
        if let info = root["info"] { document.append(("info", info)) }
        if let server = server(root) { document.append(("servers", .sequence([server], at: mark))) }
        if let security = root["security"] { document.append(("security", security)) }
        let paths = (root["paths"]?.pairs ?? []).map { pair in
            (pair.key, pathItem(pair.value, produces: produces, consumes: consumes))
        }
        document.append(("paths", .mapping(paths, at: root["paths"]?.mark ?? mark)))
        var components: [(String, Node)] = []
        if let definitions = root["definitions"] { components.append(("schemas", definitions)) }
        if let parameters = root["parameters"]?.pairs {
            let converted = parameters.filter { $0.value["in"]?.text != "body" && $0.value["in"]?.text != "formData" }
            components.append(("parameters", .mapping(converted.map { ($0.key, parameter($0.value)) }, at: mark)))
            let bodies = parameters.filter { $0.value["in"]?.text == "body" }
            if !bodies.isEmpty {
                components.append(("requestBodies", .mapping(bodies.map { ($0.key, requestBody($0.value, consumes: consumes)) }, at: mark)))
            }
        }
        if let responses = root["responses"]?.pairs {
            components.append(("responses", .mapping(responses.map { ($0.key, response($0.value, produces: produces)) }, at: mark)))
        }
        if let schemes = root["securityDefinitions"]?.pairs {
            components.append(("securitySchemes", .mapping(schemes.map { ($0.key, securityScheme($0.value)) }, at: mark)))
        }
        document.append(("components", .mapping(components, at: mark)))
        return Self.rewritingReferences(.mapping(document, at: mark))
    }

    private func server(_ root: Node) -> Node? {
        guard let host = root["host"]?.text else {
            return root["basePath"]?.text.map { .mapping([("url", .string($0, at: root.mark))], at: root.mark) }
        }
        let scheme = root["schemes"]?.items?.first?.text ?? "https"
        let url = "\(scheme)://\(host)\(root["basePath"]?.text ?? "")"
        return .mapping([("url", .string(url, at: root["host"]!.mark))], at: root.mark)
    }

    private mutating func pathItem(_ item: Node, produces: [String], consumes: [String]) -> Node {
        guard let pairs = item.pairs else { return item }
        return .mapping(pairs.map { pair in
            switch pair.key {
            case "parameters":
                return (pair.key, .sequence((pair.value.items ?? []).filter { !isBodyLike($0) }.map(parameter), at: pair.value.mark))
            case let method where SpecMerger.methods.contains(method):
                return (method, operation(pair.value, produces: produces, consumes: consumes))
            default:
                return (pair.key, pair.value)
            }
        }, at: item.mark)
    }

    /// The parameter itself, or the shared one its `$ref` names.
    private func resolved(_ parameter: Node) -> Node {
        guard let ref = parameter["$ref"]?.text, ref.hasPrefix("#/parameters/") else { return parameter }
        return sharedParameters[String(ref.dropFirst("#/parameters/".count))] ?? parameter
    }

    private func isBodyLike(_ parameter: Node) -> Bool {
        let location = resolved(parameter)["in"]?.text
        return location == "body" || location == "formData"
    }

    private mutating func operation(_ node: Node, produces: [String], consumes: [String]) -> Node {
        guard let pairs = node.pairs else { return node }
        let ownProduces = node["produces"]?.items?.compactMap(\.text) ?? produces
        let ownConsumes = node["consumes"]?.items?.compactMap(\.text) ?? consumes
        var result: [(String, Node)] = []
        for pair in pairs {
            switch pair.key {
            case "parameters":
                let parameters = pair.value.items ?? []
                result.append(("parameters", .sequence(parameters.filter { !isBodyLike($0) }.map(parameter), at: pair.value.mark)))
                if let body = parameters.first(where: { resolved($0)["in"]?.text == "body" }) {
                    let shared = body["$ref"]?.text.map { "#/components/requestBodies/" + $0.dropFirst("#/parameters/".count) }
                    result.append(("requestBody", shared.map { .mapping([("$ref", .string($0, at: body.mark))], at: body.mark) }
                        ?? requestBody(body, consumes: ownConsumes)))
                } else {
                    let form = parameters.map(resolved).filter { $0["in"]?.text == "formData" }
                    if !form.isEmpty { result.append(("requestBody", formBody(form, consumes: ownConsumes, at: pair.value.mark))) }
                }
            case "responses":
                let responses = (pair.value.pairs ?? []).map { ($0.key, response($0.value, produces: ownProduces)) }
                result.append(("responses", .mapping(responses, at: pair.value.mark)))
            case "produces", "consumes", "schemes":
                continue
            default:
                result.append((pair.key, pair.value))
            }
        }
        return .mapping(result, at: node.mark)
    }

    /// Moves `type`, `format`, `items`, `enum`... of a non-body parameter into its `schema` (a
    /// `file` is a binary string), and its `collectionFormat` (`csv` when absent) into a `style`
    /// and `explode`.
    private func parameter(_ node: Node) -> Node {
        guard let pairs = node.pairs, node["$ref"] == nil, node["schema"] == nil else { return node }
        let schemaKeys: Set<String> = ["type", "format", "items", "enum", "default", "minimum", "maximum", "pattern", "minLength", "maxLength"]
        var schema = pairs.filter { schemaKeys.contains($0.key) }.map { ($0.key, $0.value) }
        if node["type"]?.text == "file" {
            schema = schema.filter { $0.0 != "type" && $0.0 != "format" } + [("type", .string("string", at: node.mark)), ("format", .string("binary", at: node.mark))]
        }
        var result = pairs.filter { !schemaKeys.contains($0.key) && $0.key != "collectionFormat" }.map { ($0.key, $0.value) }
        if node["type"]?.text == "array" { result += layout(of: node) }
        result.append(("schema", .mapping(schema, at: node.mark)))
        return .mapping(result, at: node.mark)
    }

    /// The `style` and `explode` of an array parameter's `collectionFormat`.
    private func layout(of node: Node) -> [(String, Node)] {
        let format = node["collectionFormat"]
        let mark = format?.mark ?? node.mark
        let isQuery = node["in"]?.text == "query" || node["in"]?.text == "formData"
        let style: String
        switch format?.text ?? "csv" {
        case "multi": return [("style", .string("form", at: mark)), ("explode", .plain("true", at: mark))]
        case "ssv": style = "spaceDelimited"
        case "pipes": style = "pipeDelimited"
        case "csv": style = isQuery ? "form" : "simple"
        default:
            // `tsv` has no OpenAPI 3 style: the parameter gets one no location has, and is
            // skipped with a warning where its style is read.
            style = format?.text ?? "csv"
        }
        return [("style", .string(style, at: mark)), ("explode", .plain("false", at: mark))]
    }

    /// `formData` parameters as one object body, form-encoded (multipart when a file is among them
    /// or the operation consumes only multipart).
    private func formBody(_ parameters: [Node], consumes: [String], at mark: Mark) -> Node {
        let hasFile = parameters.contains { $0["type"]?.text == "file" }
        let multipart = hasFile || (consumes.contains("multipart/form-data") && !consumes.contains("application/x-www-form-urlencoded"))
        let properties = parameters.compactMap { node -> (String, Node)? in
            guard let name = node["name"]?.text else { return nil }
            return (name, self.parameter(node)["schema"] ?? .mapping([], at: node.mark))
        }
        let required = parameters.filter { $0["required"]?.scalar?.boolValue == true }.compactMap { $0["name"] }
        var schema: [(String, Node)] = [("type", .string("object", at: mark)), ("properties", .mapping(properties, at: mark))]
        if !required.isEmpty { schema.append(("required", .sequence(required, at: mark))) }
        let media = multipart ? "multipart/form-data" : "application/x-www-form-urlencoded"
        var content: [(String, Node)] = [("schema", .mapping(schema, at: mark))]
        // A form field's `collectionFormat` is its `encoding`; a multipart list is a part per item.
        let encodings = multipart ? [] : parameters.compactMap { node -> (String, Node)? in
            guard node["type"]?.text == "array", let name = node["name"]?.text else { return nil }
            return (name, .mapping(layout(of: node), at: node.mark))
        }
        if !encodings.isEmpty { content.append(("encoding", .mapping(encodings, at: mark))) }
        return .mapping([
            ("required", .plain(required.isEmpty ? "false" : "true", at: mark)),
            ("content", .mapping([(media, .mapping(content, at: mark))], at: mark)),
        ], at: mark)
    }

    private func requestBody(_ body: Node, consumes: [String]) -> Node {
        let schema = body["schema"] ?? .mapping([], at: body.mark)
        let media = consumes.first { $0.contains("json") } ?? consumes.first ?? "application/json"
        var pairs: [(String, Node)] = [("content", .mapping([(media, .mapping([("schema", schema)], at: body.mark))], at: body.mark))]
        if let required = body["required"] { pairs.append(("required", required)) }
        if let description = body["description"] { pairs.append(("description", description)) }
        return .mapping(pairs, at: body.mark)
    }

    private func response(_ node: Node, produces: [String]) -> Node {
        guard node["$ref"] == nil else { return node }
        var pairs: [(String, Node)] = [("description", node["description"] ?? .string("", at: node.mark))]
        if let schema = node["schema"] {
            let media = produces.first { $0.contains("json") } ?? produces.first ?? "application/json"
            pairs.append(("content", .mapping([(media, .mapping([("schema", schema)], at: schema.mark))], at: schema.mark)))
        }
        if let headers = node["headers"] { pairs.append(("headers", headers)) }
        return .mapping(pairs, at: node.mark)
    }

    private func securityScheme(_ node: Node) -> Node {
        switch node["type"]?.text {
        case "basic":
            return .mapping([("type", .string("http", at: node.mark)), ("scheme", .string("basic", at: node.mark))], at: node.mark)
        default:
            return node
        }
    }

    /// `#/definitions/X` → `#/components/schemas/X` (and parameters, responses), and `x-nullable`
    /// → `nullable`, everywhere in the document.
    private static func rewritingReferences(_ node: Node) -> Node {
        switch node.value {
        case .scalar:
            return node
        case .sequence(let items):
            return .sequence(items.map(rewritingReferences), at: node.mark)
        case .mapping(let pairs):
            return .mapping(pairs.map { pair in
                if pair.key == "$ref", let text = pair.value.text, text.hasPrefix("#/") {
                    for (old, new) in movedPrefixes where text.hasPrefix(old) {
                        return (pair.key, .string(new + text.dropFirst(old.count), at: pair.value.mark))
                    }
                    return (pair.key, pair.value)
                }
                if pair.key == "example" || pair.key == "examples" || pair.key == "x-example" { return (pair.key, pair.value) }
                return (pair.key == "x-nullable" ? "nullable" : pair.key, rewritingReferences(pair.value))
            }, at: node.mark)
        }
    }
}
