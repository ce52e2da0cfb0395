import Foundation
import Petstore

/// The pet store as a stateless handler: each operation answers a value of its documented type,
/// built from what it received where the request carries it, and checks the credentials its
/// operation's `security` asks for (the API key header or an OAuth bearer token), answering 401
/// without them, as the real store does.
struct StoreHandler: APIHandler {
    static let apiKey = "test-key"
    static let token = "test-token"

    static let rex = Pet(id: 10, name: "Rex", category: Category(id: 1, name: "Dogs"), photoUrls: ["https://pets.example/rex.jpg"], status: .available)

    /// Which credentials an operation accepts, as its `security` lists them.
    private enum Scheme {
        case apiKey, oauth
    }

    private func require(_ schemes: Scheme...) throws {
        let request = ServerRequest.current
        let met = schemes.contains { scheme in
            switch scheme {
            case .apiKey: request?.header("api_key") == Self.apiKey
            case .oauth: request?.header("Authorization") == "Bearer \(Self.token)"
            }
        }
        guard met else { throw ErrorResponse(status: 401) }
    }

    /// The pet a body holds: its JSON as sent, XML (which specgen passes as bytes) as Rex.
    private func pet(_ body: UpdatePetBody) -> Pet {
        if case .json(let pet) = body { return pet }
        return Self.rex
    }

    func updatePet(body: UpdatePetBody) async throws -> Pet {
        try require(.oauth)
        return pet(body)
    }

    func addPet(body: AddPetBody) async throws -> Pet {
        try require(.oauth)
        if case .json(let pet) = body { return pet }
        return Self.rex
    }

    func findPetsByStatus(status: FindPetsByStatusStatus?) async throws -> [Pet] {
        try require(.oauth)
        return [Self.rex]
    }

    func findPetsByTags(tags: [String]?) async throws -> [Pet] {
        try require(.oauth)
        return [Pet(id: 11, name: "Tagged", photoUrls: [], tags: (tags ?? []).map { Tag(name: $0) })]
    }

    func getPetById(petId: Int64) async throws -> Pet {
        try require(.apiKey, .oauth)
        var pet = Self.rex
        pet.id = petId
        return pet
    }

    func updatePetWithForm(petId: Int64, name: String?, status: String?) async throws -> Pet {
        try require(.oauth)
        return Pet(id: petId, name: name ?? Self.rex.name, photoUrls: [])
    }

    func deletePet(petId: Int64, apiKey: String?) async throws {
        try require(.oauth)
    }

    func uploadFile(petId: Int64, body: Data?, additionalMetadata: String?) async throws -> ApiResponse {
        try require(.oauth)
        return ApiResponse(code: 200, type: "upload", message: "\(body?.count ?? 0) bytes for pet \(petId)")
    }

    func getInventory() async throws -> [String: Int32] {
        try require(.apiKey)
        return ["available": 3, "sold": 1]
    }

    func placeOrder(body: PlaceOrderBody?) async throws -> Order {
        if case .json(let order)? = body { return order }
        return Order(id: 1, petId: 10, quantity: 1, status: .placed, complete: false)
    }

    func getOrderById(orderId: Int64) async throws -> Order {
        Order(id: orderId, petId: 10, quantity: 1, shipDate: Date(timeIntervalSince1970: 1_767_225_600), status: .approved, complete: true)
    }

    func deleteOrder(orderId: Int64) async throws {}

    func createUser(body: CreateUserBody?) async throws -> User {
        if case .json(let user)? = body { return user }
        return User(id: 1, username: "theUser")
    }

    func createUsersWithListInput(body: [User]?) async throws -> User {
        body?.first ?? User(id: 1, username: "theUser")
    }

    func loginUser(username: String?, password: String?) async throws -> ResponseWithHeaders<String, LoginUserHeaders> {
        ResponseWithHeaders(
            "logged in user session: \(username ?? "")",
            headers: LoginUserHeaders(xRateLimit: 5000, xExpiresAfter: Date(timeIntervalSince1970: 1_767_225_600)), status: 200)
    }

    func logoutUser() async throws {}

    func getUserByName(username: String) async throws -> User {
        User(id: 1, username: username, firstName: "John", email: "john@example.com")
    }

    func updateUser(username: String, body: UpdateUserBody?) async throws {}

    func deleteUser(username: String) async throws {}
}
