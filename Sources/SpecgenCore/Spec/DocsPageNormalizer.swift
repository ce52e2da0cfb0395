/// Rewrites the docs site's parsed page shape into a standard OpenAPI document, once, so that no
/// later stage knows it existed.
///
/// The shape (Mintlify's export) holds one operation:
/// `paths: {path, method, servers, request: {security, parameters, body}, response}`, with
/// parameter schemas and response bodies as lists of alternatives (`schema: [...]`,
/// `schemaArray: [...]`), `refIdentifier` naming the component an inline schema came from, and
/// `requiredProperties` in place of `required`.
final class DocsPageNormalizer {
    /// The page's title and lead, which become the operation's summary and description.
    private let heading: PageHeading
    private var hoisted: [(String, Node)] = []
    private var schemes: [(String, Node)] = []

    init(heading: PageHeading) {
        self.heading = heading
    }

    /// True when `root` is in the parsed page shape rather than standard OpenAPI.
    static func isPageShape(_ root: Node) -> Bool {
        guard let paths = root["paths"] else { return false }
        return paths["path"]?.text != nil && paths["method"]?.text != nil
    }

    func normalize(_ root: Node) -> Node {
        guard let page = root["paths"], let path = page["path"]?.text, let method = page["method"]?.text else {
            return root
        }
        let operation = self.operation(page)
        var components = root["components"].map(schemaTree) ?? Node.mapping([], at: root.mark)
        components = merging(hoisted, into: components, kind: "schemas")
        components = merging(schemes, into: components, kind: "securitySchemes")
        let pathItem = Node.mapping([(method.lowercased(), operation)], at: page.mark)
        var pairs: [(String, Node)] = [("openapi", .string("3.1.0", at: root.mark))]
        pairs.append(("paths", .mapping([(path, pathItem)], at: page.mark)))
        pairs.append(("components", components))
        return .mapping(pairs, at: root.mark)
    }

    private func operation(_ page: Node) -> Node {
        var pairs: [(String, Node)] = []
        if let title = heading.title { pairs.append(("summary", .string(title, at: page.mark))) }
        if let lead = heading.lead { pairs.append(("description", .string(lead, at: page.mark))) }
        if let servers = page["servers"] { pairs.append(("servers", servers)) }
        let request = page["request"]
        if let parameters = request?["parameters"].map(parameters), !(parameters.items ?? []).isEmpty {
            pairs.append(("parameters", parameters))
        }
        if let body = request?["body"], let requestBody = requestBody(body) {
            pairs.append(("requestBody", requestBody))
        }
        if let security = request?["security"].map(security) { pairs.append(("security", security)) }
        if let samples = request?["codeSamples"] { pairs.append(("x-codeSamples", samples)) }
        if let response = page["response"] { pairs.append(("responses", responses(response))) }
        if let deprecated = page["deprecated"] { pairs.append(("deprecated", deprecated)) }
        return .mapping(pairs, at: page.mark)
    }

    /// `parameters: {path: {NAME: {schema: [...]}}, query: ..., header: ..., cookie: ...}` to a
    /// standard parameter list.
    private func parameters(_ node: Node) -> Node {
        var list: [Node] = []
        for location in ["path", "query", "header", "cookie"] {
            for pair in node[location]?.pairs ?? [] {
                list.append(parameter(named: pair.key, in: location, pair))
            }
        }
        return .sequence(list, at: node.mark)
    }

    private func parameter(named name: String, in location: String, _ pair: Node.Pair) -> Node {
        let alternatives = pair.value["schema"]?.items ?? []
        let first = alternatives.first ?? Node.mapping([], at: pair.value.mark)
        var pairs: [(String, Node)] = [("name", .string(name, at: pair.keyMark)), ("in", .string(location, at: pair.keyMark))]
        let isRequired = location == "path" || first["required"]?.scalar?.boolValue == true
        pairs.append(("required", .plain(isRequired ? "true" : "false", at: pair.keyMark)))
        if let description = first["description"] { pairs.append(("description", description)) }
        if let deprecated = first["deprecated"] { pairs.append(("deprecated", deprecated)) }
        let schemas = alternatives.map { schema($0.setting("required", to: nil)) }
        pairs.append(("schema", oneOf(schemas, at: pair.value.mark)))
        return .mapping(pairs, at: pair.value.mark)
    }

