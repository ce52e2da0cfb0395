/// A parsed `$ref`: which file under the specs root, and which node in it.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    /// The target file, relative to the specs root with `/` separators.
    public var file: String
    /// The JSON pointer's segments, unescaped (`~1` is `/`, `~0` is `~`, percent-escapes decoded).
    public var pointer: [String]

    public init(file: String, pointer: [String]) {
        self.file = file
        self.pointer = pointer
    }

    public var description: String {
        let escaped = pointer.map(Self.escaped)
        return pointer.isEmpty ? file : "\(file)#/\(escaped.joined(separator: "/"))"
    }

    /// A JSON pointer segment as written in a pointer: `~` as `~0`, `/` as `~1`.
    static func escaped(_ segment: String) -> String {
        guard segment.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return segment }
        return segment.replacingOccurrences("~", "~0").replacingOccurrences("/", "~1")
    }

    /// The target file's name without its extension (`schemas/pet.yaml` → `pet`), which names what
    /// a `$ref` to a whole file declares.
    var fileStem: String {
        file.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? "Schema"
    }

    /// Why a `$ref` string cannot be followed.
    public enum Problem: Error, Equatable, Sendable {
        case remote(String)
        case absolutePath(String)
        case outsideRoot(String)
        case malformedPointer(String)

        public var message: String {
            switch self {
            case .remote(let ref): return "$ref '\(ref)' points to the network; specgen reads only files under the specs folder"
            case .absolutePath(let ref): return "$ref '\(ref)' is an absolute path; use a path relative to the file"
            case .outsideRoot(let ref): return "$ref '\(ref)' leaves the specs folder; specgen reads only files under it"
            case .malformedPointer(let ref): return "$ref '\(ref)' is not a valid JSON pointer (it must start with '#/')"
            }
        }
    }

    /// Parses `ref` as written in `file`: `#/a/b`, `other.yaml`, `../x/other.yaml#/a/b`.
    public static func parse(_ ref: String, in file: String) throws(Problem) -> Reference {
        let hash = ref.firstIndex(of: "#")
        let filePart = String(ref[..<(hash ?? ref.endIndex)])
        let fragment = hash.map { String(ref[ref.index(after: $0)...]) } ?? ""
        if filePart.hasSubstring("://") || filePart.hasPrefix("//") { throw .remote(ref) }
        if filePart.hasPrefix("/") || filePart.hasPrefix("\\") { throw .absolutePath(ref) }
        let target: String
        if filePart.isEmpty {
            target = file
        } else {
            guard let joined = join(directory(of: file), percentDecoded(filePart)) else { throw .outsideRoot(ref) }
            target = joined
        }
        if fragment.isEmpty { return Reference(file: target, pointer: []) }
        guard fragment.hasPrefix("/") else { throw .malformedPointer(ref) }
        let segments = fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            percentDecoded(String($0)).replacingOccurrences("~1", "/").replacingOccurrences("~0", "~")
        }
        return Reference(file: target, pointer: segments)
    }

    private static func directory(of file: String) -> [Substring] {
        Array(file.split(separator: "/").dropLast())
    }

    /// Joins a relative path onto a directory, or nil when `..` climbs above the root.
    private static func join(_ directory: [Substring], _ relative: String) -> String? {
        var parts = directory
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func percentDecoded(_ text: String) -> String {
        guard text.hasSubstring("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Node {
    /// The node at `pointer` below this one, or nil when a segment does not exist.
    public func descendant(at pointer: [String]) -> Node? {
        var node = self
        for segment in pointer {
            switch node.value {
            case .mapping:
                guard let child = node[segment] else { return nil }
                node = child
            case .sequence(let items):
                guard let index = Int(segment), items.indices.contains(index) else { return nil }
                node = items[index]
            case .scalar:
                return nil
            }
        }
        return node
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard hasSubstring(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
