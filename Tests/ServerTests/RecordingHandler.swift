import Foundation
import ServerStubs

/// What a handler method received: its operation and its typed inputs.
enum Call: Hashable {
    case listPets(limit: Int?, tags: [String]?, status: Status?, filter: Filter?, requestId: UUID?)
    case createPet(NewPet)
    case myPets
    case getPet(Int64, fields: [String]?, session: String?)
    case updatePet(Int64, contentType: String, NewPet)
    case deletePet(Int64)
    case putPhoto(Int64, Data)
    case uploadFile(Int64, MultipartFile, description: String?, labels: [String]?)
    case petEvents(Int64)
    case echo(names: [String], point: Point, words: [String]?, choices: [String]?, raw: String?)
    case adopt(contact: AdoptContact?, Adoption)
}

/// Records every call, and answers from what it was given, so a test sees both halves of the
/// round trip: what the router read, and what the client read back.
actor RecordingHandler: APIHandler {
    private(set) var calls: [Call] = []
    /// Every pet id is found; otherwise only Rex's, and another gets a documented 404.
    private let findsEveryPet: Bool

    init(findsEveryPet: Bool = false) {
        self.findsEveryPet = findsEveryPet
    }

    static let rex = Pet(id: 1, name: "Rex", status: .available, tags: ["good"], born: Date(timeIntervalSince1970: 1_700_000_000))

    func listPets(limit: Int?, tags: [String]?, status: Status?, filter: Filter?, xRequestId: UUID?) async throws
        -> ResponseWithHeaders<[Pet], ListPetsHeaders>
    {
        calls.append(.listPets(limit: limit, tags: tags, status: status, filter: filter, requestId: xRequestId))
        // The router checks types, not constraints: a limit out of the documented 1...100 comes here.
        let pets = Array(repeating: Self.rex, count: min(max(limit ?? 1, 0), 100))
        return ResponseWithHeaders(pets, headers: ListPetsHeaders(xTotal: pets.count, xNext: "/pets?page=2"), status: 200)
    }

    func createPet(body: NewPet) async throws -> CreatePetOutcome {
        calls.append(.createPet(body))
        // The status is not echoed: an open enum takes values the description does not list, and
        // the response must not send them.
        let pet = Pet(id: 2, name: body.name, status: .available, tags: body.tags)
        if body.name == "Rex" { return .ok(Self.rex) }
        return .created(pet, headers: LocationHeaders(location: "/pets/2"))
    }

    func myPets() async throws -> [Pet] {
        calls.append(.myPets)
        return [Self.rex]
    }

    func getPet(petId: Int64, fields: [String]?, session: String?) async throws -> Pet {
        calls.append(.getPet(petId, fields: fields, session: session))
        guard petId == Self.rex.id || findsEveryPet else { throw try ErrorResponse(status: 404, body: .problem(Problem(message: "no pet \(petId)"))) }
        return Self.rex
    }

    func updatePet(petId: Int64, body: UpdatePetBody) async throws -> Pet {
        switch body {
        case .json(let pet): calls.append(.updatePet(petId, contentType: "json", pet))
        case .form(let pet): calls.append(.updatePet(petId, contentType: "form", pet))
        }
        return Self.rex
    }

    func deletePet(petId: Int64) async throws {
        calls.append(.deletePet(petId))
    }

    func putPhoto(petId: Int64, body: Data) async throws -> String {
        calls.append(.putPhoto(petId, body))
        return "stored \(body.count) bytes"
    }

    func uploadFile(petId: Int64, file: MultipartFile, description: String?, labels: [String]?) async throws -> Upload {
        calls.append(.uploadFile(petId, file, description: description, labels: labels))
        return Upload(size: file.data.count, filename: file.filename, description: description, labels: labels)
    }

    func petEvents(petId: Int64) async throws -> AsyncThrowingStream<ServerSentEvent<Pet>, any Error> {
        calls.append(.petEvents(petId))
        return AsyncThrowingStream { continuation in
            continuation.yield(ServerSentEvent(data: Self.rex, event: "created", id: "1"))
            continuation.yield(ServerSentEvent(data: Pet(id: 1, name: "Rex", status: .sold), event: "sold", id: "2"))
            continuation.finish()
        }
    }

    func adopt(body: Adoption, contact: AdoptContact?) async throws {
        calls.append(.adopt(contact: contact, body))
    }

    func echo(names: [String], point: Point, words: [String]?, choices: [String]?, raw: String?) async throws -> Echo {
        calls.append(.echo(names: names, point: point, words: words, choices: choices, raw: raw))
        return Echo(names: names, point: point, words: words, choices: choices, raw: raw)
    }
}
