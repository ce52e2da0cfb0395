import Testing
@testable import SpecgenCore

@Suite("Code blocks of rendered pages")
struct PageCodeBlockTests {
    private func blocks(_ text: String) -> [PageCodeBlock] {
        PageCodeBlock.find(in: PageText(Array(text.utf8)).lines)
    }

    @Test("A block under several status tabs shows the first tab's response")
    func firstTabIsShown() {
        let found = blocks("200\n\n404\n\nCopy\n\nAsk AI\n\n```\n{}\n```\n")
        #expect(found.first?.statusTabs == ["200", "404"])
        #expect(found.first?.status == "200")
    }

    @Test("A block with a label above it has no status")
    func labelIsNoStatus() {
        #expect(blocks("cURL\n\nCopy\n\n```\ncurl x\n```\n").first?.statusTabs == [])
    }

    @Test("Blocks indented four spaces are code, with their indentation removed and their lines kept")
    func indentedBlocks() {
        let found = blocks("Ask AI\n\n    curl --request GET \\\n      --url https://x.example/a\n\n201\n\n    {\n      \"id\": \"1\"\n    }\n")
        #expect(found.count == 2)
        #expect(found.first?.text == "curl --request GET \\\n  --url https://x.example/a")
        #expect(found.last?.status == "201")
        #expect(found.last?.firstLine == 8)
        #expect(found.last?.source.hasPrefix("    {") == true)
    }

    @Test("A list item's indented continuation lines are not code")
    func listContinuationIsNotCode() {
        #expect(blocks("*   [\n    \n    Overview\n    \n    ](/overview)\n").isEmpty)
    }
}
