import Foundation
import ServerStubs
import TestSupport
import Testing

/// schemathesis, an independent client, drives the served router from the API description, with
/// requests it generates, valid and not.
@Suite("schemathesis against the router")
struct ConformanceTests {
    static let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SpecgenCoreTests/Golden/server-stubs/input/api.yaml")

    @Test("valid requests: every conformance check of status, content type, headers and body passes")
    func validRequests() async throws {
        try await withRouter(RecordingHandler(findsEveryPet: true)) { server in
            // Left out: the checks of state (the handler keeps none, so a deleted pet is still
            // there), and of methods no operation has, which FlyingFox answers itself before the
            // router sees them (the router's own 405 is tested in MalformedRequestTests).
            let checks = ["--checks", "all", "--exclude-checks", "use_after_free,ensure_resource_availability,unsupported_method"]
            let (status, output) = try await Schemathesis.run(spec: Self.spec, url: server.url, mode: "positive", checks)
            #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
        }
    }

    @Test("invalid requests: none gets a 5xx or crashes the router")
    func invalidRequests() async throws {
        try await withRouter(RecordingHandler(findsEveryPet: true)) { server in
            // Only this check: the router answers what it cannot read with a 400 or 415 that the
            // description does not document, and checks types, not the schemas' constraints
            // (minLength, maximum) or closed enums (string enums stay open).
            let (status, output) = try await Schemathesis.run(spec: Self.spec, url: server.url, mode: "negative", ["--checks", "not_a_server_error"])
            #expect(status == 0, "schemathesis found problems (is it installed? python3 -m pip install schemathesis):\n\(output)")
        }
    }
}

/// Runs schemathesis's command line (`python3 -m schemathesis.cli run`), a few examples an operation.
enum Schemathesis {
    static func run(spec: URL, url: URL, mode: String, _ checks: [String]) async throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("schemathesis-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-m", "schemathesis.cli", "run", spec.path, "--url", url.absoluteString, "--mode", mode,
            "--max-examples", "25", "--seed", "1", "--generation-deterministic", "--workers", "1", "--no-color",
            // schemathesis reads a text/event-stream schema as the whole event's ({data, event, id}, as
            // OpenAPI 3.2's itemSchema has it); specgen, as the description means here, as each event's data.
            "--exclude-path", "/pets/{petId}/events",
        ] + checks
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try handle.close()
        return (status, try String(contentsOf: log, encoding: .utf8))
    }
}
