extension ExampleSchemas {
    /// One schema for what two examples of one kind of object show: every property either shows,
    /// an object one shows as a known schema that schema, a value of two kinds left open (with a
    /// warning), a format both do not share dropped. The result does not depend on which example
    /// came first.
    mutating func merged(_ kept: Node, _ added: Node, in name: String, path: String) -> Node {
        if kept.hasSameContent(as: added) || added.pairs?.isEmpty == true { return kept }
        if kept.pairs?.isEmpty == true { return added }
        if kept["$ref"] != nil, added["type"]?.text == "object" { return kept }
        if added["$ref"] != nil, kept["type"]?.text == "object" { return added }
        let keptType = kept["$ref"]?.text ?? kept["type"]?.text
        guard keptType != nil, keptType == added["$ref"]?.text ?? added["type"]?.text else {
            return conflict(kept, added, in: name, path: path)
        }
        switch keptType {
        case "object": return mergedObject(kept, added, in: name, path: path)
        case "array":
            guard let keptItems = kept["items"] else { return added }
            guard let addedItems = added["items"] else { return kept }
            return kept.setting("items", to: merged(keptItems, addedItems, in: name, path: path + "[]"))
        default:
            return kept["format"]?.text == added["format"]?.text ? kept : kept.setting("format", to: nil)
        }
    }

    private mutating func mergedObject(_ kept: Node, _ added: Node, in name: String, path: String) -> Node {
        let keptProperties = kept["properties"]?.pairs ?? []
        let addedProperties = added["properties"]?.pairs ?? []
        var properties: [(String, Node)] = keptProperties.map { pair in
            let inner = path.isEmpty ? pair.key : "\(path).\(pair.key)"
            return (pair.key, added["properties"]?[pair.key].map { merged(pair.value, $0, in: name, path: inner) } ?? pair.value)
        }
        for pair in addedProperties where kept["properties"]?[pair.key] == nil {
            properties.append((pair.key, pair.value))
        }
        return kept.setting("properties", to: .mapping(properties, at: kept["properties"]?.mark ?? kept.mark))
    }

    /// A value examples show of different kinds: free-form, said so in its description.
    private mutating func conflict(_ kept: Node, _ added: Node, in name: String, path: String) -> Node {
        let note = "Examples show values of different kinds here, so any JSON value is read."
        guard kept["description"]?.text != note else { return kept }
        let describe = { (node: Node) in node["$ref"]?.text.map { "a '\($0.split(separator: "/").last!)'" } ?? node["type"]?.text.map { "a \($0)" } ?? "a value" }
        diagnostics.warning(
            "'\(path)' of \(name) is \(describe(added)) here and \(describe(kept)) in \(page(of: kept.mark)); it is read as any JSON value",
            at: added.mark)
        return .mapping([("description", .string(note, at: kept.mark))], at: kept.mark)
    }
}
