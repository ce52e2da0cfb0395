import Foundation
import TestSupport
import Testing
import WireFidelity

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension RecordingTransport: WireFidelity.HTTPTransport {
    func send(_ request: URLRequest) async throws -> WireFidelity.HTTPResponse {
        let (status, data) = try await exchange(request)
        return HTTPResponse(status: status, body: HTTPBody(data))
    }
}

/// The types of the `wire-fidelity` golden case keep exactly what an API sends, through a plain
/// `JSONDecoder()` and `JSONEncoder()`, and send what a request may hold, judged by openapi-core.
@Suite("Data fidelity", .serialized)
struct FidelityTests {
    private func roundTrip<Value: Codable>(_ type: Value.Type, _ json: String) throws -> (value: Value, json: JSONTree) {
        let value = try JSONDecoder().decode(Value.self, from: Data(json.utf8))
        return (value, try JSONDecoder().decode(JSONTree.self, from: JSONEncoder().encode(value)))
    }

    private func tree(_ json: String) throws -> JSONTree {
        try JSONDecoder().decode(JSONTree.self, from: Data(json.utf8))
    }

    @Test("absent, null and a value come back out as they came in, and read in one step")
    func nullAndAbsent() throws {
        let json = #"""
            {"id": 1, "title": "Crash", "body": null, "milestone": null, "closedAt": null, "reviewerIds": null,
             "parent": {"id": 2, "title": "Epic", "body": "All of it", "milestone": 7, "parent": null}}
            """#
        let (issue, encoded) = try roundTrip(Issue.self, json)
        #expect(encoded == (try tree(json)))
        #expect(issue.milestone == nil)
        #expect(issue.$milestone == .null)
        #expect(issue.parent?.milestone == 7)
        #expect(issue.parent?.$closedAt == .absent)
        #expect(issue.parent?.$parent == .null)
        #expect(issue.bankAccount == nil)

        let listed = #"{"id": 4, "title": "Labels", "body": null, "labels": ["bug", null]}"#
        #expect(try roundTrip(Issue.self, listed).json == (try tree(listed)))

        let bare = #"{"id": 3, "title": "Typo", "body": null}"#
        #expect(try roundTrip(Issue.self, bare).json == (try tree(bare)))
    }

    @Test("a PATCH clears a field with null, leaves out what is not set, and sends values")
    func patch() async throws {
        try await withOracle("wire-fidelity") { oracle in
            let client = Client(serverURL: oracle.url, transport: oracle.transport)
            var change = IssueUpdate(title: "Renamed")
            change.$milestone = .null
            change.dueOn = CalendarDate(year: 2026, month: 3, day: 1)
            try await client.updateIssue(number: 5, body: change)
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == ["title": "Renamed", "milestone": nil, "dueOn": "2026-03-01"])

            change = IssueUpdate()
            change.$dueOn = .null
            change.milestone = 4
            change.files = ["old.txt": nil, "new.txt": .init(content: "hello")]
            try await client.updateIssue(number: 5, body: change)
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(verdict.body == ["milestone": 4, "dueOn": nil, "files": ["old.txt": nil, "new.txt": ["content": "hello"]]])
        }
    }

    @Test("readOnly properties are not sent, writeOnly ones are, and neither is needed to decode")
    func directions() async throws {
        let received = try JSONDecoder().decode(Account.self, from: Data(#"{"id": "a1", "email": "a@example.com", "createdAt": "2026-01-02T03:04:05Z"}"#.utf8))
        #expect(received.id == "a1")
        #expect(received.password == nil)
        #expect(try JSONDecoder().decode(JSONTree.self, from: JSONEncoder().encode(received))
            == ["id": "a1", "email": "a@example.com", "createdAt": "2026-01-02T03:04:05Z"])

        try await withOracle("wire-fidelity") { oracle in
            let client = Client(serverURL: oracle.url, transport: oracle.transport)
            var account = received
            account.password = "hunter2"
            try await client.createAccount(body: account)
            // openapi-core fills in `plan`'s default; what went out is in the raw body.
            var verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(try JSONTree(data: verdict.rawBody) == ["email": "a@example.com", "password": "hunter2"])

            try await client.createAccount(body: Account(email: "b@example.com", password: "s3cret", plan: "team"))
            verdict = try oracle.verdict()
            #expect(verdict.errors == [])
            #expect(try JSONTree(data: verdict.rawBody) == ["email": "b@example.com", "password": "s3cret", "plan": "team"])
        }
    }

    @Test("allOf of strings is a string, anyOf keeps every member's properties, extra properties stay")
    func shapes() throws {
        let json = #"""
            {"id": 1, "title": "Rules", "body": null, "bankAccount": "bank_123",
             "rules": [{"id": 1, "wait_timer": 30}, {"id": 2, "reviewers": ["ana"], "wait_timer": 5}],
             "extra": {"source": "import", "batch": 7, "tags": ["a", null], "nested": {"deep": true}}}
            """#
        let (issue, encoded) = try roundTrip(Issue.self, json)
        #expect(encoded == (try tree(json)))
        #expect(issue.bankAccount == "bank_123")
        #expect(issue.rules?[1].reviewers == ["ana"])
        #expect(issue.rules?[1].waitTimer == 5)
        #expect(issue.extra?.additionalProperties["batch"] == .int(7))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BankAccountId.self, from: Data(#"{"id": "bank_1"}"#.utf8)) }
    }

    @Test("a union whose members overlap decodes into the most specific one, dropping nothing")
    func overlappingMembers() throws {
        let certified = #"{"id": 1, "title": "Mail", "body": null, "letter": {"id": "ltr_1", "extra_service": "certified", "tracking_number": null}}"#
        let (issue, encoded) = try roundTrip(Issue.self, certified)
        #expect(encoded == (try tree(certified)))
        guard case .certified(let letter)? = issue.letter else { Issue.record("expected .certified, got \(String(describing: issue.letter))"); return }
        #expect(letter.extraService == .certified)

        let regular = #"{"id": 2, "title": "Mail", "body": null, "letter": {"id": "ltr_2"}}"#
        guard case .regular? = try roundTrip(Issue.self, regular).value.letter else { Issue.record("expected .regular"); return }
    }

    @Test("formats: UUIDs lower-case, dates as days, bytes as base64, 64-bit integers and beyond")
    func formats() throws {
        let json = #"""
            {"id": 1, "title": "Formats", "body": "b", "reviewerIds": ["6f1c3b1e-0d2a-4b8e-9f3a-2c1d4e5f6a7b"],
             "closedAt": "2026-01-02T03:04:05.250Z", "dueOn": "2026-12-31", "checksum": "AAEC/w==", "size": 18446744073709551615,
             "limit": 9223372036854776000}
            """#
        let (issue, encoded) = try roundTrip(Issue.self, json)
        #expect(encoded == (try tree(json)))
        #expect(issue.dueOn == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(issue.closedAt == Date(timeIntervalSince1970: 1_767_323_045.25))
        // The schema the property refers to, standing alone, is read as the API writes it.
        let alone = #""2026-01-02T03:04:05.250Z""#
        #expect(try roundTrip(Timestamp.self, alone).json == (try tree(alone)))
        #expect(issue.dueOn?.date(in: TimeZone(identifier: "UTC")!) == Date(timeIntervalSince1970: 1_798_675_200))
        #expect(issue.checksum == Data([0, 1, 2, 255]))
        #expect(issue.size == UInt64.max)
        // Beyond Int64, digit for digit (`JSONTree` compares numbers as doubles, so the text too).
        #expect(issue.limit == Decimal(string: "9223372036854776000"))
        #expect(String(decoding: try JSONEncoder().encode(issue), as: UTF8.self).contains(#""limit":9223372036854776000"#))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Issue.self, from: Data(#"{"id": 1, "title": "t", "body": null, "dueOn": "31/12/2026"}"#.utf8)) }
        // A date-time where a date is documented (Lob sends them) is read as the day it is written on.
        let sent = try JSONDecoder().decode(Issue.self, from: Data(#"{"id": 1, "title": "t", "body": null, "dueOn": "2024-08-31T23:30:00-05:00"}"#.utf8))
        #expect(sent.dueOn == CalendarDate(year: 2024, month: 8, day: 31))
    }

    @Test("a date-time with any offset RFC 3339 allows (to 23:59) is read as its instant")
    func wideOffsets() throws {
        func closedAt(_ text: String) throws -> Date? {
            try JSONDecoder().decode(Issue.self, from: Data(#"{"id": 1, "title": "t", "body": null, "closedAt": "\#(text)"}"#.utf8)).closedAt
        }
        // 2026-01-02T03:04:05Z is 1_767_323_045; Foundation's own parser stops at 18 hours.
        #expect(try closedAt("2026-01-02T03:04:05-21:16") == Date(timeIntervalSince1970: 1_767_323_045 + 76_560))
        #expect(try closedAt("2026-01-02T03:04:05.5+23:59") == Date(timeIntervalSince1970: 1_767_323_045.5 - 86_340))
        #expect(throws: DecodingError.self) { try closedAt("2026-01-02T03:04:05+24:00") }
    }
}