    private func requestBody(_ body: Node) -> Node? {
        let content = mediaTypes(body)
        guard !(content.pairs ?? []).isEmpty else { return nil }
        return .mapping([("required", .plain("true", at: body.mark)), ("content", content)], at: body.mark)
    }

    private func responses(_ response: Node) -> Node {
        let statuses = (response.pairs ?? []).map { pair -> (String, Node) in
            let content = mediaTypes(pair.value)
            let description = (pair.value.pairs ?? []).lazy.compactMap { $0.value["description"] }.first
                ?? pair.value["description"] ?? .string("", at: pair.value.mark)
            var pairs: [(String, Node)] = [("description", description)]
            if !(content.pairs ?? []).isEmpty { pairs.append(("content", content)) }
            return (pair.key, .mapping(pairs, at: pair.value.mark))
        }
        return .mapping(statuses, at: response.mark)
    }

    /// `{application/json: {schemaArray: [...], examples: ...}}` to standard media type objects.
    private func mediaTypes(_ node: Node) -> Node {
        let entries = (node.pairs ?? []).compactMap { pair -> (String, Node)? in
            guard pair.key.contains("/"), pair.value.isMapping else { return nil }
            var media: [(String, Node)] = []
            if let alternatives = pair.value["schemaArray"]?.items {
                media.append(("schema", oneOf(alternatives.map(schema), at: pair.value.mark)))
            } else if let schema = pair.value["schema"] {
                media.append(("schema", self.schema(schema)))
            }
            if let examples = pair.value["examples"] { media.append(("examples", examples)) }
            return (pair.key, .mapping(media, at: pair.value.mark))
        }
        return .mapping(entries, at: node.mark)
    }

    /// `security: [{title, parameters: {header: {NAME: {type, description}}}}]` to requirements,
    /// with a security scheme for each parameter.
    ///
    /// An alternative of several parameters is titled by their names joined with `&`
    /// (`kalshiAccessKey & kalshiAccessSignature & kalshiAccessTimestamp`): each scheme takes its
    /// own part of the title, else its parameter's name.
    private func security(_ node: Node) -> Node {
        let alternatives = (node.items ?? []).map { alternative -> Node in
            let parameters = ["header", "query", "cookie"].flatMap { location in
                (alternative["parameters"]?[location]?.pairs ?? []).map { (location, $0) }
            }
            let title = alternative["title"]?.text
            let parts = title?.components(separatedBy: "&").map { $0.trimmingCharacters(of: " ") } ?? []
            var requirement: [(String, Node)] = []
            for (index, (location, pair)) in parameters.enumerated() {
                let name = parameters.count == 1 ? schemeName(title: title, parameter: pair.key)
                    : schemeName(title: parts.count == parameters.count ? parts[index] : nil, parameter: pair.key)
                schemes.append((name, scheme(pair, in: location)))
                requirement.append((name, .sequence([], at: pair.keyMark)))
            }
            return .mapping(requirement, at: alternative.mark)
        }
        return .sequence(alternatives, at: node.mark)
    }

    private func schemeName(title: String?, parameter: String) -> String {
        let words = (title ?? parameter).split { !$0.isLetter && !$0.isNumber }
        guard let first = words.first else { return parameter }
        // A camelCase word keeps its humps (`kalshiAccessKey`); an all-caps one does not (`API`).
        let head = first.contains(where: \.isLowercase) ? first.prefix(1).lowercased() + first.dropFirst() : first.lowercased()
        return head + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
    }

    private func scheme(_ pair: Node.Pair, in location: String) -> Node {
        let type = pair.value["type"]?.text ?? "apiKey"
        var pairs: [(String, Node)]
        switch type {
        case "http", "bearer", "basic":
            let scheme = pair.value["scheme"]?.text ?? (type == "basic" ? "basic" : "bearer")
            pairs = [("type", .string("http", at: pair.keyMark)), ("scheme", .string(scheme, at: pair.keyMark))]
        default:
            pairs = [
                ("type", .string("apiKey", at: pair.keyMark)), ("name", .string(pair.key, at: pair.keyMark)),
                ("in", .string(location, at: pair.keyMark)),
            ]
        }
        if let description = pair.value["description"] { pairs.append(("description", description)) }
        return .mapping(pairs, at: pair.value.mark)
    }

