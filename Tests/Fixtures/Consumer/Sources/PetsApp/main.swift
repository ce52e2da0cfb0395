import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PetsAPI
import PetsAdmin

/// Answers every request with one pet, and remembers what it was asked.
struct CannedTransport: HTTPTransport {
    func send(_ request: URLRequest) async throws -> HTTPResponse {
        let body = Data(#"{"id": 42, "name": "Rex"}"#.utf8)
        print("\(request.httpMethod ?? "?") \(request.url!.absoluteString) \(request.value(forHTTPHeaderField: "Authorization") ?? "")")
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: HTTPBody(body))
    }
}

let client = Client(credentials: Credentials(token: "secret"), transport: CannedTransport())
let pet = try await client.getPet(id: 42)
print(pet.greeting)
print(try Admin.petName(in: JSONEncoder().encode(pet)))
