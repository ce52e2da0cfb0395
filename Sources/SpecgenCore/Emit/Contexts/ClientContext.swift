import Mustache

/// Everything `Client.mustache` lays out: the client, its operations, credentials and error bodies.
struct ClientContext: MustacheParent {
    var header: String
    var access: String
    var docLines: [String]
    var defaultServer: String
    var operations: [OperationContext]
    var credentials: [CredentialContext]
    var errorBodies: [String]

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "access": access
        case "docLines": docLines
        case "defaultServer": defaultServer
        case "operations": operations
        case "credentials": credentials
        case "hasCredentials": !credentials.isEmpty
        case "initParameters": ListItem.list(credentials.map(\.initParameter))
        case "errorBodies": errorBodies
        default: nil
        }
    }
}

struct OperationContext: MustacheParent {
    var docLines: [String]
    /// `deleteEnrichment(webset: String, id: String) async throws -> WebsetEnrichment`.
    var signature: String
    var bodyLines: [String]

    func child(named name: String) -> Any? {
        switch name {
        case "docLines": docLines
        case "signature": signature
        case "bodyLines": bodyLines
        default: nil
        }
    }
}

struct CredentialContext: MustacheParent {
    var docLines: [String]
    var declaration: String
    var initParameter: String
    var initAssignment: String
    /// The `case` of `Credentials.apply(_:to:)` for this scheme.
    var applyLines: [String]

    func child(named name: String) -> Any? {
        switch name {
        case "docLines": docLines
        case "declaration": declaration
        case "initAssignment": initAssignment
        case "applyLines": applyLines
        default: nil
        }
    }
}

/// The context of `Support.mustache`.
struct SupportContext: MustacheParent {
    var header: String
    var access: String

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "access": access
        default: nil
        }
    }
}
