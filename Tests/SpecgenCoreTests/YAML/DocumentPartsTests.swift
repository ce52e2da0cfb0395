import Testing
@testable import SpecgenCore

/// A big document is read in parts on every core; what comes out must be what reading it whole
/// gives, marks included, and whatever a part cannot read on its own is read whole.
@Suite("Reading a document in parts")
struct DocumentPartsTests {
    private static let document = """
        # An API described over several top-level keys.
        openapi: 3.0.3
        info:
          title: Parts
          description: |
            A block scalar whose lines
            stay inside it.
          version: '1'
        paths:
          /a:
            get: {operationId: a}
          # A comment between two paths.
          /b:
            get:
              operationId: b
              summary: "a quoted summary"
          /c: {get: {operationId: c}}
          /d:
            get: {operationId: d, tags: [x, y]}
        tags:
          - name: x
            description: A sequence under a key is not cut.
          - name: y
        components:
          schemas:
            A: {type: string}
            B:
              type: object
              properties: {a: {$ref: '#/components/schemas/A'}}

        """

    /// Every node in document order: where it is, its key path and its scalar text.
    private static func flattened(_ node: Node, path: String = "") -> [String] {
        var lines = ["\(path) @\(node.mark.line):\(node.mark.column) \(node.text ?? "")"]
        switch node.value {
        case .scalar: break
        case .sequence(let items):
            for (index, item) in items.enumerated() { lines += flattened(item, path: "\(path)/\(index)") }
        case .mapping(let pairs):
            for pair in pairs {
                lines.append("\(path)/\(pair.key) key@\(pair.keyMark.line):\(pair.keyMark.column)")
                lines += flattened(pair.value, path: "\(path)/\(pair.key)")
            }
        }
        return lines
    }

    private static func read(_ text: String, inParts: Bool) throws(YAMLReader.Failure) -> Node? {
        var reader = YAMLReader()
        reader.partsFrom = inParts ? 0 : .max
        return try reader.read(Array(text.utf8), file: 0, lineOffset: 3)
    }

    @Test("Cuts fall before top-level keys and before the keys of a mapping under one")
    func cuts() {
        let parts = DocumentParts.split(Array(Self.document.utf8), count: 6)
        #expect(parts.count > 2)
        #expect(parts.contains { $0.header != nil })
        #expect(parts.map(\.bytes.count).reduce(0, +) == Self.document.utf8.count)
        let bytes = Array(Self.document.utf8)
        for part in parts where part.bytes.lowerBound > 0 {
            let line = String(decoding: bytes[part.bytes].prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            #expect(!line.hasPrefix("    ") && !line.hasPrefix("  -") && !line.hasPrefix("  #"), "cut before '\(line)'")
        }
    }

    @Test("Read in parts, a document reads as it does whole, marks and all", arguments: [2, 3, 6])
    func partsReadAsTheWhole(count: Int) throws {
        let whole = try #require(try Self.read(Self.document, inParts: false))
        let inParts = try #require(YAMLReader().readInParts(Array(Self.document.utf8), file: 0, lineOffset: 3, count: count))
        #expect(Self.flattened(inParts) == Self.flattened(whole))
    }

    @Test("An alias to an anchor in another part reads whole")
    func aliasAcrossParts() throws {
        let text = "base: &b {type: string}\npaths:\n  /a: {x: 1}\n  /b: {x: 2}\nother: *b\n"
        #expect(YAMLReader().readInParts(Array(text.utf8), file: 0, lineOffset: 0, count: 4) == nil)
        let node = try #require(try Self.read(text, inParts: true))
        #expect(node["other"]?["type"]?.text == "string")
        #expect(Self.flattened(node) == Self.flattened(try #require(try Self.read(text, inParts: false))))
    }

    @Test("An error in any part is reported as reading whole reports it")
    func errorsAsWhole() {
        let text = "openapi: 3.0.3\npaths:\n  /a: {x: 1}\n  /b: [unclosed\ncomponents: {}\n"
        var messages: [String] = []
        for inParts in [false, true] {
            do {
                _ = try Self.read(text, inParts: inParts)
            } catch {
                messages.append("\(error.mark.line):\(error.mark.column) \(error.message)")
            }
        }
        #expect(messages.count == 2)
        #expect(Set(messages).count == 1)
    }

    @Test("Nothing is cut under a top-level line the splitter does not follow")
    func quotedKeyEndsTheCuts() throws {
        let text = "paths:\n  /a: 1\n  /b: 2\n\"components\":\n  x: 1\n  y: 2\n"
        let bytes = Array(text.utf8)
        let starts = DocumentParts.split(bytes, count: 6).map { String(decoding: bytes[$0.bytes].prefix(5), as: UTF8.self) }
        #expect(starts == ["paths", "  /b:"])
        let inParts = try #require(YAMLReader().readInParts(bytes, file: 0, lineOffset: 3, count: 6))
        #expect(Self.flattened(inParts) == Self.flattened(try #require(try Self.read(text, inParts: false))))
    }

    @Test("JSON, directives and several documents are not cut")
    func notCut() {
        for text in ["{\n\"a\": 1,\n\"b\": 2\n}\n", "%YAML 1.2\n---\na: 1\nb: 2\n", "a: 1\n---\nb: 2\n"] {
            #expect(DocumentParts.split(Array(text.utf8), count: 4).count == 1, "\(text)")
        }
    }
}
