extension ClientBuilder {
    /// What a client method returns: the one success body (its type, `String` for text, `Data`
    /// for bytes), the outcome enum when several success responses are documented, or nothing.
    func returnType(_ endpoint: Endpoint) -> String? {
        if let outcome = endpoint.outcomeName { return outcome }
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
        switch (response.encoding, response.type) {
        case (.json, let type?): values.append("try decode(\(names.spelling(type)).self, from: data, of: response)")
        case (.text, _): values.append("try text(from: data, of: response)")
        case (_, .some): values.append("data")
        default: break
        }
        return values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"
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
            lines.append("    case \(SwiftNamer.escaped(response.swiftName))" + (values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"))
        }
        let types = Set(successes.compactMap(\.type))
        if types.count == 1, let type = types.first {
            lines += ["", "    /// The body, for the outcomes that have one.", "    \(access) var body: \(names.spelling(type))? {", "        switch self {"]
            for response in successes {
                let name = SwiftNamer.escaped(response.swiftName)
                let pattern = response.isRange ? "(_, let body)" : "(let body)"
                lines.append(response.type == nil ? "        case .\(name): nil" : "        case .\(name)\(pattern): body")
            }
            lines += ["        }", "    }"]
        }
        return lines + ["}"]
    }
}
