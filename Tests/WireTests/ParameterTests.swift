import Foundation
import TestSupport
import Testing
import WireParameters

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension RecordingTransport: WireParameters.HTTPTransport {
    func send(_ request: URLRequest) async throws -> WireParameters.HTTPResponse {
        let (status, data) = try await exchange(request)
        return HTTPResponse(status: status, body: HTTPBody(data))
    }
}

/// Every parameter style × explode × type of the specification's style tables, sent by the client
/// generated from the `wire-parameters` golden case. openapi-core judges what it can read; for the
/// rest (label and matrix paths, exploded form objects, space-delimited values, exploded cookie
/// objects), the raw bytes are compared with the specification's examples, object members in key
/// order.
@Suite("Parameters on the wire", .serialized)
struct ParameterTests {
    private let color = Color(r: 100, g: 200, b: 150)
    private let shades = ["blue", "black", "brown"]
    private let object: JSONTree = ["R": 100, "G": 200, "B": 150]

    private func client(_ oracle: Oracle) -> Client {
        Client(serverURL: oracle.url, transport: oracle.transport)
    }

    @Test("simple path values, plain and exploded, are read back by openapi-core")
    func simplePath() async throws {
        try await withOracle("wire-parameters") { oracle in
            try await client(oracle).pathSimplePlain(s: "blue", a: shades, o: color)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.path == ["s": "blue", "a": ["blue", "black", "brown"], "o": object])
            #expect(verdict.raw.path == "/path/simple/plain/blue/blue,black,brown/B,150,G,200,R,100")

            try await client(oracle).pathSimpleExploded(s: "blue", a: shades, o: color)
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.path == ["s": "blue", "a": ["blue", "black", "brown"], "o": object])
            #expect(verdict.raw.path == "/path/simple/exploded/blue/blue,black,brown/B=150,G=200,R=100")
        }
    }

    @Test("label and matrix paths are the specification's examples")
    func labelAndMatrixPath() async throws {
        try await withOracle("wire-parameters") { oracle in
            let calls: [(Client) async throws -> Void] = [
                { try await $0.pathLabelPlain(s: "blue", a: shades, o: color) },
                { try await $0.pathLabelExploded(s: "blue", a: shades, o: color) },
                { try await $0.pathMatrixPlain(s: "blue", a: shades, o: color) },
                { try await $0.pathMatrixExploded(s: "blue", a: shades, o: color) },
            ]
            var paths: [String] = []
            for call in calls {
                try await call(client(oracle))
                paths.append(try oracle.verdict().raw.path)
            }
            #expect(paths == [
                "/path/label/plain/.blue/.blue,black,brown/.B,150,G,200,R,100",
                "/path/label/exploded/.blue/.blue.black.brown/.B=150.G=200.R=100",
                "/path/matrix/plain/;s=blue/;a=blue,black,brown/;o=B,150,G,200,R,100",
                "/path/matrix/exploded/;s=blue/;a=blue;a=black;a=brown/;B=150;G=200;R=100",
            ])
        }
    }

    @Test("form query values, plain and exploded")
    func formQuery() async throws {
        try await withOracle("wire-parameters") { oracle in
            try await client(oracle).queryFormPlain(s: "blue", a: shades, o: color)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.query == ["s": "blue", "a": ["blue", "black", "brown"], "o": object])
            #expect(verdict.raw.query == "s=blue&a=blue,black,brown&o=B,150,G,200,R,100")

            try await client(oracle).queryFormExploded(s: "blue", a: shades, o: color)
            verdict = try oracle.verdict()
            // openapi-core looks for an exploded form object under its own name, which the
            // specification's layout never sends: it is judged by its bytes.
            #expect(verdict.errors == ["MissingRequiredParameter: Missing required query parameter: o"])
            #expect(verdict.query == ["s": "blue", "a": ["blue", "black", "brown"]])
            #expect(verdict.raw.query == "s=blue&a=blue&a=black&a=brown&B=150&G=200&R=100")
        }
    }

    @Test("space- and pipe-delimited lists and objects, and deep objects")
    func delimitedAndDeepQuery() async throws {
        try await withOracle("wire-parameters") { oracle in
            try await client(oracle).querySpaceDelimitedPlain(a: shades, o: color)
            // openapi-core splits on a literal `%20` after the query is decoded: judged by its bytes.
            #expect(try oracle.verdict().raw.query == "a=blue%20black%20brown&o=B%20150%20G%20200%20R%20100")

            try await client(oracle).queryPipeDelimitedPlain(a: shades, o: color)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.query == ["a": ["blue", "black", "brown"], "o": object])

            try await client(oracle).queryDeepObjectExploded(o: color)
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.query == ["o": object])
            #expect(verdict.raw.query == "o%5BB%5D=150&o%5BG%5D=200&o%5BR%5D=100")
        }
    }

    @Test("header values, plain and exploded")
    func headers() async throws {
        try await withOracle("wire-parameters") { oracle in
            try await client(oracle).headerPlain(xScalar: "blue", xArray: shades, xObject: color)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.header == ["X-Scalar": "blue", "X-Array": ["blue", "black", "brown"], "X-Object": object])
            #expect(verdict.raw.headers["X-Object"] == "B,150,G,200,R,100")

            try await client(oracle).headerExploded(xScalar: "blue", xArray: shades, xObject: color)
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.header == ["X-Scalar": "blue", "X-Array": ["blue", "black", "brown"], "X-Object": object])
            #expect(verdict.raw.headers["X-Object"] == "B=150,G=200,R=100")
        }
    }

    @Test("cookies, plain and exploded, in one Cookie header")
    func cookies() async throws {
        try await withOracle("wire-parameters") { oracle in
            try await client(oracle).cookiePlain(cscalar: "blue", carray: shades, cobject: color)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.cookie == ["cscalar": "blue", "carray": ["blue", "black", "brown"], "cobject": object])
            #expect(verdict.raw.headers["Cookie"] == "cscalar=blue; carray=blue,black,brown; cobject=B,150,G,200,R,100")

            try await client(oracle).cookieExploded(cscalar: "blue", carray: shades, cobject: color)
            verdict = try oracle.verdict()
            // As in the query, openapi-core cannot find an exploded object: judged by its bytes.
            #expect(verdict.errors == ["MissingRequiredParameter: Missing required cookie parameter: cobject"])
            #expect(verdict.cookie == ["cscalar": "blue", "carray": ["blue", "black", "brown"]])
            #expect(verdict.raw.headers["Cookie"] == "cscalar=blue; carray=blue; carray=black; carray=brown; B=150; G=200; R=100")
        }
    }

    @Test("optional values left out, reserved characters, escaping, formats and enum lists")
    func options() async throws {
        try await withOracle("wire-parameters") { oracle in
            try await client(oracle).queryOptions()
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.raw.query == "")
            #expect(verdict.raw.headers["Cookie"] == nil)

            let id = UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")!
            try await client(oracle).queryOptions(
                reserved: "a/b?c:d@e", escaped: "a b&c=d+e/f", shades: [.blue, .brown],
                when: Date(timeIntervalSince1970: 1_700_000_000), count: -3, ratio: 1.5, flag: true, id: id,
                xOptional: "yes", optional: "a;b c")
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.query == [
                "reserved": "a/b?c:d@e", "escaped": "a b&c=d+e/f", "shades": ["blue", "brown"],
                "when": "2023-11-14T22:13:20+00:00", "count": -3, "ratio": 1.5, "flag": true,
                "id": "e621e1f8-c36c-495a-93fc-0c247a3e6e5f",
            ])
            #expect(verdict.header["X-Optional"] == "yes")
            // `form` cookies are percent-escaped like the query (OpenAPI 3.2 says so plainly); werkzeug
            // hands openapi-core cookie values undecoded, so the bytes are what is checked.
            #expect(verdict.raw.headers["Cookie"] == "optional=a%3Bb%20c")
            #expect(verdict.raw.query.hasPrefix("reserved=a/b?c:d@e&escaped=a%20b%26c%3Dd%2Be%2Ff&"))
        }
    }
}
