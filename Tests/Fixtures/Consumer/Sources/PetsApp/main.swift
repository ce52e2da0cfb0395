import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PetsAPI
import PetsAdmin

/// Answers every request with one pet, and remembers what it was asked.
struct CannedTransport: HTTPTransport {
    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let body = Data(#"{"id": 42, "name": "Rex"}"#.utf8)
        let response = HTTPURLResponse(url: request.url!, statusCode: 200, httpVersion: nil, headerFields: ["Content-Type": "application/json"])!
        print("\(request.httpMethod ?? "?") \(request.url!.absoluteString) \(request.value(forHTTPHeaderField: "Authorization") ?? "")")
        return (body, response)
    }
}

let client = Client(credentials: Credentials(token: "secret"), transport: CannedTransport())
let pet = try await client.getPet(id: 42)
print(pet.greeting)
print(try Admin.petName(in: JSONEncoder().encode(pet)))
