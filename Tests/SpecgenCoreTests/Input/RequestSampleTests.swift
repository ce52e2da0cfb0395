import Testing
@testable import SpecgenCore

@Suite("Request samples of rendered pages")
struct RequestSampleTests {
    @Test("A curl sample whose line breaks were lost after the backslashes still splits into words")
    func collapsedCurl() throws {
        let command = try #require(CurlCommand("curl -X POST 'https://api.exa.ai/search' \\  -H 'x-api-key: K' \\  -d '{ \"query\": \"q\" }'"))
        #expect(command.method == "POST")
        #expect(command.url == "https://api.exa.ai/search")
        #expect(command.headers.map(\.name) == ["x-api-key"])
        #expect(command.data?.text == "{ \"query\": \"q\" }")
    }

    @Test("Data without a method is a POST, and its line in the block is kept")
    func dataImpliesPost() throws {
        let command = try #require(CurlCommand("curl --url https://x.example/a \\\n  --header 'A: b' \\\n  --data '\n{}'"))
        #expect(command.method == "POST")
        #expect(command.data?.line == 2)
    }

    @Test("Object literals of JavaScript and Python become JSON")
    func objectLiterals() {
        #expect(ObjectLiteral.json("{ text: true, 'n': 10, list: [`a`, \"b\",], none: None, }") == "{\"text\":true,\"n\":10,\"list\":[\"a\",\"b\"],\"none\":null}")
        #expect(ObjectLiteral.json("{\n  a: 1, // note\n  # python\n  b: False\n}") == "{\n\"a\":1\n\n,\"b\":false\n}")
        #expect(ObjectLiteral.json("{ query: userQuery }") == nil)
        #expect(ObjectLiteral.json("{ query: `hi ${name}` }") == nil)
        #expect(ObjectLiteral.json("{ a: 1 } trailing") == nil)
    }

    @Test("An SDK call's object argument is the body; other arguments are counted")
    func sdkSamples() throws {
        let js = try #require(SDKSample("import Exa from 'exa-js';\nconst exa = new Exa('KEY');\nconst r = await exa.answer('What?', { text: true });\nconsole.log(r);"))
        #expect(js.language == "javascript")
        #expect(js.body?.json == "{\"text\":true}")
        #expect(js.body?.line == 2)
        #expect(js.otherArguments == 1)
        let python = try #require(SDKSample("from exa_py import Exa\nexa = Exa('KEY')\nresult = exa.websets.create(\n    {'search': {'query': 'x', 'count': 5}}\n)\nprint(result)"))
        #expect(python.language == "python")
        #expect(python.body?.json == "{\"search\":{\"query\":\"x\",\"count\":5}}\n")
        #expect(python.body?.line == 3)
        #expect(SDKSample("print('hello')") == nil)
    }
}
