import SpecgenCore
import TestSupport

extension PageSpec {
    /// `json` with each placeholder (`"<string>"`) that stands where its schema fixes a constant or
    /// asks for a URL made a value of that kind. Docs sites write `"<string>"` for a nested
    /// `object` constant (get-an-event's searches) and for a URL, which no client can decode as
    /// one; every other value stays as the page shows it.
    func filledIn(_ json: JSONTree, as schema: Node) -> JSONTree {
        let schema = resolved(schema)
        switch json {
        case .string(let text) where text.hasPrefix("<") && text.hasSuffix(">"):
            if let constant = schema["const"]?.text ?? schema["enum"]?.items.flatMap({ $0.count == 1 ? $0[0].text : nil }) {
                return .string(constant)
            }
            return schema["format"]?.text == "uri" ? .string("https://example.com/") : json
        case .object(let members):
            var filled = members
            for (key, value) in members {
                if let inner = property(key, of: schema) { filled[key] = filledIn(value, as: inner) }
            }
            return .object(filled)
        case .array(let items):
            return .array(schema["items"].map { itemSchema in items.map { filledIn($0, as: itemSchema) } } ?? items)
        default:
            return json
        }
    }

    /// The schema a component `$ref` or a one-element `allOf` stands for.
    private func resolved(_ schema: Node) -> Node {
        var schema = schema
        for _ in 0..<16 {
            if let ref = schema["$ref"]?.text, let target = spec.component("schemas", String(ref.split(separator: "/").last!)) {
                schema = target
            } else if let parts = schema["allOf"]?.items, parts.count == 1 {
                schema = parts[0]
            } else {
                break
            }
        }
        return schema
    }

    private func property(_ name: String, of schema: Node) -> Node? {
        schema["properties"]?[name] ?? (schema["allOf"]?.items ?? []).lazy.compactMap { resolved($0)["properties"]?[name] }.first
    }
}
