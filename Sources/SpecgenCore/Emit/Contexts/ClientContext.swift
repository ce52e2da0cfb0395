import Mustache

/// Everything `Client.mustache` lays out: the client, its operations, credentials and error bodies.
struct ClientContext: MustacheParent {
    var header: String
    var access: String
    var docLines: [String]
    var defaultServer: String
    var operations: [OperationContext]
    /// The enums operations declare, each after a blank line: the content types a caller picks a
    /// body from, and the documented success outcomes.
    var operationTypes: [String]
    /// A blank line and the enum of the document's servers; empty when it lists none.
    var servers: [String]
    var credentials: [CredentialContext]
    var errorBodies: [String]

    /// The names ``child(named:)`` answers, for checking `Client.mustache` before it renders.
    static let keys = TemplateKeys("the client", [
        "header": .text, "access": .text, "docLines": .texts, "defaultServer": .text,
        "operations": .list(OperationContext.keys), "operationTypes": .texts, "servers": .texts,
        "credentials": .list(CredentialContext.keys), "initParameters": .list(ListItem.keys), "errorBodies": .texts,
    ])

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "access": access
        case "docLines": TemplateLines(docLines)
        case "defaultServer": defaultServer
        case "operations": operations
        case "operationTypes": TemplateLines(operationTypes)
        case "servers": TemplateLines(servers)
        case "credentials": credentials
        case "initParameters": ListItem.list(credentials.map(\.initParameter))
        case "errorBodies": errorBodies
        default: nil
        }
    }
}

struct OperationContext: MustacheParent {
    var docLines: [String]
    /// `@available(*, deprecated, …)` for an operation the description deprecates.
    var attributes: [String] = []
    /// `deleteEnrichment(webset: String, id: String) async throws -> WebsetEnrichment`.
    var signature: String
    var bodyLines: [String]

    /// The names ``child(named:)`` answers inside `{{#operations}}`.
    static let keys = TemplateKeys("an operation", ["docLines": .texts, "attributes": .texts, "signature": .text, "bodyLines": .texts])

    func child(named name: String) -> Any? {
        switch name {
        case "docLines": TemplateLines(docLines)
        case "attributes": attributes
        case "signature": signature
        case "bodyLines": TemplateLines(bodyLines)
        default: nil
        }
    }
}

struct CredentialContext: MustacheParent {
    var docLines: [String]
    var declaration: String
    var initParameter: String
    var initAssignment: String
    /// The `case` of `Credentials.value(for:)` for this scheme.
    var valueLine: String
    /// The `case` of `Credentials.apply(_:_:to:)` for this scheme.
    var applyLines: [String]

    /// The names ``child(named:)`` answers inside `{{#credentials}}`.
    static let keys = TemplateKeys("a credential", [
        "docLines": .texts, "declaration": .text, "initAssignment": .text, "valueLine": .text, "applyLines": .texts,
    ])

    func child(named name: String) -> Any? {
        switch name {
        case "docLines": TemplateLines(docLines)
        case "declaration": declaration
        case "initAssignment": initAssignment
        case "valueLine": valueLine
        case "applyLines": applyLines
        default: nil
        }
    }
}

/// The context of `Support.mustache`.
struct SupportContext: MustacheParent {
    var header: String
    var access: String

    /// The names ``child(named:)`` answers, for checking `Support.mustache` before it renders.
    static let keys = TemplateKeys("the support file", ["header": .text, "access": .text])

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "access": access
        default: nil
        }
    }
}
