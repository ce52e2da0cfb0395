import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// openapi-core, behind a small Python HTTP server on 127.0.0.1, judging the requests a generated
/// client sends (`Oracle/oracle.py`).
///
/// Use it through ``withOracle(_:keepServers:_:)``, which always stops it.
struct Oracle: Sendable {
    /// `http://127.0.0.1:PORT`, for `Client(serverURL:)`.
    let url: URL
    /// Receives what the oracle answers, for the client's transport.
    let transport: RecordingTransport

    /// The spec of a golden case, as the tests and the generated module read it.
    static func spec(_ goldenCase: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SpecgenCoreTests/Golden/\(goldenCase)/input/api.yaml")
    }

    /// What openapi-core made of the last request sent.
    func verdict(sourceLocation: SourceLocation = #_sourceLocation) throws -> Verdict {
        let data = try #require(transport.last, "no request reached the oracle", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(Verdict.self, from: data)
    }
}

/// Starts the oracle on the spec of `goldenCase`, runs `body`, and stops it. Unless `keepServers`,
/// the oracle judges the document as if its servers were the oracle itself.
func withOracle<Result>(
    _ goldenCase: String, keepServers: Bool = false, _ body: (Oracle) async throws -> Result
) async throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Oracle/oracle.py")
    // The lifetime only stops an oracle whose test died without closing its stdin: on a loaded
    // machine a suite's tests can wait minutes for a core, and an oracle gone by then fails them.
    process.arguments = ["python3", script.path, Oracle.spec(goldenCase).path, "--lifetime", "1200"] + (keepServers ? ["--keep-servers"] : [])
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    defer {
        try? input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }
    var line = Data()
    while let byte = try output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
        line.append(first)
    }
    let address = String(decoding: line, as: UTF8.self)
    let url = try #require(URL(string: address), "the oracle did not start: '\(address)'; is openapi-core installed (python3 -m pip install openapi-core)?")
    return try await body(Oracle(url: url, transport: RecordingTransport()))
}

/// Sends requests with `URLSession` and keeps the last response body; each wire module's tests
/// make it that module's transport.
final class RecordingTransport: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [Data] = []

    var last: Data? { lock.withLock { bodies.last } }

    /// The status and body of the response to `request`.
    func exchange(_ request: URLRequest) async throws -> (status: Int, data: Data) {
        let (data, response) = try await URLSession.shared.data(for: request)
        lock.withLock { bodies.append(data) }
        return (try #require(response as? HTTPURLResponse).statusCode, data)
    }
}

/// openapi-core's judgement of one request, and the request's raw bytes.
struct Verdict: Decodable {
    struct Raw: Decodable {
        var path: String
        var query: String
        var headers: [String: String]
        var body: String
    }

    var errors: [String]
    var parameters: [String: [String: JSONTree]]
    var body: JSONTree?
    /// The security schemes openapi-core found met, with their credentials.
    var security: [String: JSONTree]
    var raw: Raw

    var path: [String: JSONTree] { parameters["path"] ?? [:] }
    var query: [String: JSONTree] { parameters["query"] ?? [:] }
    var header: [String: JSONTree] { parameters["header"] ?? [:] }
    var cookie: [String: JSONTree] { parameters["cookie"] ?? [:] }
    var rawBody: Data { Data(base64Encoded: raw.body) ?? Data() }
}
