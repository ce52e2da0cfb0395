/// Which part of an API to generate: operations picked by id, tag or path, and whether schemas
/// no operation uses are dropped. Selecting anything prunes, so the subset is closed over exactly
/// the schemas it uses.
public struct Selection: Sendable, Equatable {
    /// Operation names as the client knows them (`operationId`, or the docs' call or title).
    public var operations: [String]
    public var tags: [String]
    /// Path templates (`/users/{id}`); a trailing `*` selects every path with that prefix.
    public var paths: [String]
    public var prune: Bool

    public init(operations: [String] = [], tags: [String] = [], paths: [String] = [], prune: Bool = false) {
        self.operations = operations
        self.tags = tags
        self.paths = paths
        self.prune = prune
    }

    public var isFiltering: Bool { !operations.isEmpty || !tags.isEmpty || !paths.isEmpty }

    func includes(_ operation: SpecSet.Operation) -> Bool {
        guard isFiltering else { return true }
        let name = OperationNaming.name(of: operation.node, method: operation.method, path: operation.path)
        if operations.contains(name) || operations.contains(SwiftNamer.methodName(for: name)) { return true }
        let operationTags = operation.node["tags"]?.items?.compactMap(\.text) ?? []
        if operationTags.contains(where: tags.contains) { return true }
        return paths.contains { pattern in
            pattern.hasSuffix("*") ? operation.path.hasPrefix(pattern.dropLast()) : operation.path == pattern
        }
    }
}

extension SpecSet {
    /// The operations `selection` picks, with only the component schemas they reach when it
    /// filters or prunes.
    public func selecting(_ selection: Selection) -> SpecSet {
        guard selection.isFiltering || selection.prune else { return self }
        var result = self
        result.operations = operations.filter(selection.includes)
        let used = reachableSchemas(from: result.operations.map(\.node) + result.operations.flatMap(\.pathParameters))
        result.components["schemas"] = (components["schemas"] ?? []).filter { used.contains($0.name) }
        result.componentIndex["schemas"] = Dictionary(
            uniqueKeysWithValues: (result.components["schemas"] ?? []).enumerated().map { ($1.name, $0) })
        return result
    }

    /// Names of the component schemas `roots` reach through `$ref`s, in any file and any component.
    func reachableSchemas(from roots: [Node]) -> Set<String> {
        var schemas: Set<String> = []
        var visited: Set<String> = []
        var pending = roots
        while let node = pending.popLast() {
            for ref in SpecLoader.references(in: node) {
                guard let text = ref.text, let base = relativePaths[ref.mark.file],
                    let reference = try? Reference.parse(text, in: base), visited.insert(reference.description).inserted
                else { continue }
                let pointer = reference.pointer
                if pointer.count == 3, pointer[0] == "components", let target = component(pointer[1], pointer[2]) {
                    if pointer[1] == "schemas" { schemas.insert(pointer[2]) }
                    pending.append(target)
                } else if let target = documents[reference.file]?.descendant(at: pointer) {
                    pending.append(target)
                }
            }
        }
        return schemas
    }
}
