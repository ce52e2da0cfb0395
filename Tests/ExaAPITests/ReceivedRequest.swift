import FlyingFox
import Foundation

/// What the loopback server saw of one request, kept so a test can say what was wrong with it.
struct ReceivedRequest: Sendable, CustomStringConvertible {
    var method: String
    /// The path as it came on the wire, percent escapes kept (`/v0/websets/a%2Fb/...`).
    var rawPath: String
    /// The headers by lower-cased name; repeated headers joined with `, `.
    var headers: [String: String]
    var body: Data

    init(_ request: FlyingFox.HTTPRequest) async throws {
        body = try await request.bodyData
        method = request.method.rawValue
        rawPath = request.target.path(percentEncoded: true)
        headers = Dictionary(
            request.headers.map { ($0.key.rawValue.lowercased(), $0.value) }, uniquingKeysWith: { "\($0), \($1)" })
    }

    /// The value of the header `name`, whatever its case.
    func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    var description: String {
        let lines = headers.sorted { $0.key < $1.key }.map { "\n  \($0.key): \($0.value)" }
        return "\(method) \(rawPath)" + lines.joined()
    }
}
