/// Makes the decisions for `Server.swift`: the handler protocol's methods, which take what the
/// client's methods send and return what they read, and the route of each operation, which reads
/// the request as the client writes it (the inverse of `HTTPRequest` and `ParameterParts`).
struct ServerBuilder {
    /// The client's decisions the server shares: return types, outcome enums, stream types, and
    /// the model, type names and access level they are made from.
    let client: ClientBuilder

    init(model: APIModel, access: String) {
        client = ClientBuilder(model: model, access: access)
    }

    var model: APIModel { client.model }
    var names: TypeNames { client.names }
    var access: String { client.access }

    func context(header: String) -> ServerContext {
        let title = model.title.map { "The operations of \($0)" } ?? "The operations of the API"
        let docs = SwiftLiteral.docComment(paragraphs: [
            [SwiftLiteral.docLine(title + ", one method each, for a server to implement.")],
            ["Serve an implementation with `Router(handler:)`, which reads each request as the client sends it", "and writes what the method returns as the client reads it."],
        ])
        var requirements = model.endpoints.flatMap(requirements)
        var operations = model.endpoints.map(operation)
        for index in requirements.indices.dropFirst() { requirements[index].isSpaced = true }
        for index in operations.indices.dropFirst() { operations[index].isSpaced = true }
        return ServerContext(
            header: header, access: access, docLines: docs, requirements: requirements,
            routes: model.endpoints.flatMap(routeLines), operations: operations,
            support: model.headerSets.flatMap { [""] + headerFields($0) } + [""] + errorBodyEncoding())
    }

    /// The protocol's methods of an operation: one, and a second for a stream offered beside a
    /// whole body (as the client has).
    private func requirements(_ endpoint: Endpoint) -> [RequirementContext] {
        let arguments = self.arguments(endpoint).joined(separator: ", ")
        let docs = docLines(endpoint)
        let success = endpoint.responses.first(where: \.isSuccess)
        guard let stream = success?.stream, endpoint.outcomeName == nil else {
            return [RequirementContext(docLines: docs, signature: signature(endpoint.swiftName, arguments, client.returnType(endpoint)))]
        }
        let streaming = RequirementContext(
            docLines: docs, signature: signature(endpoint.streamSwiftName ?? endpoint.swiftName, arguments, client.streamType(stream)))
        guard endpoint.streamSwiftName != nil else { return [streaming] }
        return [RequirementContext(docLines: docs, signature: signature(endpoint.swiftName, arguments, client.returnType(endpoint))), streaming]
    }

    private func signature(_ name: String, _ arguments: String, _ returns: String?) -> String {
        "func \(SwiftNamer.escaped(name))(\(arguments)) async throws" + (returns.map { " -> " + $0 } ?? "")
    }

    /// `Route("GET", "/pets/{id}") { try await Operations.getPet($0, $1, $2) }`
    private func routeLines(_ endpoint: Endpoint) -> [String] {
        let name = SwiftNamer.escaped(endpoint.swiftName)
        return ["Route(\(SwiftLiteral.string(endpoint.method)), \(SwiftLiteral.string(endpoint.path))) { try await Operations.\(name)($0, $1, $2) },"]
    }

    /// The function that reads an operation's request, calls the handler and writes the response.
    private func operation(_ endpoint: Endpoint) -> ServerOperationContext {
        let signature = "static func \(SwiftNamer.escaped(endpoint.swiftName))(_ handler: any APIHandler, _ request: ServerRequest, _ path: [String: String]) async throws -> ServerResponse"
        return ServerOperationContext(signature: signature, bodyLines: bodyReading(endpoint) + callAndResponse(endpoint))
    }

    /// The handler method's arguments: the client method's, in its order, without defaults.
    func arguments(_ endpoint: Endpoint) -> [String] {
        var arguments = endpoint.parameters.sorted { Self.order($0) < Self.order($1) }.map { parameter in
            let type = names.spelling(parameter.type)
            return "\(SwiftNamer.escaped(parameter.swiftName)): \(type)\(parameter.isRequired ? "" : "?")"
        }
        if let body = endpoint.body {
            arguments.insert(contentsOf: bodyArguments(body), at: endpoint.parameters.filter { $0.location == .path }.count)
        }
        return arguments
    }

    /// The argument values the route passes, in the order of ``arguments(_:)``.
    func argumentValues(_ endpoint: Endpoint) -> [String] {
        var values = endpoint.parameters.sorted { Self.order($0) < Self.order($1) }.map { parameter in
            "\(SwiftNamer.argumentLabel(parameter.swiftName)): " + parameterValue(parameter)
        }
        if let body = endpoint.body {
            values.insert(contentsOf: bodyValues(body), at: endpoint.parameters.filter { $0.location == .path }.count)
        }
        return values
    }

    /// Path parameters first, then required ones, then optional ones (the client's order).
    private static func order(_ parameter: Endpoint.Parameter) -> Int {
        if parameter.location == .path { return 0 }
        if parameter.fixedValue != nil { return 3 }
        return parameter.isRequired ? 1 : 2
    }

    private func docLines(_ endpoint: Endpoint) -> [String] {
        var paragraphs: [[String]] = []
        if let summary = endpoint.summary { paragraphs.append(SwiftLiteral.docLines(summary)) }
        if paragraphs.allSatisfy(\.isEmpty) { paragraphs = [[SwiftLiteral.docLine("\(endpoint.method) \(endpoint.path)")]] }
        var tags = ["- Throws: `ErrorResponse` to answer with a status other than success (a documented error body, or any bytes)."]
        if endpoint.isDeprecated { tags.append("- Note: Deprecated by the API description.") }
        tags.append(SwiftLiteral.docLine("- Remark: \(endpoint.method) \(endpoint.path)"))
        paragraphs.append(tags)
        return SwiftLiteral.docComment(paragraphs: paragraphs)
    }

    /// The type an alias stands for, through any chain of aliases.
    func unaliased(_ type: TypeRef) -> TypeRef {
        var current = type
        var seen: Set<TypeID> = []
        while case .named(let id) = current, case .alias(let aliased) = model[id].kind, seen.insert(id).inserted {
            current = aliased
        }
        return current
    }
}