    private func oneOf(_ schemas: [Node], at mark: Mark) -> Node {
        schemas.count == 1 ? schemas[0] : .mapping([("oneOf", .sequence(schemas, at: mark))], at: mark)
    }

    private func merging(_ extra: [(String, Node)], into components: Node, kind: String) -> Node {
        guard !extra.isEmpty else { return components }
        var entries = (components[kind]?.pairs ?? []).map { ($0.key, $0.value) }
        for (name, node) in extra where !entries.contains(where: { $0.0 == name && $0.1.hasSameContent(as: node) }) {
            entries.append((name, node))
        }
        return components.setting(kind, to: .mapping(entries, at: components.mark))
    }

    /// Applies the schema rewrites to every schema below `node` (for `components`).
    private func schemaTree(_ node: Node) -> Node {
        guard let pairs = node.pairs else { return node }
        let rewritten = pairs.map { pair -> (String, Node) in
            if pair.key == "schemas", let schemas = pair.value.pairs {
                return (pair.key, .mapping(schemas.map { ($0.key, schema($0.value)) }, at: pair.value.mark))
            }
            return (pair.key, pair.value)
        }
        return .mapping(rewritten, at: node.mark)
    }

    /// Rewrites one schema: hoists `refIdentifier` schemas into components, `requiredProperties` to
    /// `required`, `type: any` to no type, and `type: file` to binary strings.
    private func schema(_ node: Node) -> Node {
        guard let pairs = node.pairs else { return node }
        var result: [(String, Node)] = []
        var identifier: String?
        for pair in pairs {
            switch pair.key {
            case "refIdentifier":
                identifier = pair.value.text
            case "requiredProperties":
                result.append(("required", pair.value))
            case "required" where pair.value.items == nil:
                continue
            case "type" where pair.value.text == "any":
                continue
            case "type" where pair.value.text?.contains("<") == true:
                result += Self.typeAndFormat(shown: pair.value, besides: node["format"] != nil)
            case "type" where pair.value.text == "file":
                result.append(("type", .string("string", at: pair.value.mark)))
                result.append(("format", .string("binary", at: pair.value.mark)))
            case "properties", "patternProperties", "definitions", "$defs":
                let children = (pair.value.pairs ?? []).map { ($0.key, schema($0.value)) }
                result.append((pair.key, .mapping(children, at: pair.value.mark)))
            case "items", "additionalProperties", "not", "propertyNames", "contains":
                result.append((pair.key, schema(pair.value)))
            case "allOf", "oneOf", "anyOf", "prefixItems":
                result.append((pair.key, .sequence((pair.value.items ?? []).map(schema), at: pair.value.mark)))
            default:
                result.append((pair.key, pair.value))
            }
        }
        let rewritten = Node.mapping(result, at: node.mark)
        guard let identifier, let name = Self.componentName(identifier) else { return rewritten }
        hoisted.append((name, rewritten))
        return .mapping([("$ref", .string(identifier, at: node.mark))], at: node.mark)
    }

    /// `type: enum<string>` is a string (its values are under `enum`); `type: string<uuid>` a
    /// string of that format, unless the schema names one itself.
    private static func typeAndFormat(shown node: Node, besides hasFormat: Bool) -> [(String, Node)] {
        guard let shown = ShownType(node.text ?? ""), shown.alternatives.count == 1, shown.alternatives[0].arrayDepth == 0 else {
            return [("type", node)]
        }
        let alternative = shown.alternatives[0]
        guard alternative.base != "enum" else { return [("type", .string(alternative.detail ?? "string", at: node.mark))] }
        var pairs: [(String, Node)] = [("type", .string(alternative.base, at: node.mark))]
        if !hasFormat, let format = alternative.detail { pairs.append(("format", .string(format, at: node.mark))) }
        return pairs
    }

    private static func componentName(_ identifier: String) -> String? {
        let prefix = "#/components/schemas/"
        guard identifier.hasPrefix(prefix) else { return nil }
        return String(identifier.dropFirst(prefix.count))
    }
}
