import Foundation

/// Makes the decisions for `Examples.swift`: each operation's path and the documented example of
/// each of its responses, for the transport that answers with them.
struct ExamplesBuilder {
    let model: APIModel
    let access: String

    func context(header: String) -> ExamplesContext {
        ExamplesContext(header: header, access: access, operations: model.endpoints.map(operationLine))
    }

    /// `Operation(name: "getPet", method: "GET", segments: ["pets", nil], responses: [...]),`
    private func operationLine(_ endpoint: Endpoint) -> String {
        let segments = endpoint.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            .map { $0.contains("{") ? "nil" : SwiftLiteral.string(String($0)) }
        let responses = endpoint.responses.compactMap(responseLiteral).joined(separator: ", ")
        return "Operation(name: \(SwiftLiteral.string(endpoint.swiftName)), method: \(SwiftLiteral.string(endpoint.method.uppercased())), "
            + "segments: [\(segments.joined(separator: ", "))], responses: [\(responses)]),"
    }

    /// `Response(status: 200, contentType: "application/json", body: "{...}")`; nil for `default`,
    /// which has no status to answer with.
    private func responseLiteral(_ response: Endpoint.Response) -> String? {
        guard let status = response.status else { return nil }
        let contentType = response.contentType.map(SwiftLiteral.string) ?? "nil"
        let body = response.example.flatMap { sentBody($0, encoding: response.encoding) }.map(SwiftLiteral.string) ?? "nil"
        return "Response(status: \(status), contentType: \(contentType), body: \(body))"
    }

    /// The bytes of an example as the response sends them: JSON as it is, a text's string as
    /// text; nil for other bodies, whose example JSON cannot say their bytes.
    private func sentBody(_ example: String, encoding: Endpoint.Body.Encoding?) -> String? {
        switch encoding {
        case .json: example
        case .text: try? JSONDecoder().decode(String.self, from: Data(example.utf8))
        default: nil
        }
    }
}
