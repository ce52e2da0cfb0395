extension ServerBuilder {
    /// The handler's call, and the statements that write what it returns as the response the
    /// client reads: the outcome's status, headers and body, or a stream when the request asks
    /// for the one the operation offers.
    func callAndResponse(_ endpoint: Endpoint) -> [String] {
        let success = endpoint.responses.first(where: \.isSuccess)
        let status = success?.status.map(String.init) ?? "200"
        guard let stream = success?.stream, endpoint.outcomeName == nil else { return whole(endpoint, status: status) }
        let streamed = call(endpoint.streamSwiftName ?? endpoint.swiftName, endpoint, returns: true) + [
            stream.kind == .events
                ? "return ServerResponse(status: \(status), events: result)"
                : "return ServerResponse(status: \(status), lines: result, contentType: \(SwiftLiteral.string(stream.contentType)))"
        ]
        guard endpoint.streamSwiftName != nil else { return streamed }
        return ["if request.accepts(\(SwiftLiteral.string(stream.contentType))) {"] + streamed.map { "    " + $0 } + ["}"]
            + whole(endpoint, status: status)
    }

    /// The call of the method that returns a whole response, and the statements that write it.
    private func whole(_ endpoint: Endpoint, status: String) -> [String] {
        let returns = client.returnType(endpoint) != nil
        var lines = call(endpoint.swiftName, endpoint, returns: returns)
        if endpoint.outcomeName != nil {
            lines.append("switch result {")
            for response in endpoint.responses where response.isSuccess {
                let bindings = (response.isRange ? ["let status"] : []) + (response.type == nil ? [] : ["let body"])
                    + (response.headers == nil ? [] : ["let headers"])
                let pattern = "case .\(SwiftNamer.escaped(response.swiftName))" + (bindings.isEmpty ? "" : "(" + bindings.joined(separator: ", ") + ")")
                let code = response.isRange ? "status" : String(response.status!)
                lines += [pattern + ":", "    return " + written(response, status: code, body: "body", headers: "headers")]
            }
            return lines + ["}"]
        }
        guard let success = endpoint.responses.first(where: \.isSuccess) else { return lines + ["return ServerResponse(status: 200)"] }
        if let headers = success.headers {
            guard success.type != nil else { return lines + ["return ServerResponse(status: \(status), headers: \(headers).headerFields(of: result))"] }
            return lines + ["return " + written(success, status: "result.status", body: "result.body", headers: "result.headers")]
        }
        guard returns, let typed = endpoint.responses.first(where: { $0.isSuccess && $0.type != nil }) else {
            return lines + ["return ServerResponse(status: \(status))"]
        }
        return lines + ["return " + written(typed, status: typed.status.map(String.init) ?? status, body: "result", headers: nil)]
    }

    /// `let result = try await handler.getPet(...)`, one argument a line.
    private func call(_ method: String, _ endpoint: Endpoint, returns: Bool) -> [String] {
        let values = argumentValues(endpoint)
        let start = (returns ? "let result = " : "") + "try await handler.\(SwiftNamer.escaped(method))("
        guard !values.isEmpty else { return [start + ")"] }
        let arguments = values.enumerated().map { index, value in "    " + value + (index == values.count - 1 ? "" : ",") }
        return [start] + arguments + [")"]
    }

    /// The response of `status` with `body` written as the response documents it, and its headers.
    private func written(_ response: Endpoint.Response, status: String, body: String, headers: String?) -> String {
        let fields = response.headers.flatMap { set in headers.map { ", headers: \(set).headerFields(of: \($0))" } } ?? ""
        let type = response.contentType.map(SwiftLiteral.string) ?? ""
        switch (response.encoding, response.type) {
        case (.json, .some):
            let contentType = response.contentType == "application/json" || response.contentType == nil ? "" : ", contentType: \(type)"
            return "try ServerResponse(status: \(status), json: \(body)\(contentType)\(fields))"
        case (.text, _):
            let contentType = response.contentType == "text/plain" || response.contentType == nil ? "" : ", contentType: \(type)"
            return "ServerResponse(status: \(status), text: \(body)\(contentType)\(fields))"
        case (_, .some):
            return "ServerResponse(status: \(status), data: \(body), contentType: \(type.isEmpty ? "\"application/octet-stream\"" : type)\(fields))"
        default:
            return "ServerResponse(status: \(status)\(fields.isEmpty ? "" : fields))"
        }
    }

    /// How a struct of documented headers is written as header fields.
    func headerFields(_ set: HeaderSet) -> [String] {
        var lines = [
            "extension \(set.name): ResponseHeaderFields {",
            "    \(access) static func headerFields(of headers: \(set.name)) -> [(name: String, value: String)] {",
            "        var fields: [(name: String, value: String)] = []",
        ]
        for header in set.headers {
            lines.append("        if let value = headers.\(SwiftNamer.escaped(header.swiftName)) { fields.append((\(SwiftLiteral.string(header.name)), value.headerText)) }")
        }
        return lines + ["        return fields", "    }", "}"]
    }

    /// The function that writes a documented error body as JSON, for ``ErrorResponse``.
    func errorBodyEncoding() -> [String] {
        let signature = "func encodedErrorBody(_ body: ErrorBody) throws -> Data {"
        // With no documented error body, `ErrorBody` has no cases: no value reaches the function,
        // and a `switch` over none would warn that it is never executed.
        guard !model.errorBodies.isEmpty else { return ["/// A documented error body as JSON: the API documents none.", signature + "}"] }
        var lines = ["/// A documented error body as JSON.", signature, "    switch body {"]
        for errorCase in model.errorBodies {
            lines.append("    case .\(SwiftNamer.escaped(errorCase.swiftName))(let value): return try JSONEncoder().encode(value)")
        }
        return lines + ["    }", "}"]
    }
}
