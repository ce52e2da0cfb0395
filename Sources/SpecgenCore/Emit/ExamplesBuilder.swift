import Foundation

/// Makes the decisions for `Examples.swift`: each operation's path and the documented example of
/// each of its responses, as the JSON table the transport reads them from.
struct ExamplesBuilder {
    let model: APIModel
    let access: String

    /// An operation as the transport's table has it.
    private struct Operation: Encodable {
        var name: String
        var method: String
        /// The path's segments as written (`pets`, `{petId}`, `{name}:copy`).
        var segments: [String]
        var responses: [Response]
    }

    /// A response: no content type when it has no body, no body when its example is not documented,
    /// no headers when it documents no header example.
    private struct Response: Encodable {
        var status: Int
        var contentType: String?
        var body: String?
        var headers: [String: String]?
    }

    func context(header: String) -> ExamplesContext {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = model.endpoints.map { endpoint in
            // Encoding strings, integers and lists of them cannot fail (only a non-finite number can).
            let json = String(decoding: try! encoder.encode(operation(endpoint)), as: UTF8.self)
            return SwiftLiteral.stringContent(json)
        }
        let table = lines.isEmpty ? ["[]"] : lines.indices.map { (index: Int) -> String in
            (index == 0 ? "[" : "") + lines[index] + (index == lines.count - 1 ? "]" : ",")
        }
        return ExamplesContext(header: header, access: access, operations: table)
    }

    private func operation(_ endpoint: Endpoint) -> Operation {
        let segments = endpoint.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        return Operation(name: endpoint.swiftName, method: endpoint.method.uppercased(), segments: segments, responses: endpoint.responses.compactMap(response))
    }

    /// The response as the transport answers it; nil for `default`, which has no status to answer with.
    private func response(_ response: Endpoint.Response) -> Response? {
        guard let status = response.status else { return nil }
        let headers = Dictionary(response.headerExamples.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        return Response(
            status: status, contentType: response.contentType, body: response.example.flatMap { sentBody($0, encoding: response.encoding) },
            headers: headers.isEmpty ? nil : headers)
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
