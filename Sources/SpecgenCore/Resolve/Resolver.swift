/// The Resolve stage: turns the merged ``SpecSet`` into an ``APIModel`` with no `$ref` left.
///
/// Every component schema gets its ``TypeID`` and Swift name before any is converted, so forward
/// and cyclic references cost nothing. Inline schemas that need a declaration of their own
/// (objects, enums, unions) are nested in the declaration that holds them.
public struct Resolver {
    /// The names the output uses besides the API's, which the API's names go around.
    public var reserved: ReservedNames
    /// True when a server is generated: what its router cannot read back is warned of.
    public var serving: Bool

    public init(reserved: ReservedNames = ReservedNames(), serving: Bool = false) {
        self.reserved = reserved
        self.serving = serving
    }

    /// Resolves `spec`. `componentsDeclared` receives, as soon as the component schemas (and what
    /// they reach) are converted and before the operations are, a function that finishes their
    /// declarations: nothing the operations add changes them, so what it returns are the first
    /// declarations of the model this returns, exactly. It may run on another thread.
    public func resolve(
        _ spec: SpecSet, diagnostics: inout Diagnostics,
        componentsDeclared: (@escaping @Sendable () -> [TypeDecl]) -> Void = { _ in }
    ) -> APIModel {
        let space = TypeSpace(spec: spec, reserved: reserved, serving: serving)
        space.declareComponents()
        let components = space.finishedDeclarations()
        componentsDeclared {
            var discarded = Diagnostics()
            return Self.finished(components, operationsFrom: components.count, diagnostics: &discarded)
        }
        let endpoints = spec.operations.compactMap { space.endpoint($0) }
        let schemes = space.securitySchemes()
        let servers = space.serverList()
        let server = space.defaultURL(of: spec.servers?.items?.first)
        diagnostics.append(contentsOf: space.diagnostics)
        let types = Self.finished(space.finishedDeclarations(), operationsFrom: components.count, diagnostics: &diagnostics)
        return APIModel(
            title: spec.title, server: server, servers: servers, types: types, endpoints: endpoints,
            securitySchemes: schemes, errorBodies: Self.errorBodies(of: endpoints, types: types), headerSets: space.headerSets)
    }

    /// The passes that look at all declarations at once: alias cycles, boxed recursion, boxed
    /// large values, shared copies, the order unions try their members in, and which unions are
    /// `indirect`. Each decides a declaration
    /// from it and those before it, so the passes give a prefix of the declarations what they
    /// give it inside the whole. The declarations from `operationsFrom` on are those the
    /// operations made (parameters, bodies, responses).
    static func finished(_ declarations: [TypeDecl], operationsFrom: Int, diagnostics: inout Diagnostics) -> [TypeDecl] {
        var types = declarations
        CycleBreaker.reportAliasCycles(in: &types, diagnostics: &diagnostics)
        CycleBreaker.boxRecursiveProperties(in: &types)
        OutOfLine.boxLargeProperties(in: &types)
        SharedDeclarations.share(in: &types, operationsFrom: operationsFrom)
        ShapeOrder.mostSpecificFirst(in: &types)
        let recursive = CycleBreaker.recursiveDeclarations(in: types)
        let large = OutOfLine.largeUnions(in: types)
        for index in types.indices { types[index].isIndirect = recursive[index] || large[index] }
        return types
    }

    /// Each type documented as an error body, once, with its case name in `ErrorBody`.
    private static func errorBodies(of endpoints: [Endpoint], types: [TypeDecl]) -> [ErrorBodyCase] {
        var cases: [ErrorBodyCase] = []
        var names = NameScope()
        for response in endpoints.lazy.flatMap(\.responses) where !response.isSuccess {
            guard let type = response.type, !cases.contains(where: { $0.type == type }) else { continue }
            let name = SwiftNamer.caseName(for: type) { types[$0.index].name }
            cases.append(ErrorBodyCase(type: type, swiftName: names.claim(name)))
        }
        return cases
    }
}

/// Where an inline schema sits, which names the declaration it may need.
struct Place {
    /// The declaration to nest a new declaration in; nil for a top-level one.
    var parent: TypeID?
    /// The raw name to derive the Swift name from (a property name, `Response`, ...).
    var name: String
    var pointer: String

    /// A place below this one; `suffix` is the JSON pointer path to it, already escaped.
    func child(_ name: String, pointer suffix: String) -> Place {
        Place(parent: parent, name: name, pointer: pointer + "/" + suffix)
    }

    static func escape(_ segment: String) -> String {
        Reference.escaped(segment)
    }
}

/// What a schema resolves to where it is used: a type, whether null is allowed, and its constant.
struct Resolved {
    var type: TypeRef
    var allowsNull = false
    var constant: JSONLiteral?

    /// The type where it stands alone, as a list element or dictionary value: optional when it
    /// may be `null` (a property holds `null` through its own optionality instead).
    var orNull: TypeRef {
        allowsNull && type != .json ? .optional(type) : type
    }
}
