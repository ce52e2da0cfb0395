struct FollowKey: Hashable {
    var file: Int32
    var ref: String
}

/// The arena of declarations the Resolve stage fills: ids, names, and the schemas behind them.
final class TypeSpace {
    let spec: SpecSet
    var diagnostics = Diagnostics()
    private(set) var declarations: [TypeDecl?] = []
    /// Declarations by canonical key: `schemas/NAME` for components, `FILE#POINTER` for the rest.
    private var idsByKey: [String: TypeID] = [:]
    /// Names of the output's own and Swift's types, which the API's types take with `Model` after.
    private let reservedTypeNames: Set<String>
    private var topLevel: NameScope
    /// By declaration: the names of its nested types and of its members, which share one scope.
    private var nestedScopes: [TypeID: NameScope] = [:]
    private var nestedNames: Set<String> = []
    /// The client's members: its operations' methods beside what the templates declare in it.
    var clientMembers: NameScope
    /// The credentials' members: one per security scheme beside what the templates declare.
    var credentialsMembers: NameScope
    /// Places already warned about, for warnings many operations would repeat (the document's
    /// security requirement, a server's undefined variable).
    var reported: Set<Mark> = []
    /// The structs of response headers so far, by what they hold, so operations that document
    /// the same headers share one.
    var headerSets: [HeaderSet] = []
    var headerSetsByKey: [String: Int] = [:]
    /// Keys of `$ref`s being followed, to stop on cycles that define nothing.
    var following: Set<String> = []
    /// `$ref`s already followed, by the file they are written in and their text.
    var followed: [FollowKey: RefTarget] = [:]
    /// Where `$ref`s that cannot be followed are written: each is reported once, however many
    /// readings of its schema follow it.
    var brokenRefs: Set<Mark> = []
    /// True when a server is generated: what its router cannot read back is warned of.
    let serving: Bool

    init(spec: SpecSet, reserved: ReservedNames, serving: Bool = false) {
        self.spec = spec
        self.serving = serving
        reservedTypeNames = reserved.typeNames.union(SwiftNamer.standardTypeNames)
        topLevel = NameScope(reserved: reservedTypeNames)
        clientMembers = NameScope(reserved: reserved.clientMembers)
        credentialsMembers = NameScope(reserved: reserved.credentialsMembers)
    }

    /// An origin at `mark`, naming its file.
    func origin(_ pointer: String, at mark: Mark) -> Origin {
        Origin(pointer: pointer, mark: mark, file: spec.relativePaths[mark.file])
    }

    func declareComponents() {
        let schemas = spec.components["schemas"] ?? []
        var firstBySwiftName: [String: (name: String, mark: Mark)] = [:]
        let ids = schemas.map { entry in
            let swiftName = SwiftNamer.typeName(entry.name)
            let id = reserve(key: "schemas/\(entry.name)", name: swiftName, parent: nil,
                             origin: origin("#/components/schemas/\(Place.escape(entry.name))", at: entry.node.mark))
            if let first = firstBySwiftName[swiftName] {
                diagnostics.warning(
                    "schemas '\(first.name)' and '\(entry.name)' both map to the Swift name '\(swiftName)'; '\(entry.name)' is '\(self[id].name)'",
                    at: entry.node.mark, notes: [.init("'\(first.name)' is here", at: first.mark)])
            } else {
                firstBySwiftName[swiftName] = (entry.name, entry.node.mark)
            }
            return id
        }
        for (id, entry) in zip(ids, schemas) {
            if let target = adoptedTarget(of: entry.node) {
                idsByKey[target.key] = id
                define(id, from: target.node, pointer: target.pointer)
            } else {
                define(id, from: entry.node, pointer: "#/components/schemas/\(Place.escape(entry.name))")
            }
        }
    }

