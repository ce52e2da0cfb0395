import Foundation
import Testing
@testable import ExaAPI

/// The generated support code writes form bodies property by property in each one's style.
@Suite struct FormEncodingTests {
    private struct Card: Encodable {
        var number = "4242"
        var expires: [Int] = [12, 2030]
        var holder: [String: String?] = ["name": "A B", "nickname": nil]
        var isDefault = true
        var limit = 2.5
    }

    @Test func leavesAreTheScalarsWithTheKeysThatLeadToThemNullsLeftOut() throws {
        let leaves = try JSONValue(encoding: Card()).leaves()
        #expect(leaves.map { $0.path.joined(separator: ".") + "=" + $0.text } == [
            "expires.0=12", "expires.1=2030", "holder.name=A B", "isDefault=true", "limit=2.5", "number=4242",
        ])
    }

    @Test func aFormBodyExplodesEachPropertyUnlessItsEncodingSaysDeepObject() throws {
        var request = HTTPRequest(method: "POST", server: "http://localhost", path: "/cards")
        try request.setFormBody(Card(), styles: ["holder": (.deepObject, explode: true)])
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body == "expires=12&expires=2030&holder%5Bname%5D=A%20B&isDefault=true&limit=2.5&number=4242")
        #expect(request.headers.contains { $0.0 == "Content-Type" && $0.1 == "application/x-www-form-urlencoded" })
    }
}
