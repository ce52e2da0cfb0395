import Foundation
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
    process.arguments = ["python3", script.path, Oracle.spec(goldenCase).path, "--lifetime", "120"] + (keepServers ? ["--keep-servers"] : [])
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

/// Sends requests with `URLSession` and keeps the last response body.
final class RecordingTransport: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [Data] = []

    var last: Data? { lock.withLock { bodies.last } }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let (data, response) = try await URLSession.shared.data(for: request)
        lock.withLock { bodies.append(data) }
        return (data, try #require(response as? HTTPURLResponse))
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
    var parameters: [String: [String: JSON]]
    var body: JSON?
    /// The security schemes openapi-core found met, with their credentials.
    var security: [String: JSON]
    var raw: Raw

    var path: [String: JSON] { parameters["path"] ?? [:] }
    var query: [String: JSON] { parameters["query"] ?? [:] }
    var header: [String: JSON] { parameters["header"] ?? [:] }
    var cookie: [String: JSON] { parameters["cookie"] ?? [:] }
    var rawBody: Data { Data(base64Encoded: raw.body) ?? Data() }
}

/// A JSON value the oracle answered with, written in tests as a literal.
enum JSON: Decodable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSON)...) { self = .object(Dictionary(uniqueKeysWithValues: elements)) }
    init(nilLiteral: ()) { self = .null }
}
