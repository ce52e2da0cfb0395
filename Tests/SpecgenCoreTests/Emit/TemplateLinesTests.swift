import Mustache
import Testing
@testable import SpecgenCore

/// Lines placed all at once take the indentation of the tag's line, and read exactly as the same
/// lines placed one by one in a section.
@Suite("Template lines")
struct TemplateLinesTests {
    private struct Context: MustacheParent {
        var lines: TemplateLines

        func child(named name: String) -> Any? {
            name == "lines" ? lines : nil
        }
    }

    private static func render(_ template: String, _ lines: [String]) throws -> String {
        let rendered = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + template).render(Context(lines: TemplateLines(lines)))
        return Emitter.tidy(rendered)
    }

    @Test("All at once and one by one render alike, at the tag's indentation")
    func allAtOnceReadsLikeASection() throws {
        let lines = ["let a = 1", "let b = 2", "", "let c = 3"]
        let atOnce = try Self.render("func f() {\n        {{lines}}\n}\n", lines)
        let oneByOne = try Self.render("func f() {\n{{#lines}}\n        {{.}}\n{{/lines}}\n}\n", lines)
        #expect(atOnce == "func f() {\n        let a = 1\n        let b = 2\n\n        let c = 3\n}\n")
        #expect(atOnce == oneByOne)
    }

    @Test("A nested declaration's continued lines are indented with it")
    func nestedLinesIndentTogether() throws {
        let rendered = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}struct A {\n    {{lines}}\n}\n").render(Context(lines: TemplateLines(["var a: Int", "var b: Int"])))
        #expect(Emitter.indented(rendered) == "    struct A {\n        var a: Int\n        var b: Int\n    }")
    }
}
