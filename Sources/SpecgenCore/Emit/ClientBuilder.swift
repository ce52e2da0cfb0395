/// Makes the decisions for `Client.swift`: method names and signatures, request building, how each
/// documented response is read, and the credentials the security schemes need.
struct ClientBuilder {
    let model: APIModel
    let names: TypeNames
    let access: String
    let relativePaths: [Int32: String]
    /// The error body types, each with its `ErrorBody` case name.
    let errorCases: [(type: TypeRef, name: String)]

    init(model: APIModel, access: String, relativePaths: [Int32: String]) {
        self.model = model
        self.names = TypeNames(model: model)
        self.access = access
        self.relativePaths = relativePaths
        var cases: [(TypeRef, String)] = []
        var scope = NameScope()
        for endpoint in model.endpoints {
            for response in endpoint.responses where !response.isSuccess {
                guard let type = response.type, !cases.contains(where: { $0.0 == type }) else { continue }
                cases.append((type, SwiftNamer.escaped(scope.claim(Self.caseName(type, names: names)))))
            }
        }
        errorCases = cases
    }

    private static func caseName(_ type: TypeRef, names: TypeNames) -> String {
        if case .named(let id) = type { return SwiftNamer.memberName(names.model[id].name) }
        return SwiftNamer.memberName(names.spelling(type))
    }

    func context(header: String) -> ClientContext {
        var scope = NameScope(reserved: ["send", "serverURL", "credentials", "transport", "defaultServer"])
        let methodNames = model.endpoints.map { scope.claim(SwiftNamer.methodName(for: $0.name)) }
        let operations = zip(model.endpoints, methodNames).map { operation($0, name: $1) }
        var credentialScope = NameScope()
        let credentials = model.securitySchemes.map { credential($0, name: credentialScope.claim(SwiftNamer.memberName($0.name))) }
        let title = model.title.map { "A client for \($0)." } ?? "A client for the API."
        return ClientContext(
            header: header, access: access, docLines: ["/// \(SwiftLiteral.docLines(title).joined(separator: " "))"],
            defaultServer: SwiftLiteral.string(model.server ?? ""),
            operations: operations, credentials: credentials,
            errorBodies: errorCases.map { "case \($0.name)(\(names.spelling($0.type)))" })
    }

    private func credential(_ scheme: SecurityScheme, name: String) -> CredentialContext {
        let property = SwiftNamer.escaped(name)
        var docs = SwiftLiteral.docLines(scheme.documentation).map { $0.isEmpty ? "///" : "/// \($0)" }
        let apply: String
        switch scheme.kind {
        case .apiKey(let header, .header):
            apply = "request.setValue(\(property), forHTTPHeaderField: \(SwiftLiteral.string(header)))"
        case .apiKey(let parameter, .query):
            apply = "request.appendQuery(\(SwiftLiteral.string(parameter)), \(property))"
        case .apiKey(let cookie, _):
            apply = "request.addValue(\(SwiftLiteral.string(cookie + "=")) + \(property), forHTTPHeaderField: \"Cookie\")"
        case .bearer:
            apply = "request.setValue(\"Bearer \" + \(property), forHTTPHeaderField: \"Authorization\")"
        case .basic:
            if docs.isEmpty { docs = ["/// `user:password` for HTTP basic authentication."] }
            apply = "request.setValue(\"Basic \" + Data(\(property).utf8).base64EncodedString(), forHTTPHeaderField: \"Authorization\")"
        }
        return CredentialContext(
            docLines: docs, declaration: "\(access) var \(property): String?",
            initParameter: "\(property): String? = nil", initAssignment: "self.\(name) = \(property)",
            applyLines: [
                "case \(SwiftLiteral.string(scheme.name)):", "    guard let \(property) else { return false }", "    \(apply)",
                "    return true",
            ])
    }
}
