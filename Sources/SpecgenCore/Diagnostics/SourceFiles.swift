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
        lineText(file: file, line: line, starts: lineStarts(file))
    }

    /// The offset of every line's first byte in `file`, so many lines can be looked up cheaply.
    public func lineStarts(_ file: Int32) -> [Int] {
        bytes(file).withUnsafeBufferPointer { buffer in
            var starts = [0]
            var start = 0
            while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                start = newline + 1
                starts.append(start)
            }
            return starts
        }
    }

    public func lineText(file: Int32, line: Int32, starts: [Int]) -> String? {
        let bytes = bytes(file)
        guard line >= 1, Int(line) <= starts.count, starts[Int(line) - 1] <= bytes.count else { return nil }
        let start = starts[Int(line) - 1]
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
