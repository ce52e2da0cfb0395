extension ClientBuilder {
    /// What a client method returns: the one success body (its type, `String` for text, `Data`
    /// for bytes), the outcome enum when several success responses are documented, or nothing.
    func returnType(_ endpoint: Endpoint) -> String? {
        if let outcome = endpoint.outcomeName { return outcome }
        let success = endpoint.responses.first(where: \.isSuccess)
        if let headers = success?.headers {
            return success?.type.map { "ResponseWithHeaders<\(names.spelling($0)), \(headers)>" } ?? headers
        }
        guard let success = endpoint.responses.first(where: { $0.isSuccess && $0.type != nil }), let type = success.type else { return nil }
        return names.spelling(type)
    }

    /// `AsyncThrowingStream<ServerSentEvent<Chunk>, any Error>`: what a stream method returns.
    func streamType(_ stream: Endpoint.Stream) -> String {
        let element = names.spelling(stream.element)
        return "AsyncThrowingStream<" + (stream.kind == .events ? "ServerSentEvent<\(element)>" : element) + ", any Error>"
    }

    /// The statements that send the request and return the stream.
    func streamLines(_ stream: Endpoint.Stream, errors: [String]) -> [String] {
        let handler = errors.isEmpty ? "" : " { status, data in"
        let closing = errors.isEmpty ? [] : errors.map { "    " + $0 } + ["}"]
        let read: String
        switch (stream.kind, stream.element) {
        case (.events, .string): read = "events(request)"
        case (.events, let element): read = "events(request, as: \(names.spelling(element)).self)"
        case (.lines, let element): read = "jsonLines(request, as: \(names.spelling(element)).self)"
        }
        return ["return try await " + read + handler] + closing
    }

    /// The statements that send the request and read the response; `errors` is the switch that
    /// decodes a documented error body.
    func responseLines(_ endpoint: Endpoint, errors: [String]) -> [String] {
        let handler = errors.isEmpty ? "" : " { status, data in"
        let closing = errors.isEmpty ? [] : errors.map { "    " + $0 } + ["}"]
        if endpoint.outcomeName == nil, let success = endpoint.responses.first(where: \.isSuccess), let headers = success.headers {
            guard success.type != nil else {
                return ["let (response, _) = try await exchange(request)" + handler] + closing + ["return \(headers)(response)"]
            }
            return ["let (response, data) = try await exchange(request)" + handler] + closing
                + ["return ResponseWithHeaders(body: \(bodyValue(success) ?? "data"), headers: \(headers)(response), status: response.status)"]
        }
        guard endpoint.outcomeName != nil else {
            let success = endpoint.responses.first { $0.isSuccess && $0.type != nil }
            let call: String
            switch (success?.encoding, success?.type) {
            case (.json, let type?): call = "return try await send(request, as: \(names.spelling(type)).self)"
            case (.text, _): call = "return try await sendForText(request)"
            case (_, .some): call = "return try await send(request)"
            default: call = "try await send(request)"
            }
            return [call + handler] + closing
        }
        var lines = ["let (response, data) = try await exchange(request)" + handler] + closing
        lines.append("switch response.status {")
        let successes = endpoint.responses.filter(\.isSuccess)
        for response in successes.filter({ !$0.isRange }) + successes.filter(\.isRange) {
            let status = response.status!
            let pattern = response.isRange ? "\(status)..<\(status + 100)" : String(status)
            lines.append("case \(pattern):")
            lines.append("    return ." + SwiftNamer.escaped(response.swiftName) + payload(response))
        }
        lines += ["default:", "    throw undocumented(response, data)", "}"]
        return lines
    }

    /// `(try decode(Thing.self, from: data, of: response))`, or nothing for a response with no body;
    /// a range's outcome carries its status first.
    private func payload(_ response: Endpoint.Response) -> String {
        var values = response.isRange ? ["status: response.status"] : []
        if let body = bodyValue(response) { values.append(body) }
        if let headers = response.headers { values.append("headers: \(headers)(response)") }
        return values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"
    }

    /// The expression that reads a response's body, or nil when it has none.
    private func bodyValue(_ response: Endpoint.Response) -> String? {
        switch (response.encoding, response.type) {
        case (.json, let type?): "try decode(\(names.spelling(type)).self, from: data, of: response)"
        case (.text, _): "try text(from: data, of: response)"
        case (_, .some): "data"
        default: nil
        }
    }

    /// The struct of documented response headers: optional typed properties, read from a response
    /// by an initializer the client calls, and a public one for tests and previews.
    func headerDeclaration(_ set: HeaderSet) -> [String] {
        var lines = ["/// Response headers the API description documents.", "\(access) struct \(set.name): ResponseHeaders, Hashable {"]
        for header in set.headers {
            lines += SwiftLiteral.docComment(header.documentation).map { "    " + $0 }
            lines.append("    \(access) var \(SwiftNamer.escaped(header.swiftName)): \(names.spelling(header.type))?")
        }
        let parameters = set.headers.map { "\(SwiftNamer.escaped($0.swiftName)): \(names.spelling($0.type))? = nil" }
        lines += ["", "    \(access) init(\(parameters.joined(separator: ", "))) {"]
        lines += set.headers.map { "        self.\($0.swiftName) = \(SwiftNamer.escaped($0.swiftName))" }
        lines += ["    }", "", "    \(access) init(_ response: HTTPResponse) {"]
        for header in set.headers {
            let read: String
            if case .array(let element) = header.type {
                read = ".map { $0.split(separator: \",\").compactMap { \(names.spelling(element))(headerText: $0.trimmingCharacters(in: .whitespaces)) } }"
            } else {
                read = ".flatMap { \(names.spelling(header.type))(headerText: $0) }"
            }
            lines.append("        \(header.swiftName) = response.header(\(SwiftLiteral.string(header.name)))\(read)")
        }
        return lines + ["    }", "}"]
    }

    /// The enum of an operation's documented success outcomes, one case per response, with
    /// `body` when every case that has a body has the same type.
    func outcomeDeclaration(_ endpoint: Endpoint) -> [String] {
        guard let name = endpoint.outcomeName else { return [] }
        let successes = endpoint.responses.filter(\.isSuccess)
        var lines = [SwiftLiteral.docLine("/// The documented success outcomes of `\(endpoint.swiftName)`, by status."), "\(access) enum \(name): Sendable {"]
        for response in successes {
            let status = response.isRange ? "\(response.status! / 100)XX" : String(response.status!)
            let text = response.documentation.map(SwiftLiteral.docLine) ?? ""
            lines.append("    " + SwiftLiteral.docLine("/// \(status)") + (text.isEmpty ? "" : ": " + text))
            let values = (response.isRange ? ["status: Int"] : []) + (response.type.map { [names.spelling($0)] } ?? [])
                + (response.headers.map { ["headers: \($0)"] } ?? [])
            lines.append("    case \(SwiftNamer.escaped(response.swiftName))" + (values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"))
        }
        let types = Set(successes.compactMap(\.type))
        if types.count == 1, let type = types.first {
            lines += ["", "    /// The body, for the outcomes that have one.", "    \(access) var body: \(names.spelling(type))? {", "        switch self {"]
            for response in successes {
                let name = SwiftNamer.escaped(response.swiftName)
                let parts = (response.isRange ? ["_"] : []) + ["let body"] + (response.headers == nil ? [] : ["_"])
                let pattern = "(" + parts.joined(separator: ", ") + ")"
                lines.append(response.type == nil ? "        case .\(name): nil" : "        case .\(name)\(pattern): body")
            }
            lines += ["        }", "    }"]
        }
        return lines + ["}"]
    }
}
