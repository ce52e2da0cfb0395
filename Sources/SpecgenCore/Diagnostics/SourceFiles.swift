/// The files a run reads, by the index that ``Mark/file`` holds.
///
/// Paths are kept as the user gave them (relative to the working directory), so diagnostics read
/// `specs/websets/enrichments/delete-an-enrichment.md:42:7`.
public struct SourceFiles: Sendable {
    public private(set) var paths: [String] = []
    private var texts: [[UInt8]] = []
    private var indexByPath: [String: Int32] = [:]

    public init() {}

    /// Registers a file and returns its index; registering a path twice returns the first index.
    @discardableResult
    public mutating func add(path: String, bytes: [UInt8]) -> Int32 {
        if let index = indexByPath[path] { return index }
        let index = Int32(paths.count)
        paths.append(path)
        texts.append(bytes)
        indexByPath[path] = index
        return index
    }

    public func index(of path: String) -> Int32? { indexByPath[path] }

    public func path(_ file: Int32) -> String {
        file >= 0 && Int(file) < paths.count ? paths[Int(file)] : "<input>"
    }

    public func bytes(_ file: Int32) -> [UInt8] {
        file >= 0 && Int(file) < texts.count ? texts[Int(file)] : []
    }

    /// The text of line `line` (1-based) of `file`, without its line break.
    public func lineText(file: Int32, line: Int32) -> String? {
        guard line >= 1 else { return nil }
        let bytes = bytes(file)
        var current: Int32 = 1
        var start = 0
        var index = 0
        while index < bytes.count, current < line {
            if bytes[index] == UInt8(ascii: "\n") {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == line, start <= bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
