import Foundation

/// Runs schemathesis's command line (`python3 -m schemathesis.cli run`), a few examples an operation.
package enum Schemathesis {
    /// Every conformance check of status, content type, headers and body, for valid requests;
    /// left out are the checks of state (the tests' handlers keep none, so a deleted pet is still
    /// there) and of methods no operation has, which FlyingFox answers itself before the router
    /// sees them (the router's own 405 is tested in ServerTests' MalformedRequestTests).
    package static let validRequestChecks = ["--checks", "all", "--exclude-checks", "use_after_free,ensure_resource_availability,unsupported_method"]

    /// For invalid requests, only that none gets a 5xx: the router answers what it cannot read
    /// with a 400 or 415 that the description does not document, and checks types, not the
    /// schemas' constraints (minLength, maximum) or closed enums (string enums stay open).
    package static let invalidRequestChecks = ["--checks", "not_a_server_error"]

    /// The folder of `hooks.py`, which gives schemathesis real values for the formats it leaves free.
    static let hooks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemathesis")

    /// Runs `checks` in `mode` (`positive` or `negative`) against `url`, leaving out the paths
    /// `excluding` names; the exit status and everything schemathesis printed.
    package static func run(spec: URL, url: URL, mode: String, excluding: [String] = [], _ checks: [String]) async throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("schemathesis-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-m", "schemathesis.cli", "run", spec.path, "--url", url.absoluteString, "--mode", mode,
            "--max-examples", "25", "--seed", "1", "--generation-deterministic", "--workers", "1", "--no-color",
        ] + excluding.flatMap { ["--exclude-path", $0] } + checks
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["SCHEMATHESIS_HOOKS"] = "hooks"
        environment["PYTHONPATH"] = ([hooks.path] + [environment["PYTHONPATH"]].compactMap { $0 }).joined(separator: ":")
        process.environment = environment
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
