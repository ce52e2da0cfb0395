import Foundation

/// Runs `swiftc -typecheck` on generated files, as a user's build would.
enum SwiftCompiler {
    /// The compiler beside the running toolchain, else the first on the PATH.
    static var executable: String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = ["/opt/swift/usr/bin/swiftc"] + (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/swiftc" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "swiftc"
    }

    static func typecheck(_ paths: [String]) throws -> (status: Int32, output: String) {
        try Subprocess.run(executable, ["-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Generated"] + paths)
    }
}
