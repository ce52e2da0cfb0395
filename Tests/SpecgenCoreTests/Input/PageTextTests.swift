import Testing
@testable import SpecgenCore

@Suite("A rendered page's text, cleaned")
struct PageTextTests {
    @Test("The invisible character inside an anchor link is dropped, so no field is named by it")
    func zeroWidthSpaceDropped() {
        #expect(PageText.cleaned("[\u{200B}](#parameter-id)") == "[](#parameter-id)")
        let list = FieldList(PageText(Array("[\u{200B}\n\n](#parameter-id)\n\nid\n\nstring\n\nrequired\n".utf8)).lines)
        #expect(list.fields.map(\.name) == ["id"])
        #expect(list.fields.first?.anchor == "parameter-id")
        #expect(list.preamble.isEmpty)
    }

    @Test("HTML entities are decoded, unknown ones kept as written")
    func entities() {
        #expect(PageText.cleaned("\"&#x3C;string>\" &lt;a&gt; &#60; &amp;amp; &bogus; & alone") == "\"<string>\" <a> < &amp; &bogus; & alone")
        #expect(PageText.cleaned("a\u{00A0}b") == "a b")
    }

    @Test("Markdown escapes are removed from prose, other backslashes kept")
    func unescaping() {
        #expect(PageText.unescaped("market\\_ticker") == "market_ticker")
        #expect(PageText.unescaped("string\\[\\]") == "string[]")
        #expect(PageText.unescaped("C:\\path\\") == "C:\\path\\")
    }

    @Test("Front matter is read into pairs and its lines blanked, line numbers kept")
    func frontMatter() {
        let text = PageText(Array("---\ntitle: Create RFQ - Docs\ndescription:  Makes one.\n---\n\n# Heading\n".utf8))
        #expect(text.frontMatter["title"] == "Create RFQ - Docs")
        #expect(text.frontMatter["description"] == "Makes one.")
        #expect(text.lines[1].text.isEmpty)
        #expect(text.lines[5].number == 6 && text.lines[5].text == "# Heading")
    }
}
