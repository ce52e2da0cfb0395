/// Makes the decisions for `Client.swift`: method names and signatures, request building, how each
/// documented response is read, and the credentials the security schemes need.
struct ClientBuilder {
    let model: APIModel
    let names: TypeNames
    let access: String

    init(model: APIModel, access: String) {
        self.model = model
        self.names = TypeNames(model: model)
        self.access = access
    }

    func context(header: String) -> ClientContext {
        let title = model.title.map { "A client for \($0)." } ?? "A client for the API."
        return ClientContext(
            header: header, access: access, docLines: SwiftLiteral.docComment(SwiftLiteral.docLine(title)),
            defaultServer: SwiftLiteral.string(model.server ?? ""),
            operations: model.endpoints.flatMap(operations), operationTypes: model.headerSets.flatMap { [""] + headerDeclaration($0) } + model.endpoints.flatMap { endpoint in
                [choiceDeclaration(endpoint), outcomeDeclaration(endpoint)].flatMap { $0.isEmpty ? [] : [""] + $0 }
            },
            servers: serverLines(), credentials: model.securitySchemes.map(credential),
            errorBodies: model.errorBodies.map { "case \(SwiftNamer.escaped($0.swiftName))(\(names.spelling($0.type)))" })
    }

    private func credential(_ scheme: SecurityScheme) -> CredentialContext {
        let property = SwiftNamer.escaped(scheme.swiftName)
        var docs = SwiftLiteral.docComment(scheme.documentation)
        let apply: String
        switch scheme.kind {
        case .apiKey(let header, .header):
            apply = "request.setHeader(\(SwiftLiteral.string(header)), value)"
        case .apiKey(let parameter, .query):
            apply = "request.addQuery(\(SwiftLiteral.string(parameter)), value)"
        // Resolve refuses an API key in the path; the pattern only completes the switch.
        case .apiKey(let cookie, .cookie), .apiKey(let cookie, .path):
            apply = "request.addCookie(\(SwiftLiteral.string(cookie)), value)"
        case .bearer:
            apply = "request.setHeader(\"Authorization\", \"Bearer \" + value)"
        case .basic:
            if docs.isEmpty { docs = ["/// `user:password` for HTTP basic authentication."] }
            apply = "request.setHeader(\"Authorization\", \"Basic \" + Data(value.utf8).base64EncodedString())"
        }
        let name = SwiftLiteral.string(scheme.name)
        return CredentialContext(
            docLines: docs, declaration: "\(access) var \(property): String?",
            initParameter: "\(property): String? = nil", initAssignment: "self.\(property) = \(property)",
            valueLine: "case \(name): \(property)", applyLines: ["case \(name):", "    \(apply)"])
    }
}
