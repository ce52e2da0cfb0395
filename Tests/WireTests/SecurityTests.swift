import Foundation
import TestSupport
import Testing
import WireSecurity

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension RecordingTransport: WireSecurity.HTTPTransport {
    func send(_ request: URLRequest) async throws -> WireSecurity.HTTPResponse {
        let (status, data) = try await exchange(request)
        return HTTPResponse(status: status, body: HTTPBody(data))
    }
}

/// Every security scheme kind and combination of the `wire-security` golden case, checked by
/// openapi-core's security validation: it names the schemes it found met, with their credentials.
@Suite("Security on the wire", .serialized)
struct SecurityTests {
    private func client(_ oracle: Oracle, _ credentials: Credentials) -> Client {
        Client(serverURL: oracle.url, credentials: credentials, transport: oracle.transport)
    }

    private func security(_ oracle: Oracle) throws -> [String: JSONTree] {
        let verdict = try oracle.verdict()
        #expect(verdict.errors == [])
        return verdict.security
    }

    @Test("the document's requirement, a bearer token, applies where an operation names none")
    func documentDefault() async throws {
        try await withOracle("wire-security") { oracle in
            try await client(oracle, Credentials(bearer: "t0k3n")).useDefault()
            #expect(try security(oracle) == ["bearer": "t0k3n"])
            #expect(try oracle.verdict().raw.headers["Authorization"] == "Bearer t0k3n")
        }
    }

    @Test("of alternatives, the first the credentials meet is applied; a query key leaves the query as it was")
    func alternatives() async throws {
        try await withOracle("wire-security") { oracle in
            try await client(oracle, Credentials(headerKey: "h", queryKey: "q")).useAlternatives()
            #expect(try security(oracle) == ["headerKey": "h"])
            #expect(try oracle.verdict().raw.query == "")

            try await client(oracle, Credentials(queryKey: "k+1 2")).useAlternatives(q: "a+b c")
            #expect(try security(oracle) == ["queryKey": "k+1 2"])
            #expect(try oracle.verdict().query == ["q": "a+b c"])
            #expect(try oracle.verdict().raw.query == "q=a%2Bb%20c&api_key=k%2B1%202")
        }
    }

    @Test("all schemes of one requirement are applied together, a cookie key beside a cookie parameter")
    func allOf() async throws {
        try await withOracle("wire-security") { oracle in
            try await client(oracle, Credentials(headerKey: "h", cookieKey: "s1")).useAllOf(theme: "dark")
            #expect(try security(oracle) == ["headerKey": "h", "cookieKey": "s1"])
            #expect(try oracle.verdict().cookie == ["theme": "dark"])
            #expect(try oracle.verdict().raw.headers["Cookie"] == "theme=dark; session=s1")

            // Half of a requirement is no requirement met: nothing is sent, and the server refuses.
            try await client(oracle, Credentials(headerKey: "h")).useAllOf()
            let errors = try oracle.verdict().errors
            #expect(errors.contains { $0.contains("SecurityNotFound") }, "\(errors)")
            #expect(try oracle.verdict().raw.headers["X-Api-Key"] == nil)
        }
    }

    @Test("optional authentication sends the token when there is one, and nothing when there is none")
    func optional() async throws {
        try await withOracle("wire-security") { oracle in
            // openapi-core takes the first alternative met, the empty one, so the header is checked.
            try await client(oracle, Credentials(bearer: "t")).useOptional()
            #expect(try security(oracle) == [:])
            #expect(try oracle.verdict().raw.headers["Authorization"] == "Bearer t")

            try await client(oracle, Credentials()).useOptional()
            #expect(try security(oracle) == [:])
            #expect(try oracle.verdict().raw.headers["Authorization"] == nil)
        }
    }

    @Test("an operation's empty requirement overrides the document's: no credential is sent")
    func none() async throws {
        try await withOracle("wire-security") { oracle in
            try await client(oracle, Credentials(bearer: "t")).useNone()
            #expect(try security(oracle) == [:])
            #expect(try oracle.verdict().raw.headers["Authorization"] == nil)
        }
    }

    @Test("basic authentication, and OAuth 2 and OpenID Connect tokens")
    func basicAndOAuth() async throws {
        try await withOracle("wire-security") { oracle in
            try await client(oracle, Credentials(basic: "ada:lovelace")).useBasic()
            #expect(try security(oracle) == ["basic": "YWRhOmxvdmVsYWNl"])

            try await client(oracle, Credentials(oauth: "access")).useOAuth()
            #expect(try oracle.verdict().errors == [])
            #expect(try oracle.verdict().raw.headers["Authorization"] == "Bearer access")

            try await client(oracle, Credentials(oidc: "id-token")).useOpenIDConnect()
            #expect(try oracle.verdict().errors == [])
            #expect(try oracle.verdict().raw.headers["Authorization"] == "Bearer id-token")

            try await client(oracle, Credentials(bearer: "b")).useDigestOrBearer()
            #expect(try security(oracle) == ["bearer": "b"])
        }
    }
}
