import Testing
@testable import SpecgenCore

@Suite("Fenced YAML blocks in docs pages")
struct FencedBlockTests {
    private func blocks(_ text: String) -> [FencedBlock] {
        FencedBlock.find(in: Array(text.utf8))
    }

    @Test("Four backticks with a method and path after yaml")
    func fourBackticks() {
        let found = blocks("# Title\n\n````yaml delete /a/{id}\npaths: {}\n````\n")
        #expect(found.count == 1)
        #expect(found.first?.lineOffset == 3)
        #expect(found.first?.info == "delete /a/{id}")
        #expect(found.first.map { String(decoding: Array($0.text), as: UTF8.self) } == "paths: {}\n")
    }

    @Test("Three backticks with a spec file, method and path")
    func threeBackticksWithSpecFile() {
        let found = blocks("```yaml exa-spec.yaml DELETE /path\nopenapi: 3.1.0\n```\n")
        #expect(found.first?.info == "exa-spec.yaml DELETE /path")
    }

    @Test("Blocks in other languages and unclosed fences are not YAML blocks")
    func otherBlocks() {
        #expect(blocks("```json\n{}\n```\n```bash\nls\n```\n").isEmpty)
        #expect(blocks("```yaml\nopen: forever\n").isEmpty)
    }

    @Test("A shorter fence inside does not close a longer one")
    func nestedFence() {
        let found = blocks("````yaml\na: |\n  ```\n  b\n  ```\n````\n")
        #expect(found.count == 1)
        #expect(found.first.map { String(decoding: Array($0.text), as: UTF8.self) }?.contains("```") == true)
    }

    @Test("The page title and lead become an operation's summary and description")
    func heading() {
        let heading = PageHeading(Array("# Source: https://x\n\n# Delete a thing\n\n> Removes it.\n> For good.\n".utf8))
        #expect(heading.title == "Delete a thing")
        #expect(heading.lead == "Removes it. For good.")
    }
}