    /// A component that is only a `$ref` to a schema in another file (`Order: {$ref: order.yaml}`)
    /// is that schema, under the component's name, rather than an alias of a second declaration.
    private func adoptedTarget(of node: Node) -> RefTarget? {
        guard let pairs = node.pairs, pairs.count == 1, let ref = node["$ref"], let target = follow(ref),
            id(forKey: target.key) == nil
        else { return nil }
        return target
    }

    func finishedDeclarations() -> [TypeDecl] {
        declarations.map { $0! }
    }

    subscript(id: TypeID) -> TypeDecl { declarations[id.index]! }

    func id(forKey key: String) -> TypeID? { idsByKey[key] }

    /// Gives a declaration its id and Swift name; its kind is filled in by ``define(_:from:pointer:)``.
    func reserve(key: String?, name: String, parent: TypeID?, origin: Origin) -> TypeID {
        let id = TypeID(declarations.count)
        let swiftName = claim(name, parent: parent)
        declarations.append(TypeDecl(name: swiftName, parent: parent, kind: .alias(.json), origin: origin))
        if let key { idsByKey[key] = id }
        return id
    }

    private func claim(_ name: String, parent: TypeID?) -> String {
        let name = reservedTypeNames.contains(name) ? SwiftNamer.reservedTypeName(name) : name
        guard let parent else { return topLevel.claim(name, unless: nestedNames.contains) }
        // A nested name must not hide a top-level type; the parent's name tells them apart.
        let base = topLevel.contains(name) ? self[parent].name + name : name
        let claimed = claimInScope(of: parent, base, unless: topLevel.contains)
        nestedNames.insert(claimed)
        return claimed
    }

    /// A top-level name for a type the client declares itself (a request body's choice of content
    /// types), free of every type's name.
    func claimTopLevelName(_ name: String) -> String {
        topLevel.claim(reservedTypeNames.contains(name) ? SwiftNamer.reservedTypeName(name) : name, unless: nestedNames.contains)
    }

    /// A member's Swift name in the declaration `parent`: not one of its nested types', another
    /// member's, one of `reserved` (what the templates declare there), nor a top-level type's,
    /// which it would hide.
    func claimMember(_ name: String, in parent: TypeID, reserved: Set<String>) -> String {
        claimInScope(of: parent, name) { reserved.contains($0) || self.topLevel.contains($0) }
    }

    private func claimInScope(of parent: TypeID, _ name: String, unless isTaken: (String) -> Bool) -> String {
        // Claimed in place: a copy of the scope would copy its names at every claim.
        nestedScopes[parent, default: NameScope(reserved: ancestorNames(of: parent))].claim(name, unless: isTaken)
    }

    private func ancestorNames(of id: TypeID) -> Set<String> {
        var names: Set<String> = []
        var current: TypeID? = id
        while let next = current {
            names.insert(self[next].name)
            current = self[next].parent
        }
        return names
    }

    /// Fills in what the schema behind `id` declares.
    func define(_ id: TypeID, from node: Node, pointer: String) {
        let place = Place(parent: id, name: self[id].name, pointer: pointer)
        var declaration = self[id]
        declaration.documentation = SchemaReading.documentation(of: node)
        declaration.isDeprecated = SchemaReading.isDeprecated(node)
        if let kind = declarationKind(of: node, place: place) {
            declaration.kind = kind
        } else {
            // An alias cannot hold nested types, so what it needs is declared at the top level.
            let aliasPlace = Place(parent: nil, name: self[id].name, pointer: pointer)
            declaration.kind = .alias(type(of: node, at: aliasPlace).type)
        }
        declarations[id.index] = declaration
    }

    /// Declares a new type for an inline schema at `place` and returns its id.
    func declareInline(_ node: Node, at place: Place, name: String) -> TypeID {
        let id = reserve(key: nil, name: name, parent: place.parent, origin: origin(place.pointer, at: node.mark))
        declarations[id.index]!.documentation = SchemaReading.documentation(of: node)
        let inner = Place(parent: id, name: self[id].name, pointer: place.pointer)
        declarations[id.index]!.kind = declarationKind(of: node, place: inner) ?? .alias(.json)
        return id
    }
}
