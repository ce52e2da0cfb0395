import Testing
@testable import SpecgenCore

@Suite("YAML reader")
struct YAMLReaderTests {
    private func read(_ text: String, limits: YAMLReader.Limits = .init(), lineOffset: Int32 = 0) throws -> Node? {
        try YAMLReader(limits: limits).read(Array(text.utf8), file: 0, lineOffset: lineOffset)
    }

    @Test("Every node keeps its 1-based line and column")
    func marks() throws {
        let node = try #require(try read("openapi: 3.1.0\npaths:\n  /a:\n    get: {}\n"))
        let paths = try #require(node["paths"])
        #expect(paths.mark == Mark(file: 0, line: 3, column: 3))
        let pair = try #require(paths.pair("/a"))
        #expect(pair.keyMark == Mark(file: 0, line: 3, column: 3))
        #expect(pair.value["get"]?.mark == Mark(file: 0, line: 4, column: 10))
    }

    @Test("Columns count Unicode scalars, not bytes")
    func columnsInScalars() throws {
        let node = try #require(try read("é: ü\nx: [ä, b]\n"))
        #expect(node["x"]?.items?[1].mark.column == 8)
    }

    @Test("A line offset shifts marks into the page a block was fenced in")
    func lineOffset() throws {
        let node = try #require(try read("a: 1\nb: 2\n", lineOffset: 40))
        #expect(node["b"]?.mark.line == 42)
    }

    @Test("Anchors and aliases resolve to the anchored node")
    func aliases() throws {
        let node = try #require(try read("base: &b {type: string}\nother: *b\n"))
        #expect(node["other"]?["type"]?.text == "string")
        #expect(node["other"]?.mark.line == 2)
    }

    @Test("An alias bomb stops at the expansion budget")
    func aliasBomb() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            text += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(throws: YAMLReader.Failure.self) { try read(text, limits: .init(expandedNodes: 100_000)) }
    }

    @Test("Nesting deeper than the limit is an error, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(throws: YAMLReader.Failure.self) { try read(text) }
    }

    @Test("Malformed YAML reports where it went wrong")
    func malformed() {
        let failure = #expect(throws: YAMLReader.Failure.self) { try read("a: 1\nb: 'unclosed\n") }
        #expect((failure?.mark.line ?? 0) >= 2)
        #expect(failure?.message.hasPrefix("invalid YAML") == true)
    }

    @Test("Plain scalars are typed by YAML's core schema; quoted ones are strings")
    func scalarKinds() throws {
        let node = try #require(try read("a: 12\nb: '12'\nc: 1.5\nd: true\ne: null\nf: ~\ng: text\nh: 1e3\ni: .inf\n"))
        let kinds = ["a", "b", "c", "d", "e", "f", "g", "h", "i"].map { node[$0]?.jsonKind }
        #expect(kinds == [.integer, .string, .number, .boolean, .null, .null, .string, .number, .string])
    }

    @Test("JSON reads as YAML")
    func json() throws {
        let node = try #require(try read(#"{"a": [1, "two", null], "b": {"c": false}}"#))
        #expect(node["a"]?.items?.count == 3)
        #expect(node["b"]?["c"]?.jsonKind == .boolean)
    }

    @Test("An empty document reads as nothing")
    func empty() throws {
        #expect(try read("") == nil)
    }

    @Test("JSON written from a node keeps document order and value kinds")
    func jsonWriter() throws {
        let node = try #require(try read("b: 1\na: [x, 'y\"', null, true, 2.5]\n"))
        #expect(JSONWriter.json(node) == #"{"b":1,"a":["x","y\"",null,true,2.5]}"#)
    }
}
