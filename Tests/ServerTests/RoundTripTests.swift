import Foundation
import ServerStubs
import TestSupport
import Testing

/// The generated client calls the generated router over HTTP on 127.0.0.1: what the client sends
/// is what the handler receives, and what the handler returns is what the client reads.
@Suite("Router and client round trips")
struct RoundTripTests {
    @Test("query parameters in form and deepObject styles, a header, and documented response headers")
    func listPets() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let id = UUID()
            let client = Client(serverURL: server.url, retry: .none)
            let page = try await client.listPets(
                limit: 2, tags: ["good boy", "a,b"], status: .pending, filter: Filter(minAge: 3, color: "brown & white"), xRequestId: id)
            #expect(await handler.calls == [
                .listPets(limit: 2, tags: ["good boy", "a,b"], status: .pending, filter: Filter(minAge: 3, color: "brown & white"), requestId: id)
            ])
            #expect(page.body == [RecordingHandler.rex, RecordingHandler.rex])
            #expect(page.headers == ListPetsHeaders(xTotal: 2, xNext: "/pets?page=2"))
        }
    }

    @Test("absent optional parameters reach the handler as nil")
    func absentParameters() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            _ = try await Client(serverURL: server.url, retry: .none).listPets()
            #expect(await handler.calls == [.listPets(limit: nil, tags: nil, status: nil, filter: nil, requestId: nil)])
        }
    }

    @Test("a JSON body in, and each documented outcome out with its status and headers")
    func outcomes() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let client = Client(serverURL: server.url, retry: .none)
            let created = try await client.createPet(body: NewPet(name: "Fido", status: .available, tags: ["new"]))
            guard case .created(let pet, let headers) = created else {
                Issue.record("expected .created, got \(created)")
                return
            }
            #expect(pet == Pet(id: 2, name: "Fido", status: .available, tags: ["new"]))
            #expect(headers.location == "/pets/2")
            guard case .ok(let existing) = try await client.createPet(body: NewPet(name: "Rex")) else {
                Issue.record("expected .ok for an existing name")
                return
            }
            #expect(existing == RecordingHandler.rex)
            #expect(await handler.calls == [.createPet(NewPet(name: "Fido", status: .available, tags: ["new"])), .createPet(NewPet(name: "Rex"))])
        }
    }

    @Test("a literal path wins over a template that also matches it")
    func literalPath() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let pets = try await Client(serverURL: server.url, retry: .none).myPets()
            #expect(pets == [RecordingHandler.rex])
            #expect(await handler.calls == [.myPets])
        }
    }

    @Test("a path parameter, a non-exploded form list, a cookie; an error response the handler throws")
    func getPetAndError() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let client = Client(serverURL: server.url, retry: .none)
            let pet = try await client.getPet(petId: 1, fields: ["name", "tags"], session: "s=1; x")
            #expect(pet == RecordingHandler.rex)
            do {
                _ = try await client.getPet(petId: 7)
                Issue.record("expected a 404")
            } catch let error as APIError {
                #expect(error.status == 404)
                #expect(error.body == .problem(Problem(message: "no pet 7")))
            }
            #expect(await handler.calls == [.getPet(1, fields: ["name", "tags"], session: "s=1; x"), .getPet(7, fields: nil, session: nil)])
        }
    }

    @Test("a body of either content type reaches the handler as the case the client chose")
    func contentTypeChoice() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let client = Client(serverURL: server.url, retry: .none)
            let pet = NewPet(name: "Rex & Co", status: .sold, tags: ["a b", "c+d"])
            _ = try await client.updatePet(petId: 1, body: .json(pet))
            _ = try await client.updatePet(petId: 1, body: .form(pet))
            #expect(await handler.calls == [.updatePet(1, contentType: "json", pet), .updatePet(1, contentType: "form", pet)])
        }
    }

    @Test("no content, bytes in and text out, multipart fields and files")
    func bodies() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let client = Client(serverURL: server.url, retry: .none)
            try await client.deletePet(petId: 3)
            let photo = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x00, 0xFF])
            let stored = try await client.putPhoto(petId: 3, body: photo)
            #expect(stored == "stored 8 bytes")
            let file = MultipartFile(data: Data("line one\r\n--not a boundary\r\n".utf8), filename: "notes.txt", contentType: "text/plain")
            let upload = try await client.uploadFile(petId: 3, file: file, description: "a \"quoted\" note", labels: ["x", "y"])
            #expect(upload == Upload(size: file.data.count, filename: "notes.txt", description: "a \"quoted\" note", labels: ["x", "y"]))
            #expect(await handler.calls == [
                .deletePet(3), .putPhoto(3, photo), .uploadFile(3, file, description: "a \"quoted\" note", labels: ["x", "y"]),
            ])
        }
    }

    @Test("a stream of server-sent events the handler yields")
    func events() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            var received: [ServerSentEvent<Pet>] = []
            for try await event in try await Client(serverURL: server.url, retry: .none).petEvents(petId: 1) { received.append(event) }
            #expect(received.map(\.event) == ["created", "sold"])
            #expect(received.map(\.id) == ["1", "2"])
            #expect(received.map(\.data) == [RecordingHandler.rex, Pet(id: 1, name: "Rex", status: .sold)])
        }
    }

    @Test(
        "a query union reads a text by its name and an object from its properties; a form body's object laid out flat comes back whole, and absent when none of its fields is there",
        arguments: [
            (AdoptContact.string("555-0100 ext. 7"), Adoption.Home(city: "Saint-Étienne & Lyon", rooms: 3)),
            (.object(Contact(phone: "555", email: "a+b@example.com")), nil),
            (nil, Adoption.Home(rooms: 1)),
        ] as [(AdoptContact?, Adoption.Home?)])
    func flatLayouts(_ contact: AdoptContact?, home: Adoption.Home?) async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let adoption = Adoption(petId: 7, home: home)
            try await Client(serverURL: server.url, retry: .none).adopt(body: adoption, contact: contact)
            #expect(await handler.calls == [.adopt(contact: contact, adoption)])
        }
    }

    @Test("label, matrix, spaceDelimited and pipeDelimited parameters, and reserved characters kept")
    func styles() async throws {
        let handler = RecordingHandler()
        try await withRouter(handler) { server in
            let echo = try await Client(serverURL: server.url, retry: .none).echo(
                names: ["a-b", "c/d", "é"], point: Point(x: -1, y: 2), words: ["alpha", "beta,gamma"], choices: ["x y", "z"],
                raw: "a/b?c=d")
            // A dot in an exploded label item, a space in a spaceDelimited one or a pipe in a
            // pipeDelimited one cannot be told from the separator on the wire (the styles escape
            // neither apart), so none is sent.
            #expect(echo == Echo(names: ["a-b", "c/d", "é"], point: Point(x: -1, y: 2), words: ["alpha", "beta,gamma"], choices: ["x y", "z"], raw: "a/b?c=d"))
        }
    }
}
