import Foundation
import Testing
@testable import ExaAPI

/// The generated support code writes form bodies and deep-object query parameters in bracket form.
@Suite struct FormEncodingTests {
    private struct Card: Encodable {
        var number = "4242"
        var expires: [Int] = [12, 2030]
        var holder: [String: String?] = ["name": "A B", "nickname": nil]
        var isDefault = true
        var limit = 2.5
    }

    @Test func nestedValuesBecomeBracketedKeysWithNullsLeftOut() throws {
        let pairs = try JSONValue(encoding: Card()).formPairs(prefix: "card")
        #expect(pairs.map { "\($0)=\($1)" } == [
            "card[expires][0]=12", "card[expires][1]=2030", "card[holder][name]=A B", "card[isDefault]=true",
            "card[limit]=2.5", "card[number]=4242",
        ])
    }

    @Test func aFormBodyIsPercentEncodedWithItsContentType() throws {
        var request = HTTPRequest(method: "POST", server: "http://localhost", path: "/cards")
        try request.setFormBody(Card())
        let body = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(body.contains("card") == false)
        #expect(body.contains("holder[name]=A%20B"))
        #expect(body.split(separator: "&").count == 6)
        #expect(request.headers.contains { $0.0 == "Content-Type" && $0.1 == "application/x-www-form-urlencoded" })
    }
}
