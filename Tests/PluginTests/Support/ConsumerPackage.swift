import Foundation

/// A copy of `Tests/Fixtures/Consumer` in a temporary folder, beside a link named `specgen` to
/// this checkout (its `Package.swift` depends on `../specgen`), built with its own scratch path
/// so it never touches this package's build folders.
struct ConsumerPackage {
    let root: URL
    let folder: URL
    let scratch: URL

    static func make() throws -> ConsumerPackage {
        let root = try Paths.temporaryFolder("specgen-consumer")
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("specgen"), withDestinationURL: Paths.packageRoot)
        let folder = root.appendingPathComponent("Consumer")
        try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("Consumer"), to: folder)
        return ConsumerPackage(root: root, folder: folder, scratch: root.appendingPathComponent("build"))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// `swift build` in the package.
    func build() throws -> Shell.Run {
        try Shell.run("swift", ["build", "--scratch-path", scratch.path], in: folder)
    }

    /// `swift package … generate-code` with `arguments`, allowed to write into the package.
    func generateCode(_ arguments: [String] = []) throws -> Shell.Run {
        try Shell.run(
            "swift", ["package", "--scratch-path", scratch.path, "--allow-writing-to-package-directory", "generate-code"] + arguments,
            in: folder)
    }

    /// Runs the package's executable, built by ``build()``.
    func runApp() throws -> Shell.Run {
        try Shell.run(scratch.appendingPathComponent("debug/PetsApp").path, [])
    }

    /// A file of the package, by its path in it.
    func file(_ path: String) -> URL {
        folder.appendingPathComponent(path)
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: file(path))
    }

    /// The files the build plugin generated for `target`, by name.
    func generatedFiles(of target: String) -> [String: URL] {
        var files: [String: URL] = [:]
        let enumerator = FileManager.default.enumerator(at: scratch.appendingPathComponent("plugins"), includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let components = url.pathComponents
            if url.pathExtension == "swift", components.contains(target), components.contains("GeneratedSources") {
                files[url.lastPathComponent] = url
            }
        }
        return files
    }

    /// All the Swift the build plugin generated for `target` (a type may land in any file of the set).
    func generatedCode(of target: String) -> String {
        generatedFiles(of: target).sorted { $0.key < $1.key }.map(\.value.text).joined(separator: "\n")
    }

    /// The names of the targets whose code a build's log shows specgen generating.
    static func regenerated(in log: String) -> Set<String> {
        var targets: Set<String> = []
        for line in log.split(separator: "\n") {
            guard let range = line.range(of: "Generating "), line.hasSuffix(" with specgen") else { continue }
            targets.insert(String(line[range.upperBound...].dropLast(" with specgen".count)))
        }
        return targets
    }
}
