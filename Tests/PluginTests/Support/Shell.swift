import Foundation

/// Runs programs the way a user at a terminal would, and keeps what they printed.
enum Shell {
    /// What a program did: its exit status and everything it printed, standard error included.
    struct Run {
        var status: Int32
        var output: String

        var succeeded: Bool { status == 0 }
    }

    /// Runs `executable` (a path, or a name looked up on the PATH) in `directory`.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
