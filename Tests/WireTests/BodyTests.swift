import Foundation
import TestSupport
import Testing
import WireBodies

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension RecordingTransport: WireBodies.HTTPTransport {
    func send(_ request: URLRequest) async throws -> WireBodies.HTTPResponse {
        let (status, data) = try await exchange(request)
        return HTTPResponse(status: status, body: HTTPBody(data))
    }
}

/// Every kind of request body the client generated from the `wire-bodies` golden case sends,
/// unmarshalled by openapi-core.
@Suite("Bodies on the wire", .serialized)
struct BodyTests {
    private let pet = Pet(name: "Rex", tags: ["good", "dog"], age: 3)

    private func client(_ oracle: Oracle) -> Client {
        Client(serverURL: oracle.url, transport: oracle.transport)
    }

    @Test("JSONTree and +json bodies go out with their own media type")
    func json() async throws {
        try await withOracle("wire-bodies") { oracle in
            try await client(oracle).sendJson(body: pet)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == ["name": "Rex", "tags": ["good", "dog"], "age": 3])
            #expect(verdict.raw.headers["Content-Type"] == "application/json")

            // openapi-core reads only `application/json` as JSONTree: a `+json` body is judged by its bytes.
            try await client(oracle).mergePatch(body: pet)
            verdict = try oracle.verdict()
            #expect(try JSONDecoder().decode(JSONTree.self, from: verdict.rawBody) == ["name": "Rex", "tags": ["good", "dog"], "age": 3])
            #expect(verdict.raw.headers["Content-Type"] == "application/merge-patch+json")
        }
    }

    @Test("text and binary bodies are the bytes given, with their media type")
    func textAndBinary() async throws {
        try await withOracle("wire-bodies") { oracle in
            try await client(oracle).sendText(body: "Grüße, \"world\"\n")
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == "Grüße, \"world\"\n")
            #expect(verdict.raw.headers["Content-Type"] == "text/plain")

            let bytes = Data([0, 1, 2, 255, 254, 10, 13])
            try await client(oracle).sendBinary(body: bytes)
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.rawBody == bytes)
            #expect(verdict.raw.headers["Content-Type"] == "application/octet-stream")
        }
    }

    @Test("a form body lays out each property in the style its encoding gives")
    func form() async throws {
        try await withOracle("wire-bodies") { oracle in
            let order = Order(item: "tea & cake", quantity: 2, tags: ["hot", "sweet"], color: Color(r: 1, g: 2), codes: ["a", "b"])
            try await client(oracle).sendForm(body: order)
            let verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == [
                "item": "tea & cake", "quantity": 2, "tags": ["hot", "sweet"], "color": ["r": 1, "g": 2], "codes": ["a", "b"],
            ])
            #expect(String(decoding: verdict.rawBody, as: UTF8.self) == "codes=a,b&color%5Bg%5D=2&color%5Br%5D=1&item=tea%20%26%20cake&quantity=2&tags=hot&tags=sweet")
            #expect(verdict.raw.headers["Content-Type"] == "application/x-www-form-urlencoded")
        }
    }

    @Test("a multipart body sends files with their names and types, text fields and JSONTree parts")
    func multipart() async throws {
        try await withOracle("wire-bodies") { oracle in
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0, 255])
            try await client(oracle).upload(
                file: MultipartFile(data: png, filename: "cat.png"), title: "Cat \"one\"",
                attachments: [MultipartFile(data: Data("a".utf8), filename: "a.txt", contentType: "text/plain"), MultipartFile(data: Data("b".utf8))],
                labels: ["x", "y"], meta: Color(r: 1, g: 2))
            let verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == [
                "file": ["$bytes": .string(png.base64EncodedString())], "title": "Cat \"one\"",
                "attachments": [["$bytes": "YQ=="], ["$bytes": "Yg=="]], "labels": ["x", "y"], "meta": ["r": 1, "g": 2],
            ])
            let body = String(decoding: verdict.rawBody, as: UTF8.self)
            #expect(body.contains("Content-Disposition: form-data; name=\"file\"; filename=\"cat.png\"\r\nContent-Type: image/png\r\n"))
            #expect(body.contains("name=\"attachments\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n"))
            #expect(body.contains("name=\"attachments\"; filename=\"attachments\"\r\nContent-Type: application/octet-stream\r\n"))
            #expect(body.contains("name=\"title\"\r\nContent-Type: text/plain\r\n\r\nCat \"one\"\r\n"))
            #expect(body.contains("name=\"meta\"\r\nContent-Type: application/json\r\n"))
            #expect(verdict.raw.headers["Content-Type"]?.hasPrefix("multipart/form-data; boundary=") == true)
        }
    }

    @Test("a multipart body's fields may come from allOf")
    func multipartFromAllOf() async throws {
        try await withOracle("wire-bodies") { oracle in
            try await client(oracle).attachNote(note: MultipartFile(data: Data("hi".utf8), filename: "note.txt"), r: 7)
            let verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            // openapi-core unmarshals only the fields listed inline: `r`, from the `$ref`, by its bytes.
            #expect(verdict.body == ["note": ["$bytes": "aGk="]])
            let body = String(decoding: verdict.rawBody, as: UTF8.self)
            #expect(body.contains("Content-Disposition: form-data; name=\"r\"\r\nContent-Type: text/plain\r\n\r\n7\r\n"))
            #expect(!body.contains("name=\"g\""))
        }
    }

    @Test("the caller picks among several content types, and an optional body can be left out")
    func choiceAndOptional() async throws {
        try await withOracle("wire-bodies") { oracle in
            let cases: [(SendEitherBody, String, JSONTree)] = [
                (.json(pet), "application/json", ["name": "Rex", "tags": ["good", "dog"], "age": 3]),
                (.form(pet), "application/x-www-form-urlencoded", ["name": "Rex", "tags": ["good", "dog"], "age": 3]),
                (.multipart(picture: MultipartFile(data: Data("p".utf8)), caption: "hi"), "multipart/form-data", ["picture": ["$bytes": "cA=="], "caption": "hi"]),
                (.text("plain"), "text/plain", "plain"),
            ]
            for (body, contentType, expected) in cases {
                try await client(oracle).sendEither(body: body)
                let verdict = try oracle.verdict()
                #expect(verdict.errors == [], "\(contentType)")
                #expect(verdict.body == expected, "\(contentType)")
                #expect(verdict.raw.headers["Content-Type"]?.hasPrefix(contentType) == true)
            }

            try await client(oracle).sendMaybe()
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.rawBody.isEmpty)

            try await client(oracle).sendMaybe(body: Pet(name: "Tom"))
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == ["name": "Tom"])
        }
    }
}
