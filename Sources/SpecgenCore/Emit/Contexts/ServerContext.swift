import Mustache

/// Everything `Server.mustache` lays out: the handler protocol, the routes and the functions that
/// read each operation's request and write its response.
struct ServerContext: MustacheParent {
    var header: String
    var access: String
    var docLines: [String]
    var requirements: [RequirementContext]
    /// One `Route(...)` line per operation.
    var routes: [String]
    var operations: [ServerOperationContext]
    /// What the routes use besides: how documented headers are written, how an error body is.
    var support: [String]

    /// The names ``child(named:)`` answers, for checking `Server.mustache` before it renders.
    static let keys = TemplateKeys("the server", [
        "header": .text, "access": .text, "docLines": .texts, "requirements": .list(RequirementContext.keys), "routes": .texts,
        "operations": .list(ServerOperationContext.keys), "support": .texts,
    ])

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "access": access
        case "docLines": TemplateLines(docLines)
        case "requirements": requirements
        case "routes": TemplateLines(routes)
        case "operations": operations
        case "support": TemplateLines(support)
        default: nil
        }
    }
}

/// A method of the handler protocol.
struct RequirementContext: MustacheParent {
    var docLines: [String]
    /// `func getPet(id: Int) async throws -> Pet`.
    var signature: String
    /// True for every method but the first, which a blank line separates from the one before.
    var isSpaced = false

    /// The names ``child(named:)`` answers inside `{{#requirements}}`.
    static let keys = TemplateKeys("a handler method", ["docLines": .texts, "signature": .text, "isSpaced": .flag])

    func child(named name: String) -> Any? {
        switch name {
        case "isSpaced": isSpaced
        case "docLines": TemplateLines(docLines)
        case "signature": signature
        default: nil
        }
    }
}

/// The function that serves one operation.
struct ServerOperationContext: MustacheParent {
    var signature: String
    var bodyLines: [String]
    /// True for every function but the first, which a blank line separates from the one before.
    var isSpaced = false

    /// The names ``child(named:)`` answers inside `{{#operations}}`.
    static let keys = TemplateKeys("a served operation", ["signature": .text, "bodyLines": .texts, "isSpaced": .flag])

    func child(named name: String) -> Any? {
        switch name {
        case "isSpaced": isSpaced
        case "signature": signature
        case "bodyLines": TemplateLines(bodyLines)
        default: nil
        }
    }
}
