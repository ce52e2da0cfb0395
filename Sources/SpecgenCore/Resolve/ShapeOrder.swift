/// The order a union tried by shape tries its members in.
enum ShapeOrder {
    /// Members that require more properties are tried first, then those that list more: when
    /// members overlap (Lob's letter is `oneOf` a regular, a registered and a certified letter,
    /// none closed to other properties), the first member that decodes wins, and a less specific
    /// one would decode a certified letter and drop its tracking number. Members that are not
    /// objects keep their places among themselves. Only the order changes, never a case's name.
    static func mostSpecificFirst(in types: inout [TypeDecl]) {
        for index in types.indices {
            guard case .shapeUnion(let cases) = types[index].kind else { continue }
            let keys = cases.map { specificity(of: $0.type, in: types) }
            let order = cases.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
            types[index].kind = .shapeUnion(order.map { cases[$0] })
        }
    }

    /// How many properties a member's struct requires and lists; zero for anything else.
    private static func specificity(of type: TypeRef, in types: [TypeDecl]) -> Specificity {
        var seen: Set<TypeID> = []
        var current = type
        while case .named(let id) = current, seen.insert(id).inserted {
            switch types[id.index].kind {
            case .alias(let target): current = target
            case .object(let shape):
                return Specificity(required: shape.properties.filter(\.isRequired).count, listed: shape.properties.count)
            default: return Specificity(required: 0, listed: 0)
            }
        }
        return Specificity(required: 0, listed: 0)
    }

    private struct Specificity: Comparable {
        var required: Int
        var listed: Int

        static func < (lhs: Specificity, rhs: Specificity) -> Bool {
            (lhs.required, lhs.listed) < (rhs.required, rhs.listed)
        }
    }
}
