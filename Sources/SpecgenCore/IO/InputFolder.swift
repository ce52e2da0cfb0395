import Foundation

/// Reads the input the user names: a folder of specs and docs pages, or a single file whose
/// `$ref`s may reach other files beside it.
public struct InputFolder: Sendable {
    /// The folder `$ref`s are resolved against and may not leave.
    public let root: URL
    /// How paths are shown in diagnostics: as the user wrote the input, joined with the relative path.
    private let displayPrefix: String
    /// The file given when the input is a single file.
    private let entry: String?

    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Reads `path`; diagnostics show file paths as `displayedAs` (default: `path`) joined with
    /// each file's path under the folder.
    public init(path: String, displayedAs display: String? = nil) throws(Failure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(message: "no such file or folder: \(path)")
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if isDirectory.boolValue {
            root = url
            entry = nil
            let shown = display ?? path
            displayPrefix = shown.isEmpty || shown.hasSuffix("/") ? shown : shown + "/"
        } else {
            root = url.deletingLastPathComponent()
            entry = url.lastPathComponent
            let directory = ((display ?? path) as NSString).deletingLastPathComponent
            displayPrefix = directory.isEmpty ? "" : directory + "/"
        }
    }

    /// The files to read first: every readable file of the folder, or the single file given.
    public func entries() throws(Failure) -> [InputFile] {
        if let entry { return [try file(at: entry)].compactMap { $0 } }
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw Failure(message: "cannot list \(root.path)") }
        var paths: [String] = []
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base), (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(String(path.dropFirst(base.count)))
        }
        var files: [InputFile] = []
        for path in paths.sorted() {
            if let file = try file(at: path) { files.append(file) }
        }
        return files
    }

    /// The file at `relativePath` under the root, when it exists and is a kind specgen reads.
    public func file(at relativePath: String) throws(Failure) -> InputFile? {
        let probe = InputFile(path: relativePath, relativePath: relativePath, bytes: [])
        guard probe.kind != nil else { return nil }
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let data = try Data(contentsOf: url)
            return InputFile(path: displayPrefix + relativePath, relativePath: relativePath, bytes: [UInt8](data))
        } catch {
            throw Failure(message: "cannot read \(displayPrefix + relativePath): \(error.localizedDescription)")
        }
    }
}
