import Foundation

/// Where the tests find the checkout, its fixtures and the `specgen` they were built with.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// The `specgen` executable built beside the tests (the test target depends on it).
    static let specgen: String = {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .flatMap { [$0.deletingLastPathComponent(), $0.deletingLastPathComponent().deletingLastPathComponent()] }
            .map { $0.appendingPathComponent("specgen").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "specgen"
    }()

    /// A new empty folder, removed by the caller.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension URL {
    /// The file's contents as text, or "" when it cannot be read.
    var text: String { (try? String(contentsOf: self, encoding: .utf8)) ?? "" }

    var modificationDate: Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
