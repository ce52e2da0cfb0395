import ExaAPI
import Foundation
import TestSupport
import Testing

/// The two any-JSON types decode every kind of JSON value to its own case and write it back:
/// `JsonValue`, made from the agent page's `JsonValue` schema, and `JSONValue`, the support type
/// that keeps unknown union variants.
@Suite struct AnyJSONTests {
    @Test(arguments: [
        ("null", JsonValue.null),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("0", .number(0)),
        ("1", .number(1)),
        ("-2.5", .number(-2.5)),
        ("1e3", .number(1000)),
        (#""text""#, .string("text")),
        (#""""#, .string("")),
        ("[]", .array([])),
        (#"[1, "a", null, [true]]"#, .array([.number(1), .string("a"), .null, .array([.bool(true)])])),
        ("{}", .object([:])),
        (#"{"a": {"b": [false]}, "c": null}"#, .object(["a": .object(["b": .array([.bool(false)])]), "c": .null])),
    ])
    func jsonValueDecodesEachKindToItsCase(text: String, expected: JsonValue) throws {
        let (value, written) = try JSONTree.roundTrip(Data(text.utf8), as: JsonValue.self)

        #expect(value == expected)
        #expect(try written == JSONTree(text: text))
    }

    @Test(arguments: [
        ("null", JSONValue.null),
        ("true", .bool(true)),
        ("0", .int(0)),
        ("-7", .int(-7)),
        ("2.5", .double(2.5)),
        (#""text""#, .string("text")),
        (#"[1, "a", null]"#, .array([.int(1), .string("a"), .null])),
        (#"{"type": "galaxy", "size": 3, "tags": []}"#, .object(["type": .string("galaxy"), "size": .int(3), "tags": .array([])])),
    ])
    func supportJSONValueDecodesEachKindToItsCase(text: String, expected: JSONValue) throws {
        let (value, written) = try JSONTree.roundTrip(Data(text.utf8), as: JSONValue.self)

        #expect(value == expected)
        #expect(try written == JSONTree(text: text))
    }
}
