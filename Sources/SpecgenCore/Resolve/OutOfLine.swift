/// Keeps big values out of line. A Swift struct stores the structs of its properties inline, so
/// every copy, comparison or release of GitHub's `IssueEvent` walks the fields of the issue, the
/// repository and the users inside it, and the compiler writes that walk out for every type on
/// the way (its value witnesses and outlined copies were most of the machine code of a type file).
/// A property whose struct stores more than ``limit`` values inline is boxed instead (`@Boxed`:
/// one reference, the property's type unchanged), and a union whose largest case would is
/// `indirect`. GitHub's output builds with 7-8% less compiler time.
enum OutOfLine {
    /// How many values a struct or union may store inline and still be stored inline itself.
    static let limit = 4

    /// Boxes the properties that hold a struct storing more than ``limit`` values inline.
    static func boxLargeProperties(in types: inout [TypeDecl]) {
        let sizes = inlineSizes(of: types)
        for index in types.indices {
            guard case .object(var shape) = types[index].kind else { continue }
            var changed = false
            for property in shape.properties.indices where !shape.properties[property].isBoxed {
                guard let target = structure(shape.properties[property].type, in: types), sizes[target] > limit else { continue }
                shape.properties[property].isBoxed = true
                changed = true
            }
            if changed { types[index].kind = .object(shape) }
        }
    }

    /// By declaration index: whether it is a union whose largest case stores more than ``limit``
    /// values inline, so it is declared `indirect`.
    static func largeUnions(in types: [TypeDecl]) -> [Bool] {
        let sizes = inlineSizes(of: types)
        return types.indices.map { index in
            switch types[index].kind {
            case .taggedUnion, .kindUnion, .shapeUnion:
                largestCase(of: types[index].kind) { type in
                    if case .named(let id) = type { return sizes[id.index] }
                    return 1
                } > limit
            case .object, .stringEnum, .alias: false
            }
        }
    }

    /// The declaration a reference names, through aliases, when that is a struct.
    private static func structure(_ type: TypeRef, in types: [TypeDecl]) -> Int? {
        guard case .named(var id) = type else { return nil }
        // Alias cycles were reported and broken before; the bound only guards against them.
        var steps = 0
        while case .alias(.named(let next)) = types[id.index].kind, steps < types.count {
            id = next
            steps += 1
        }
        if case .object = types[id.index].kind { return id.index }
        return nil
    }

    /// By declaration index: how many values a value of it stores inline, once boxed properties
    /// and `indirect` unions count one each. A declaration met again while its own size is being
    /// counted (a cycle, which boxing or `indirect` breaks) counts one.
    private static func inlineSizes(of types: [TypeDecl]) -> [Int] {
        var sizes = Array(repeating: 0, count: types.count)
        var state = Array(repeating: Visit.new, count: types.count)
        // The size of what `type` names: as a property stores it (a large struct boxed), or as a
        // union's case does.
        func size(of type: TypeRef, asProperty: Bool) -> Int {
            guard case .named(let id) = type, state[id.index] == .done else { return 1 }
            if asProperty, sizes[id.index] > limit, structure(type, in: types) != nil { return 1 }
            return sizes[id.index]
        }
        for root in types.indices where state[root] == .new {
            // Depth first, iteratively: a declaration is sized once everything it stores inline is.
            var stack = [root]
            while let index = stack.last {
                if state[index] == .new {
                    state[index] = .open
                    stack.append(contentsOf: CycleBreaker.directReferences(of: types[index].kind).filter { state[$0] == .new })
                    continue
                }
                stack.removeLast()
                guard state[index] == .open else { continue }
                state[index] = .done
                switch types[index].kind {
                case .object(let shape):
                    let stored = shape.properties.filter { $0.constant == nil || $0.constant == .null }
                    sizes[index] = stored.reduce(shape.additionalProperties == nil ? 0 : 1) { total, property in
                        total + (property.isBoxed ? 1 : size(of: property.type, asProperty: true))
                    }
                case .stringEnum: sizes[index] = 1
                case .alias(let type): sizes[index] = size(of: type, asProperty: false)
                case .taggedUnion, .kindUnion, .shapeUnion:
                    let largest = largestCase(of: types[index].kind) { size(of: $0, asProperty: false) }
                    sizes[index] = largest > limit ? 1 : 1 + largest
                }
            }
        }
        return sizes
    }

    private enum Visit {
        case new, open, done
    }

    private static func largestCase(of kind: TypeDecl.Kind, size: (TypeRef) -> Int) -> Int {
        kind.payloads.map(size).max() ?? 0
    }
}
