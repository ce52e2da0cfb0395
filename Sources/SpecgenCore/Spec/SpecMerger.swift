/// Folds documents into one ``SpecSet``: the same operation or component defined twice
/// identically is one. Defined differently by sources of one precision, it is an error that names
/// both places; by sources of different precision, the most precise is kept, and where they
/// disagree on a type or a required flag a warning names both.
struct SpecMerger {
    var set = SpecSet()
    private var operationIndex: [String: Int] = [:]
    /// How precise the source of each operation (by method and path) and component (by kind and
    /// name) is.
    private(set) var precisions: [String: SourcePrecision] = [:]
    /// Where each component's name is written, for the note on a conflicting duplicate.
    private var componentKeyMarks: [String: Mark] = [:]
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    mutating func merge(_ root: Node, precision: SourcePrecision = .standard, diagnostics: inout Diagnostics) {
        if set.title == nil { set.title = root["info"]?["title"]?.text }
        if set.version == nil { set.version = root["info"]?["version"]?.text }
        let ownServers = root["servers"].flatMap { servers in
            set.servers == nil || set.servers!.hasSameContent(as: servers) ? nil : servers
        }
        if set.servers == nil { set.servers = root["servers"] }
        let ownSecurity = root["security"].flatMap { security in
            set.security == nil || set.security!.hasSameContent(as: security) ? nil : security
        }
        if set.security == nil { set.security = root["security"] }
        if let webhooks = root["webhooks"], !(webhooks.pairs ?? []).isEmpty {
            diagnostics.warning("webhooks are not generated; they are skipped", at: webhooks.mark)
        }
        for pair in root["paths"]?.pairs ?? [] {
            mergePathItem(pair, from: Source(root: root, precision: precision), servers: ownServers, security: ownSecurity, diagnostics: &diagnostics)
        }
        for kind in root["components"]?.pairs ?? [] {
            for entry in kind.value.pairs ?? [] {
                mergeComponent(kind.key, entry, from: Source(root: root, precision: precision), diagnostics: &diagnostics)
            }
        }
    }

    /// Whether the API already has `method path` from a source at least as precise as `precision`.
    func defines(_ method: String, _ path: String, atLeast precision: SourcePrecision) -> Bool {
        precisions["\(method) \(path)"].map { $0 >= precision } ?? false
    }

    private mutating func mergePathItem(_ pair: Node.Pair, from source: Source, servers: Node?, security: Node?, diagnostics: inout Diagnostics) {
        guard let item = followPathItemRef(pair.value, diagnostics: &diagnostics) else { return }
        guard item.isMapping else {
            diagnostics.error("path item '\(pair.key)' must be a mapping", at: item.mark)
            return
        }
        let parameters = item["parameters"]?.items ?? []
        let pathServers = item["servers"] ?? servers
        for entry in item.pairs ?? [] where Self.methods.contains(entry.key.lowercased()) {
            // Multi-file layouts also keep each operation in a file of its own.
            guard var operation = followPathItemRef(entry.value, diagnostics: &diagnostics) else { continue }
            guard operation.isMapping else {
                diagnostics.error("operation '\(entry.key.uppercased()) \(pair.key)' must be a mapping", at: operation.mark)
                continue
            }
            if let security, operation["security"] == nil { operation = operation.setting("security", to: security) }
            add(SpecSet.Operation(path: pair.key, method: entry.key.lowercased(), node: operation,
                                  pathParameters: parameters, pathServers: pathServers), from: source, diagnostics: &diagnostics)
        }
    }

    /// A path item (or an operation) may be a `$ref` to a file (multi-file layouts keep one path
    /// per file).
    private func followPathItemRef(_ item: Node, diagnostics: inout Diagnostics) -> Node? {
        guard let ref = item["$ref"] else { return item }
        guard let text = ref.text, let base = set.relativePaths[ref.mark.file] else {
            diagnostics.error("$ref must be a string", at: ref.mark)
            return nil
        }
        do {
            let reference = try Reference.parse(text, in: base)
            guard let target = set.documents[reference.file]?.descendant(at: reference.pointer) else {
                diagnostics.error("unresolved $ref '\(text)'", at: ref.mark)
                return nil
            }
            return target
        } catch {
            diagnostics.error(error.message, at: ref.mark)
            return nil
        }
    }

    private mutating func add(_ operation: SpecSet.Operation, from source: Source, diagnostics: inout Diagnostics) {
        let key = "\(operation.method) \(operation.path)"
        guard let index = operationIndex[key] else {
            operationIndex[key] = set.operations.count
            precisions[key] = source.precision
            set.operations.append(operation)
            return
        }
        let existing = set.operations[index]
        guard !existing.node.hasSameContent(as: operation.node) else { return }
        let existingPrecision = precisions[key]!
        guard existingPrecision != source.precision else {
            diagnostics.error(
                "operation '\(operation.method.uppercased()) \(operation.path)' is defined twice, differently",
                at: operation.node.mark, notes: [.init("the other definition is here", at: existing.node.mark)])
            return
        }
        let merged = source.precision > existingPrecision
            ? merging(kept: (operation, source), other: (existing, Source(precision: existingPrecision)), diagnostics: &diagnostics)
            : merging(kept: (existing, Source(precision: existingPrecision)), other: (operation, source), diagnostics: &diagnostics)
        set.operations[index] = merged
        precisions[key] = max(existingPrecision, source.precision)
    }

    private mutating func mergeComponent(_ kind: String, _ entry: Node.Pair, from source: Source, diagnostics: inout Diagnostics) {
        let key = "\(kind)/\(entry.key)"
        guard let index = set.componentIndex[kind]?[entry.key] else {
            set.componentIndex[kind, default: [:]][entry.key] = set.components[kind, default: []].count
            componentKeyMarks[key] = entry.keyMark
            precisions[key] = source.precision
            set.components[kind, default: []].append((entry.key, entry.value))
            return
        }
        let existing = set.components[kind]![index].node
        guard !Self.isSame(existing, entry.value, kind: kind) else { return }
        let existingPrecision = precisions[key]!
        guard existingPrecision != source.precision else {
            diagnostics.error(
                "'\(entry.key)' in components.\(kind) is defined twice, differently",
                at: entry.keyMark,
                notes: [.init("the other definition is here", at: componentKeyMarks[key] ?? existing.mark)])
            return
        }
        let existingSource = Source(precision: existingPrecision)
        let (kept, other) = source.precision > existingPrecision ? ((entry.value, source), (existing, existingSource)) : ((existing, existingSource), (entry.value, source))
        if kind == "schemas" {
            let comparison = SchemaComparison(keptTarget: target(in: kept.1), otherTarget: target(in: other.1))
            let subject = "schema '\(entry.key)'"
            for difference in comparison.differences(kept.0, other.0) {
                warn(difference, subject: subject, where: "", kept: kept.1, &diagnostics)
            }
        }
        guard source.precision > existingPrecision else { return }
        set.components[kind]![index].node = entry.value
        componentKeyMarks[key] = entry.keyMark
        precisions[key] = source.precision
    }

    /// Security schemes are the same when they authenticate the same way, whatever they say of it.
    static func isSame(_ lhs: Node, _ rhs: Node, kind: String) -> Bool {
        guard kind == "securitySchemes" else { return lhs.hasSameContent(as: rhs) }
        return lhs.setting("description", to: nil).hasSameContent(as: rhs.setting("description", to: nil))
    }
}
