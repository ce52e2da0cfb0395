/// Checks that an OpenAPI document has the shape the specification requires where specgen relies
/// on it (a mapping where a mapping belongs, a string where a string belongs), reporting each
/// mismatch at its place instead of silently reading nothing.
struct ShapeChecker {
    private(set) var diagnostics = Diagnostics()

    private enum Shape: String {
        case mapping = "a mapping"
        case sequence = "a list"
        case string = "a string"

        func matches(_ node: Node) -> Bool {
            switch self {
            case .mapping: return node.isMapping
            case .sequence: return node.items != nil
            case .string: return node.scalar != nil && node.jsonKind != .null
            }
        }
    }

    private static let document: [String: Shape] = [
        "info": .mapping, "paths": .mapping, "components": .mapping, "servers": .sequence, "security": .sequence,
        "tags": .sequence, "webhooks": .mapping,
    ]
    private static let pathItem: [String: Shape] = [
        "parameters": .sequence, "servers": .sequence, "summary": .string, "description": .string,
    ]
    private static let operation: [String: Shape] = [
        "parameters": .sequence, "responses": .mapping, "requestBody": .mapping, "summary": .string,
        "description": .string, "operationId": .string, "tags": .sequence, "servers": .sequence, "security": .sequence,
    ]
    private static let schema: [String: Shape] = [
        "properties": .mapping, "required": .sequence, "allOf": .sequence, "oneOf": .sequence, "anyOf": .sequence,
        "enum": .sequence, "description": .string, "format": .string, "$ref": .string, "title": .string,
        "discriminator": .mapping,
    ]

    mutating func check(document root: Node) {
        guard expect(.mapping, root, "an OpenAPI document") else { return }
        check(root, against: Self.document, in: "the document")
        for pair in root["paths"]?.pairs ?? [] {
            guard pair.value.isMapping else {
                report(.mapping, pair.value, "path item '\(pair.key)'")
                continue
            }
            check(pair.value, against: Self.pathItem, in: "path item '\(pair.key)'")
            for entry in pair.value.pairs ?? [] where SpecMerger.methods.contains(entry.key) {
                guard expect(.mapping, entry.value, "operation '\(entry.key.uppercased()) \(pair.key)'") else { continue }
                check(entry.value, against: Self.operation, in: "operation '\(entry.key.uppercased()) \(pair.key)'")
            }
        }
        for kind in root["components"]?.pairs ?? [] {
            guard expect(.mapping, kind.value, "components.\(kind.key)", nullIsEmpty: true) else { continue }
            guard kind.key == "schemas" else { continue }
            for entry in kind.value.pairs ?? [] { check(schema: entry.value, named: entry.key, depth: 0) }
        }
    }

    private mutating func check(schema node: Node, named name: String, depth: Int) {
        // `true`/`false` are schemas too; deeper nesting than this is left to the resolver's limits.
        guard node.isMapping, depth < 64 else { return }
        check(node, against: Self.schema, in: "schema '\(name)'")
        for pair in node["properties"]?.pairs ?? [] {
            check(schema: pair.value, named: "\(name).\(pair.key)", depth: depth + 1)
        }
        for item in node["required"]?.items ?? [] where item.scalar == nil {
            report(.string, item, "an entry of 'required' in schema '\(name)'")
        }
        for key in ["items", "additionalProperties", "not"] {
            if let child = node[key] { check(schema: child, named: "\(name).\(key)", depth: depth + 1) }
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for member in node[key]?.items ?? [] { check(schema: member, named: name, depth: depth + 1) }
        }
    }

    private mutating func check(_ node: Node, against shapes: [String: Shape], in context: String) {
        for pair in node.pairs ?? [] {
            guard let shape = shapes[pair.key] else { continue }
            expect(shape, pair.value, "'\(pair.key)' in \(context)", nullIsEmpty: true)
        }
    }

    /// Whether `node` has `shape`, reporting it when not. With `nullIsEmpty`, a null where a list
    /// or mapping belongs (`parameters:` with nothing after it) is read as an empty one, with a
    /// warning: its meaning is clear, and later stages read a null as nothing there.
    @discardableResult
    private mutating func expect(_ shape: Shape, _ node: Node, _ what: String, nullIsEmpty: Bool = false) -> Bool {
        if nullIsEmpty, shape != .string, node.scalar != nil, node.jsonKind == .null {
            diagnostics.warning("\(what) is null; read as an empty \(shape == .sequence ? "list" : "mapping")", at: node.mark)
            return true
        }
        guard shape.matches(node) else {
            report(shape, node, what)
            return false
        }
        return true
    }

    private mutating func report(_ shape: Shape, _ node: Node, _ what: String) {
        diagnostics.error("\(what) must be \(shape.rawValue), not \(Self.describe(node))", at: node.mark)
    }

    private static func describe(_ node: Node) -> String {
        switch node.value {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            switch scalar.jsonKind {
            case .null: return "null"
            case .boolean: return "a boolean"
            case .integer, .number: return "a number"
            default: return "a string"
            }
        }
    }
}
