/// Folds a ``SpecSet`` into one standard OpenAPI 3.1 document: every source (docs-site shapes,
/// rendered pages, fragments in many files) in one place, `$ref`s all local, 3.0's `nullable`
/// written as 3.1 type lists.
public struct Bundler {
    let spec: SpecSet
    private var hoisted: [String: [(String, Node)]] = [:]
    private var hoistedNames: [String: String] = [:]

    public init(spec: SpecSet) {
        self.spec = spec
    }

    public mutating func bundle() -> Node {
        var paths: [(String, [(String, Node)])] = []
        for operation in spec.operations {
            let node = rewrite(self.operation(operation), context: "")
            if let index = paths.firstIndex(where: { $0.0 == operation.path }) {
                paths[index].1.append((operation.method, node))
            } else {
                paths.append((operation.path, [(operation.method, node)]))
            }
        }
        var components: [(String, [(String, Node)])] = spec.components.keys.sorted().map { kind in
            (kind, (spec.components[kind] ?? []).map { ($0.name, rewrite($0.node, context: kind)) })
        }
        for (kind, entries) in hoisted.sorted(by: { $0.key < $1.key }) {
            if let index = components.firstIndex(where: { $0.0 == kind }) {
                components[index].1 += entries
            } else {
                components.append((kind, entries))
            }
        }
        var document: [(String, Node)] = [
            ("openapi", .string("3.1.0")),
            ("info", .mapping([("title", .string(spec.title ?? "API")), ("version", .string(spec.version ?? "1.0.0"))])),
        ]
        if let servers = spec.servers { document.append(("servers", servers)) }
        if let security = spec.security { document.append(("security", security)) }
        document.append(("paths", .mapping(paths.map { ($0.0, .mapping($0.1)) })))
        document.append(("components", .mapping(components.map { ($0.0, .mapping($0.1)) })))
        return .mapping(document)
    }

    /// An operation with what its path item declared for every operation folded in.
    private func operation(_ operation: SpecSet.Operation) -> Node {
        var node = operation.node
        if !operation.pathParameters.isEmpty {
            let own = node["parameters"]?.items ?? []
            node = node.setting("parameters", to: .sequence(operation.pathParameters + own, at: node.mark))
        }
        if node["servers"] == nil, let servers = operation.pathServers, !(spec.servers.map(servers.hasSameContent) ?? false) {
            node = node.setting("servers", to: servers)
        }
        return node
    }

    /// Keys whose values are data, copied as they are.
    private static let dataKeys: Set<String> = ["example", "examples", "default", "const", "enum", "x-codeSamples", "x-code-samples"]

    /// Makes every `$ref` local (hoisting what other files define) and writes `nullable` as 3.1 does.
    private mutating func rewrite(_ node: Node, context: String) -> Node {
        switch node.value {
        case .scalar:
            return node
        case .sequence(let items):
            return .sequence(items.map { rewrite($0, context: context) }, at: node.mark)
        case .mapping(let pairs):
            if let ref = node["$ref"], let text = ref.text {
                let local = localReference(text, from: ref, context: context)
                return rewriteNullable(node.setting("$ref", to: .string(local, at: ref.mark)))
            }
            let rewritten = pairs.map { pair -> (String, Node) in
                if Self.dataKeys.contains(pair.key) || pair.key.hasPrefix("x-") { return (pair.key, pair.value) }
                return (pair.key, rewrite(pair.value, context: Self.context(for: pair.key, in: context)))
            }
            return rewriteNullable(.mapping(rewritten, at: node.mark))
        }
    }

    /// Which kind of component a `$ref` under `key` names.
    private static func context(for key: String, in current: String) -> String {
        switch key {
        case "parameters": return "parameters"
        case "responses": return "responses"
        case "requestBody": return "requestBodies"
        case "headers": return "headers"
        case "schema", "schemas", "items", "properties", "allOf", "oneOf", "anyOf", "additionalProperties", "not": return "schemas"
        default: return current
        }
    }

    private mutating func localReference(_ text: String, from ref: Node, context: String) -> String {
        guard let base = spec.relativePaths[ref.mark.file], let reference = try? Reference.parse(text, in: base) else { return text }
        let pointer = reference.pointer
        if pointer.count == 3, pointer[0] == "components", spec.component(pointer[1], pointer[2]) != nil {
            return "#/components/\(pointer[1])/\(Place.escape(pointer[2]))"
        }
        let key = reference.description
        if let name = hoistedNames[key] { return "#/components/\(context.isEmpty ? "schemas" : context)/\(name)" }
        guard let target = spec.documents[reference.file]?.descendant(at: pointer) else { return text }
        let kind = context.isEmpty ? "schemas" : context
        let stem = reference.fileStem
        var taken = NameScope(reserved: Set((spec.components[kind] ?? []).map(\.name) + (hoisted[kind] ?? []).map(\.0)))
        let name = taken.claim(pointer.last ?? stem)
        hoistedNames[key] = name
        hoisted[kind, default: []].append((name, .mapping([])))
        let body = rewrite(target, context: kind)
        if let index = hoisted[kind]?.firstIndex(where: { $0.0 == name }) { hoisted[kind]![index].1 = body }
        return "#/components/\(kind)/\(Place.escape(name))"
    }

    /// `nullable: true` beside a `type` becomes `null` in the type list; beside a `$ref`, an
    /// `anyOf` of the reference and `null`.
    private func rewriteNullable(_ node: Node) -> Node {
        guard let flag = node["nullable"], flag.scalar?.boolValue != nil else { return node }
        var result = node.setting("nullable", to: nil)
        guard flag.scalar?.boolValue == true else { return result }
        if let type = node["type"] {
            let names = (type.items ?? [type]).compactMap(\.text)
            let list = (names.contains("null") ? names : names + ["null"]).map { Node.string($0, at: type.mark) }
            return result.setting("type", to: .sequence(list, at: type.mark))
        }
        if let ref = node["$ref"] {
            result = result.setting("$ref", to: nil)
            let alternatives: [Node] = [.mapping([("$ref", ref)], at: ref.mark), .mapping([("type", .string("null", at: ref.mark))], at: ref.mark)]
            return result.setting("anyOf", to: .sequence(alternatives, at: ref.mark))
        }
        return node
    }
}
