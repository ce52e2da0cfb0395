extension SpecMerger {
    /// Where a definition comes from: how precise its source is, and the document it is in (for
    /// its `$ref`s), when it is not yet merged.
    struct Source {
        var root: Node?
        var precision: SourcePrecision
    }

    /// Keys that only document an operation: the kept definition takes them from the other when it
    /// has none (a rendered page's SDK sample names an operation an OpenAPI document leaves unnamed).
    static let documentationKeys = ["summary", "description", "x-codeSamples", "externalDocs"]

    /// The more precise of two definitions of one operation, documented from both, after a warning
    /// for each type or required flag on which the other disagrees.
    func merging(kept: (SpecSet.Operation, Source), other: (SpecSet.Operation, Source), diagnostics: inout Diagnostics) -> SpecSet.Operation {
        let subject = "'\(kept.0.method.uppercased()) \(kept.0.path)'"
        let comparison = SchemaComparison(keptTarget: target(in: kept.1), otherTarget: target(in: other.1))
        var found = compareParameters(kept, other, comparison) + compareBodies(kept, other, comparison)
        let otherResponses = other.0.node["responses"]
        for response in kept.0.node["responses"]?.pairs ?? [] {
            guard let counterpart = otherResponses?[response.key],
                let keptSchema = jsonSchema(resolved(response.value, kept.1)), let otherSchema = jsonSchema(resolved(counterpart, other.1))
            else { continue }
            found += comparison.differences(keptSchema, otherSchema).map { ($0, "the \(response.key) response") }
        }
        for (difference, place) in found {
            warn(difference, subject: subject, where: place, kept: kept.1, &diagnostics)
        }
        var merged = kept.0
        for key in Self.documentationKeys where merged.node[key] == nil {
            if let value = other.0.node[key] { merged.node = merged.node.setting(key, to: value) }
        }
        return merged
    }

    /// A difference and the part of the operation it is in (`query parameter 'limit'`).
    typealias PlacedDifference = (SchemaComparison.Difference, String)

    private func compareParameters(
        _ kept: (SpecSet.Operation, Source), _ other: (SpecSet.Operation, Source), _ comparison: SchemaComparison
    ) -> [PlacedDifference] {
        var found: [PlacedDifference] = []
        let others = parameters(of: other.0, other.1)
        for parameter in parameters(of: kept.0, kept.1) {
            guard let name = parameter["name"]?.text, let location = parameter["in"]?.text,
                let counterpart = others.first(where: { $0["name"]?.text == name && $0["in"]?.text == location })
            else { continue }
            let place = "\(location) parameter '\(name)'"
            let isRequired = { (node: Node) in location == "path" || node["required"]?.scalar?.boolValue == true }
            if isRequired(parameter) != isRequired(counterpart) {
                let flag = { (node: Node) in isRequired(node) ? "required" : "optional" }
                found.append((.init(path: "", kept: flag(parameter), other: flag(counterpart), keptMark: parameter.mark, otherMark: counterpart.mark), place))
            }
            guard let keptSchema = parameter["schema"], let otherSchema = counterpart["schema"] else { continue }
            found += comparison.differences(keptSchema, otherSchema).map { ($0, place) }
        }
        return found
    }

    private func compareBodies(
        _ kept: (SpecSet.Operation, Source), _ other: (SpecSet.Operation, Source), _ comparison: SchemaComparison
    ) -> [PlacedDifference] {
        let place = "the request body"
        let keptBody = kept.0.node["requestBody"].map { resolved($0, kept.1) }
        let otherBody = other.0.node["requestBody"].map { resolved($0, other.1) }
        switch (keptBody, otherBody) {
        case (nil, let body?):
            return [(.init(path: "", kept: "absent", other: "present", keptMark: kept.0.node.mark, otherMark: body.mark), place)]
        case (let body?, nil):
            return [(.init(path: "", kept: "present", other: "absent", keptMark: body.mark, otherMark: other.0.node.mark), place)]
        case (let keptBody?, let otherBody?):
            guard let keptSchema = jsonSchema(keptBody), let otherSchema = jsonSchema(otherBody) else { return [] }
            return comparison.differences(keptSchema, otherSchema).map { ($0, place) }
        case (nil, nil):
            return []
        }
    }

    /// The operation's parameters and its path item's, `$ref`s followed.
    private func parameters(of operation: SpecSet.Operation, _ source: Source) -> [Node] {
        ((operation.node["parameters"]?.items ?? []) + operation.pathParameters).map { resolved($0, source) }
    }

    /// The schema of a body's or response's JSON content.
    private func jsonSchema(_ node: Node) -> Node? {
        node["content"]?.pairs?.first { $0.key.contains("json") }?.value["schema"]
    }

    private func resolved(_ node: Node, _ source: Source) -> Node {
        node["$ref"]?.text.flatMap(target(in: source)) ?? node
    }

    /// Finds a local `$ref`'s target in the source's own document, else among the merged components.
    func target(in source: Source) -> (String) -> Node? {
        let set = self.set
        return { ref in
            guard ref.hasPrefix("#/") else { return nil }
            let pointer = ref.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false)
                .map { String($0).replacingOccurrences("~1", "/").replacingOccurrences("~0", "~") }
            if let found = source.root?.descendant(at: pointer) { return found }
            guard pointer.count == 3, pointer[0] == "components" else { return nil }
            return set.component(pointer[1], pointer[2])
        }
    }

    /// A located warning at the less precise definition, with a note at the one kept.
    func warn(
        _ difference: SchemaComparison.Difference, subject: String, where place: String, kept: Source, _ diagnostics: inout Diagnostics
    ) {
        let keptFile = set.relativePaths[difference.keptMark.file] ?? "another file"
        let otherFile = set.relativePaths[difference.otherMark.file] ?? "another file"
        let quoted = "'\(difference.path)'"
        let what = switch (place.isEmpty, difference.path.isEmpty) {
        case (true, true): "it"
        case (true, false): quoted
        case (false, true): place
        case (false, false): "\(place)'s \(quoted)"
        }
        diagnostics.warning(
            "\(subject) in \(otherFile) disagrees with \(keptFile): \(what) is \(difference.other) here and \(difference.kept) there; \(kept.precision.noun)'s is used",
            at: difference.otherMark, notes: [.init("\(kept.precision.noun)'s definition is here", at: difference.keptMark)])
    }
}
