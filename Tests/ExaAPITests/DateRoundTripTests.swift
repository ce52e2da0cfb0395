import ExaAPI
import Foundation
import TestSupport
import Testing

/// A `date-time` the server sends is written back as the same instant: the pages' dates carry
/// whole seconds, but RFC 3339 allows any fraction and servers send milliseconds or more.
///
/// The carrier is the enrichment page example's `createdAt`; instants are read with the test's
/// own `ISO8601FormatStyle`, so `.000Z` and `Z` count as the same.
@Suite struct DateRoundTripTests {
    @Test func everyMillisecondIsWrittenBackAsTheSameInstant() throws {
        let example = try JSONTree(text: PageSpec.load().example(ofType: "WebsetEnrichment").json)
        let wholeSecond = try #require(example["createdAt"]?.string?.dropLast(), "the example's createdAt is not a Z date")
        var changed: [String] = []
        for millisecond in 0..<1000 {
            let sent = "\(wholeSecond).\(String(millisecond + 1000).dropFirst())Z"
            let written = try Self.createdAt(writtenFor: example.setting("createdAt", to: .string(sent)))
            if try Self.instant(written) != Self.instant(sent) { changed.append("\(sent) → \(written)") }
        }
        #expect(changed.count == 0, "of 1000 millisecond dates, these come back as another instant, e.g. \(changed.prefix(3))")
    }

    @Test func microsecondsAreNotLost() throws {
        let example = try JSONTree(text: PageSpec.load().example(ofType: "WebsetEnrichment").json)
        let wholeSecond = try #require(example["createdAt"]?.string?.dropLast(), "the example's createdAt is not a Z date")
        let sent = "\(wholeSecond).123456Z"

        let written = try Self.createdAt(writtenFor: example.setting("createdAt", to: .string(sent)))

        let drift = abs(try Self.instant(written).timeIntervalSince(Self.instant(sent)))
        #expect(drift < 0.000_001, "\(sent) → \(written)")
    }

    /// The `createdAt` a plain `JSONEncoder()` writes for `json` decoded as a `WebsetEnrichment`.
    private static func createdAt(writtenFor json: JSONTree) throws -> String {
        let (_, written) = try json.roundTrip(as: WebsetEnrichment.self)
        return try #require(written["createdAt"]?.string)
    }

    private static func instant(_ text: String) throws -> Date {
        let style = text.contains(".") ? Date.ISO8601FormatStyle(includingFractionalSeconds: true) : Date.ISO8601FormatStyle()
        return try style.parse(text)
    }
}
