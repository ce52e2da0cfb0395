import Testing
@testable import SpecgenCore

@Suite("Text in a spec never becomes code")
struct InjectionTests {
    /// The Swift with comments and string literals removed: what is left is code.
    static func code(of swift: String) -> String {
        var code = ""
        var scalars = Array(swift.unicodeScalars)[...]
        while let scalar = scalars.first {
            if scalar == "/", scalars.dropFirst().first == "/" {
                scalars = scalars.drop { $0 != "\n" }
            } else if scalar == "\"" {
                scalars = scalars.dropFirst()
                while let inner = scalars.first, inner != "\"" {
                    scalars = scalars.dropFirst(inner == "\\" ? 2 : 1)
                }
                scalars = scalars.dropFirst()
                code += "\"\""
            } else {
                code.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return code
    }

    @Test("Descriptions, names, enum values, constants and servers stay inside comments and literals")
    func hostileText() throws {
        let files = try GoldenCase(name: "hostile-injection").generatedFiles()
        #expect(files.count == Emitter.fileNames.count)
        for file in files {
            #expect(!Self.code(of: file.contents).contains("exit(0)"), "code from the spec in \(file.name)")
        }
    }

    @Test("The stripper itself finds code outside literals")
    func stripperFindsCode() {
        #expect(Self.code(of: "let a = \"exit(0)\" // exit(0)\nexit(0)").contains("exit(0)"))
        #expect(!Self.code(of: "let a = \"\\\"exit(0)\" // exit(0)\n").contains("exit(0)"))
    }

    @Test("String literals escape quotes, backslashes, line breaks and control characters", arguments: [
        ("plain", #""plain""#), ("a\"b", #""a\"b""#), ("back\\slash", #""back\\slash""#), ("line\nbreak", #""line\nbreak""#),
        ("\u{0}", #""\u{0}""#), ("\u{2028}", #""\u{2028}""#), ("#\"", ##""#\"""##), ("\\(x)", #""\\(x)""#),
    ])
    func literals(_ text: String, _ expected: String) {
        #expect(SwiftLiteral.string(text) == expected)
    }

    @Test("Doc comment lines keep no line breaks or control characters")
    func docLines() {
        #expect(SwiftLiteral.docLines("a\nb\u{0}c\u{2028}d\n\n") == ["a", "bc d"])
    }
}
