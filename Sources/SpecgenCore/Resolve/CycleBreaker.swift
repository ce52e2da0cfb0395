/// Finds declarations that contain themselves without a collection between (a struct whose
/// property is, through other structs, the struct again), which Swift value types cannot hold,
/// and boxes the properties that close such cycles.
enum CycleBreaker {
    static func boxRecursiveProperties(in types: inout [TypeDecl]) {
        let components = StronglyConnected.components(count: types.count) { index in
            directReferences(of: types[index].kind)
        }
        for index in types.indices {
            guard case .object(var shape) = types[index].kind else { continue }
            var changed = false
            for property in shape.properties.indices {
                guard case .named(let target) = shape.properties[property].type,
                    components[target.index] == components[index]
                else { continue }
                shape.properties[property].isBoxed = true
                changed = true
            }
            if changed { types[index].kind = .object(shape) }
        }
    }

    /// Aliases that lead back to themselves (`A: {$ref: B}`, `B: {$ref: A}`) define no type: each is
    /// reported and becomes free-form JSON so the rest still generates.
    static func reportAliasCycles(in types: inout [TypeDecl], diagnostics: inout Diagnostics) {
        for index in types.indices {
            var seen: Set<Int> = [index]
            var current = index
            while case .alias(.named(let next)) = types[current].kind {
                guard seen.insert(next.index).inserted else {
                    if next.index == index {
                        diagnostics.error("$ref cycle: '\(types[index].name)' refers to itself through other references and defines no type", at: types[index].origin.mark)
                        types[index].kind = .alias(.json)
                    }
                    break
                }
                current = next.index
            }
        }
    }

    /// Which declarations hold themselves through what they store inline (a union whose case is,
    /// through other declarations, the union again), so that such an enum is made `indirect`.
    static func recursiveDeclarations(in types: [TypeDecl]) -> [Bool] {
        let edges = types.map { directReferences(of: $0.kind) }
        let components = StronglyConnected.components(count: types.count) { edges[$0] }
        var sizes = Array(repeating: 0, count: types.count)
        for component in components { sizes[component] += 1 }
        return types.indices.map { sizes[components[$0]] > 1 || edges[$0].contains($0) }
    }

    /// Declarations a value of `kind` stores inline (not behind an array or dictionary).
    static func directReferences(of kind: TypeDecl.Kind) -> [Int] {
        func named(_ type: TypeRef?) -> Int? {
            if case .named(let id) = type { return id.index }
            return nil
        }
        switch kind {
        case .object(let shape): return shape.properties.compactMap { named($0.type) }
        case .taggedUnion(let union): return union.cases.compactMap { named($0.type) }
        case .kindUnion(let cases): return cases.compactMap { named($0.type) }
        case .shapeUnion(let cases): return cases.map(\.type).compactMap(named)
        case .alias(let type): return named(type).map { [$0] } ?? []
        case .stringEnum: return []
        }
    }
}

/// Tarjan's algorithm, iterative so that deep graphs cannot exhaust the stack.
enum StronglyConnected {
    /// The component number of each node; nodes on a common cycle share one.
    static func components(count: Int, edges: (Int) -> [Int]) -> [Int] {
        var index = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var component = Array(repeating: -1, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var nextComponent = 0
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, successors: [Int], position: Int)] = [(root, edges(root), 0)]
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].position < work[top].successors.count {
                    let next = work[top].successors[work[top].position]
                    work[top].position += 1
                    if index[next] < 0 {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, edges(next), 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = nextComponent
                    if member == node { break }
                }
                nextComponent += 1
            }
        }
        return component
    }
}
