/// The Resolve stage: turns the merged ``SpecSet`` into an ``APIModel`` with no `$ref` left.
///
/// Every component schema gets its ``TypeID`` and Swift name before any is converted, so forward
/// and cyclic references cost nothing. Inline schemas that need a declaration of their own
/// (objects, enums, unions) are nested in the declaration that holds them.
public struct Resolver {
    public init() {}

    /// Resolves `spec`. `componentsDeclared` receives the declarations of the
    /// component schemas (and of what they reach) as soon as they are converted, before the
    /// operations are: nothing the operations add changes them, so after ``finished(_:diagnostics:)``
    /// they are the first declarations of the model this returns, exactly.
    public func resolve(
        _ spec: SpecSet, diagnostics: inout Diagnostics, componentsDeclared: ([TypeDecl]) -> Void = { _ in }
    ) -> APIModel {
        let space = TypeSpace(spec: spec)
        space.declareComponents()
        let components = space.finishedDeclarations()
        componentsDeclared(components)
        let endpoints = spec.operations.compactMap { space.endpoint($0) }
        let schemes = space.securitySchemes()
        diagnostics.append(contentsOf: space.diagnostics)
        return APIModel(
            title: spec.title, server: spec.servers?.items?.first?["url"]?.text,
            types: Self.finished(space.finishedDeclarations(), operationsFrom: components.count, diagnostics: &diagnostics),
            endpoints: endpoints,
            securitySchemes: schemes)
    }

    /// The passes that look at all declarations at once: alias cycles, boxed recursion, boxed
    /// large values, shared copies. Each decides a declaration from it and those before it, so the passes give a
    /// prefix of the declarations what they give it inside the whole. The declarations from
    /// `operationsFrom` on are those the operations made (parameters, bodies, responses).
    public static func finished(_ declarations: [TypeDecl], operationsFrom: Int, diagnostics: inout Diagnostics) -> [TypeDecl] {
        var types = declarations
        CycleBreaker.reportAliasCycles(in: &types, diagnostics: &diagnostics)
        CycleBreaker.boxRecursiveProperties(in: &types)
        OutOfLine.boxLargeProperties(in: &types)
        SharedDeclarations.share(in: &types, operationsFrom: operationsFrom)
        return types
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
}
