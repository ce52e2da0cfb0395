import Foundation
import ServerStubs
import TestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Requests no client of the API sends: the router answers 400 saying what was wrong, 404 for a
/// path no operation has, 405 for a method the path does not have, 415 for a body of another type.
@Suite("Router answers malformed requests")
struct MalformedRequestTests {
    /// The status, `Allow` header and text of the router's answer to one raw request.
    private func send(
        _ method: String, _ target: String, body: String? = nil, headers: [String: String] = [:]
    ) async throws -> (status: Int, allow: String?, text: String) {
        try await withRouter(RecordingHandler()) { server in
            var request = URLRequest(url: try #require(URL(string: server.url.absoluteString + target)))
            request.httpMethod = method
            request.httpBody = body.map { Data($0.utf8) }
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            return (http.statusCode, http.value(forHTTPHeaderField: "Allow"), String(decoding: data, as: UTF8.self))
        }
    }

    @Test("a query value that is not of its type is a 400 naming the parameter")
    func badQueryValue() async throws {
        let answer = try await send("GET", "/pets?limit=many")
        #expect(answer.status == 400)
        #expect(answer.text.contains("the query parameter 'limit' is not valid: 'many' is not a valid Int"))
    }

    @Test("a path parameter that is not of its type is a 400")
    func badPathValue() async throws {
        let answer = try await send("GET", "/pets/rex")
        #expect(answer.status == 400)
        #expect(answer.text.contains("the path parameter 'petId'"))
    }

    @Test("a matrix parameter without its prefix is a 400 saying what was expected")
    func badMatrixPrefix() async throws {
        let answer = try await send("GET", "/echo/.a/x=1,y=2")
        #expect(answer.status == 400)
        #expect(answer.text.contains("must start with ';point='"))
    }

    @Test("a deepObject property that is not of its type is a 400 naming where")
    func badDeepObject() async throws {
        let answer = try await send("GET", "/pets?filter%5BminAge%5D=old")
        #expect(answer.status == 400)
        #expect(answer.text.contains("the query parameter 'filter' is not valid: at 'minAge'"))
    }

    @Test("a body that is not valid JSON, or lacks a required property, is a 400")
    func badJSONBody() async throws {
        var answer = try await send("POST", "/pets", body: "{\"name\": ", headers: ["Content-Type": "application/json"])
        #expect(answer.status == 400)
        #expect(answer.text.hasPrefix("the body is not valid"))
        answer = try await send("POST", "/pets", body: "{\"status\": \"sold\"}", headers: ["Content-Type": "application/json"])
        #expect(answer.status == 400)
        #expect(answer.text.contains("'name' is missing"))
    }

    @Test("a required body that is missing is a 400")
    func missingBody() async throws {
        let answer = try await send("POST", "/pets")
        #expect(answer.status == 400)
        #expect(answer.text == "the body is required\n")
    }

    @Test("a body of a media type the operation does not take is a 415")
    func wrongMediaType() async throws {
        var answer = try await send("POST", "/pets", body: "name=Rex", headers: ["Content-Type": "text/plain"])
        #expect(answer.status == 415)
        answer = try await send("PATCH", "/pets/1", body: "name", headers: ["Content-Type": "text/plain"])
        #expect(answer.status == 415)
        #expect(answer.text.contains("application/json, application/x-www-form-urlencoded"))
    }

    @Test("a path no operation has is a 404")
    func unknownPath() async throws {
        #expect(try await send("GET", "/owners").status == 404)
        #expect(try await send("GET", "/pets/1/photo/extra").status == 404)
    }

    @Test("a method the path does not have is a 405 with the methods it has")
    func wrongMethod() async throws {
        let answer = try await send("PUT", "/pets/1")
        #expect(answer.status == 405)
        #expect(answer.allow == "GET, PATCH, DELETE")
    }
}
