import Foundation

/// Several inputs read as one API description: folders and files (as a `specgen.yaml` lists them,
/// or as given on the command line) under the folder they share, which `$ref`s resolve against.
///
/// One folder or one file reads exactly as ``InputFolder`` reads it.
public struct InputSet: Sendable {
    /// The shared folder, from which files reached by `$ref` are read.
    public let folder: InputFolder
    /// The files to read first, sorted by their path under the shared folder.
    public let entries: [InputFile]

    public init(paths: [String]) throws(InputFolder.Failure) {
        if paths.count == 1 {
            folder = try InputFolder(path: paths[0])
            entries = try folder.entries()
            return
        }
        var urls: [URL] = []
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else { throw InputFolder.Failure(message: "no such file or folder: \(path)") }
            urls.append(URL(fileURLWithPath: path).standardizedFileURL)
        }
        let root = Self.sharedFolder(of: urls)
        let shown = paths.allSatisfy { !$0.hasPrefix("/") } ? Self.relativeToWorkingDirectory(root) : root.path
        folder = try InputFolder(path: root.path, displayedAs: shown)
        var relativePaths: Set<String> = []
        for url in urls {
            relativePaths.formUnion(try Self.files(at: url, under: root))
        }
        var entries: [InputFile] = []
        for relativePath in relativePaths.sorted() {
            guard let file = try folder.file(at: relativePath) else {
                throw InputFolder.Failure(message: "specgen does not read \(relativePath) (it reads .yaml, .yml, .json, .md, .mdx and .txt files)")
            }
            entries.append(file)
        }
        self.entries = entries
    }

    /// Reads a file under the shared folder, for `$ref`s to files that are not entries.
    public func fetch(_ relativePath: String) -> InputFile? {
        try? folder.file(at: relativePath)
    }

    /// The paths, relative to `root`, of the readable files at `url` (a folder or one file).
    private static func files(at url: URL, under root: URL) throws(InputFolder.Failure) -> [String] {
        let prefix = String(url.path.dropFirst(root.path.count).drop { $0 == "/" })
        guard isFolder(url) else { return [prefix] }
        let inner = try InputFolder(path: url.path).entries()
        return inner.map { prefix.isEmpty ? $0.relativePath : prefix + "/" + $0.relativePath }
    }

    /// The deepest folder holding every URL (a folder holds itself).
    private static func sharedFolder(of urls: [URL]) -> URL {
        let folders = urls.map { (isFolder($0) ? $0 : $0.deletingLastPathComponent()).pathComponents }
        var shared = folders[0]
        for components in folders.dropFirst() {
            shared = Array(zip(shared, components).prefix { $0 == $1 }.map(\.0))
        }
        return URL(fileURLWithPath: NSString.path(withComponents: shared.isEmpty ? ["/"] : shared))
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `root` relative to the working directory when it is inside it, so diagnostics read like the
    /// paths the user typed; otherwise absolute.
    private static func relativeToWorkingDirectory(_ root: URL) -> String {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if root.path == current { return "" }
        let base = current.hasSuffix("/") ? current : current + "/"
        return root.path.hasPrefix(base) ? String(root.path.dropFirst(base.count)) : root.path
    }
}
