/// Declares once the nested types a spec writes out again and again: Stripe repeats its address,
/// `metadata` and category enums inline in hundreds of places, a third of its Swift. A nested
/// declaration that is the same type as an earlier one (the same properties or cases with the same
/// doc comments, and the same declarations nested in it; only its own name and description may
/// differ) becomes a typealias of that one. It keeps its name, its description and, through the
/// alias, the names nested in it, so the generated API reads the same while the compiler sees
/// each type once. The top-level declarations the operations make are shared the same way
/// (GitHub's 24 copies of its `{code, message, documentation_url}` error body, its `asc`/`desc`
/// parameter enums); a component schema stays a type of its own, as the spec named it.
enum SharedDeclarations {
    /// Shares the copies among `types`, of which those from `operationsFrom` on came from the
    /// operations.
    static func share(in types: inout [TypeDecl], operationsFrom: Int) {
        var children: [[Int]] = Array(repeating: [], count: types.count)
        for (index, declaration) in types.enumerated() {
            if let parent = declaration.parent { children[parent.index].append(index) }
        }
        // Declarations are visited parents first and in model order, so the first of equal types
        // is the one written out, and a copy's nested declarations go with it.
        var firsts: [Signature: Int] = [:]
        var pending = Array(types.indices.filter { types[$0].parent == nil }.reversed())
        while let index = pending.popLast() {
            if types[index].parent != nil || index >= operationsFrom, !types[index].kind.isAlias {
                let signature = signature(of: index, in: types, children: children)
                if let first = firsts[signature] {
                    types[index].kind = .alias(.named(TypeID(first)))
                    continue
                }
                firsts[signature] = index
            }
            pending.append(contentsOf: children[index].reversed())
        }
    }

    /// A declaration's members with their hash computed once: a signature can hold hundreds of
    /// properties, and hashing it again on every lookup and every table resize cost more than
    /// building it.
    private struct Signature: Hashable {
        let members: [Member]
        let digest: Int

        init(_ members: [Member]) {
            self.members = members
            digest = members.hashValue
        }

        static func == (lhs: Signature, rhs: Signature) -> Bool {
            lhs.digest == rhs.digest && lhs.members == rhs.members
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
        }
    }

    /// What makes a declaration the type it is, apart from its own name and documentation.
    private struct Member: Hashable {
        var name: String
        var documentation: String?
        var kind: TypeDecl.Kind
    }

    /// The declaration at `root` with those nested in it, in order; a reference inside that subtree
    /// is written as its position there (negative, so it cannot be a real id), so equal subtrees in
    /// different places read the same.
    private static func signature(of root: Int, in types: [TypeDecl], children: [[Int]]) -> Signature {
        var order: [Int] = []
        var pending = [root]
        while let index = pending.popLast() {
            order.append(index)
            pending.append(contentsOf: children[index].reversed())
        }
        let positions = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return Signature(order.map { index in
            let declaration = types[index]
            let kind = declaration.kind.replacingReferences { id in
                positions[id.index].map { TypeID(-1 - $0) } ?? id
            }
            return index == root
                ? Member(name: "", documentation: nil, kind: kind)
                : Member(name: declaration.name, documentation: declaration.documentation, kind: kind)
        })
    }
}
