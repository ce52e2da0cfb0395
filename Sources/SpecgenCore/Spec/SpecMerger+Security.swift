extension SpecMerger {
    /// Makes security schemes that authenticate the same way one scheme: pages of one API name
    /// its `x-api-key` header `api_key`, `apiKey` or `ApiKeyAuth`, and the client should ask for
    /// the key once. The name kept is the most precise source's (the first, among equals); every
    /// requirement naming another is rewritten to it.
    mutating func unifySecuritySchemes() {
        let schemes = set.components["securitySchemes"] ?? []
        let byPrecision = schemes.indices.sorted { lhs, rhs in
            let (left, right) = (precision(ofScheme: schemes[lhs].name), precision(ofScheme: schemes[rhs].name))
            return left != right ? left > right : lhs < rhs
        }
        var kept: [(name: String, node: Node)] = []
        var canonical: [String: String] = [:]
        for index in byPrecision {
            let scheme = schemes[index]
            if let same = kept.first(where: { Self.isSame($0.node, scheme.node, kind: "securitySchemes") }) {
                canonical[scheme.name] = same.name
            } else {
                kept.append(scheme)
            }
        }
        guard !canonical.isEmpty else { return }
        set.components["securitySchemes"] = schemes.filter { canonical[$0.name] == nil }
        set.componentIndex["securitySchemes"] = Dictionary(
            uniqueKeysWithValues: set.components["securitySchemes"]!.enumerated().map { ($0.element.name, $0.offset) })
        set.security = set.security.map { Self.renaming($0, canonical) }
        for index in set.operations.indices {
            guard let security = set.operations[index].node["security"] else { continue }
            set.operations[index].node = set.operations[index].node.setting("security", to: Self.renaming(security, canonical))
        }
    }

    private func precision(ofScheme name: String) -> SourcePrecision {
        precisions["securitySchemes/\(name)"] ?? .standard
    }

    /// A list of requirements with each scheme named by its canonical name, once per requirement.
    private static func renaming(_ security: Node, _ canonical: [String: String]) -> Node {
        guard let requirements = security.items else { return security }
        return .sequence(requirements.map { requirement in
            guard let pairs = requirement.pairs else { return requirement }
            var seen: Set<String> = []
            let renamed = pairs.compactMap { pair -> (String, Node)? in
                let name = canonical[pair.key] ?? pair.key
                return seen.insert(name).inserted ? (name, pair.value) : nil
            }
            return .mapping(renamed, at: requirement.mark)
        }, at: security.mark)
    }
}
