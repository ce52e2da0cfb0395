import Testing
@testable import SpecgenCore

@Suite("Rendered pages read into operations")
struct RenderedPageReaderTests {
    /// The page read alone, as the bundle would hold it.
    private func load(_ page: String) -> (set: SpecSet, diagnostics: Diagnostics) {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let file = InputFile(path: "page.md", relativePath: "page.md", bytes: Array(page.utf8))
        let set = SpecLoader().load([file], sources: &sources, diagnostics: &diagnostics)
        return (set, diagnostics)
    }

    private static let page = """
        # Create a thing - Things

        ```
        curl --request POST \\
          --url https://api.things.example/v1/things \\
          --data '{"name": "<string>", "size": 3, "extra": true}'
        ```

        201

        400

        ```
        {"id": "<string>", "size": "big"}
        ```

        #### Body

        application/json

        [\u{200B}](#body-name)

        name

        string

        required

        [\u{200B}](#body-size)

        size

        integer

        default:1

        Required range: `1 <= x < 10`

        #### Response

        201

        application/json

        Created

        id

        string<uuid>

        required

        size

        integer | null

        [Next page](/next)
        """

    @Test("The Body section's fields are the body's schema, with required, default and range")
    func bodyFromFields() throws {
        let (set, _) = load(Self.page)
        let operation = try #require(set.operations.first)
        let schema = try #require(operation.node["requestBody"]?["content"]?["application/json"]?["schema"])
        #expect(schema["required"]?.items?.compactMap(\.text) == ["name"])
        let size = try #require(schema["properties"]?["size"])
        #expect(size["type"]?.text == "integer" && size["default"]?.text == "1")
        #expect(size["minimum"]?.text == "1" && size["exclusiveMaximum"]?.text == "10" && size["maximum"] == nil)
        #expect(operation.node["requestBody"]?["required"]?.text == "true")
    }

    @Test("The sample only confirms the fields: what it adds, or gives another kind, is a located warning")
    func examplesConfirm() throws {
        let (set, diagnostics) = load(Self.page)
        let messages = diagnostics.all.map(\.message)
        #expect(messages.contains("the example shows 'extra', which the page's field list does not name; it is left out"))
        #expect(messages.contains("the example's 'size' is a string, which its listed type does not allow; the listed type is used"))
        #expect(diagnostics.all.allSatisfy { $0.severity == .warning && $0.mark.line > 0 })
        let response = try #require(set.operations.first?.node["responses"]?["201"]?["content"]?["application/json"]?["schema"])
        #expect(response["properties"]?["id"]?["format"]?.text == "uuid")
        #expect(response["properties"]?["size"]?["type"]?.items?.compactMap(\.text) == ["integer", "null"])
        #expect(response["properties"]?["extra"] == nil)
    }

    @Test("Every status tab is a response, the one shown holding the example")
    func statusTabs() throws {
        let (set, _) = load(Self.page)
        let responses = try #require(set.operations.first?.node["responses"])
        #expect(responses.pairs?.map(\.key) == ["201", "400"])
        #expect(responses["400"]?["content"] == nil)
        #expect(responses["201"]?["description"]?.text == "Created")
    }

    @Test("A page that shows no endpoint is skipped with a warning at its title")
    func noEndpoint() {
        let (set, diagnostics) = load("Intro\n\n# Getting started\n\nRead the guide.\n")
        #expect(set.operations.isEmpty)
        let skip = diagnostics.all.first { $0.message.hasPrefix("the page is skipped") }
        #expect(skip?.severity == .warning)
        #expect(skip?.mark.line == 3)
    }

    @Test("A page with an SDK sample and no curl takes its method and path from the endpoint line")
    func sdkSampleWithoutCurl() throws {
        let (set, diagnostics) = load("# Run - API\n\n```\nconst r = await client.jobs.run({ job: 'a' });\n```\n\nPOST\n\n/\n\njobs\n")
        let operation = try #require(set.operations.first)
        #expect(operation.method == "post" && operation.path == "/jobs")
        #expect(operation.node["servers"] == nil)
        #expect(diagnostics.all.contains { $0.message.contains("set Client.serverURL") })
        #expect(operation.node["requestBody"]?["content"]?["application/json"]?["examples"]?["example"]?["value"]?["job"]?.text == "a")
    }
}
