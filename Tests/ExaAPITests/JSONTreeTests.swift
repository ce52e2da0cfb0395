import Foundation
import TestSupport
import Testing

/// The comparison the round-trip tests rely on is neither too strict nor too lax.
@Suite struct JSONTreeTests {
    @Test func numbersCompareByValue() throws {
        #expect(try JSONTree(text: #"{"n": 50}"#) == JSONTree(text: #"{"n": 50.0}"#))
        #expect(try JSONTree(text: #"{"n": 50}"#) != JSONTree(text: #"{"n": 50.5}"#))
    }

    @Test func booleansAreNotNumbers() throws {
        #expect(try JSONTree(text: "true") != JSONTree(text: "1"))
        #expect(try JSONTree(text: "false") != JSONTree(text: "0"))
    }

    @Test func keyOrderDoesNotMatterButNullIsNotAbsence() throws {
        #expect(try JSONTree(text: #"{"a": 1, "b": 2}"#) == JSONTree(text: #"{"b": 2, "a": 1}"#))
        #expect(try JSONTree(text: #"{"a": 1, "b": null}"#) != JSONTree(text: #"{"a": 1}"#))
    }

    @Test func settingAndRemovingReachNestedObjects() throws {
        let tree = try JSONTree(text: #"{"progress": {"found": 1, "timeLeft": 3}}"#)

        #expect(try tree.setting(path: ["progress", "timeLeft"], to: .null) == JSONTree(text: #"{"progress": {"found": 1, "timeLeft": null}}"#))
        #expect(try tree.removing(path: ["progress", "timeLeft"]) == JSONTree(text: #"{"progress": {"found": 1}}"#))
    }
}
