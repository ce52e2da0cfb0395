import ExaAPI
import Foundation
import TestSupport
import SpecgenCore
import Testing

/// Responses from a newer server than the pages describe still decode: unknown enum values and
/// union variants are kept as `.unknown`, `null` and absent properties come back as they came,
/// and only values that break the schema (a wrong constant) are refused.
@Suite struct ForwardCompatibilityTests {
    @Test func unknownEnrichmentStatusAndFormatAreKeptAsUnknown() throws {
        let example = try Self.example(of: "WebsetEnrichment")
        let changed = example.setting("status", to: "archived").setting("format", to: "hologram")

        let (enrichment, written) = try changed.roundTrip(as: WebsetEnrichment.self)

        #expect(enrichment.status == .unknown("archived"))
        #expect(enrichment.format == .unknown("hologram"))
        #expect(written == changed)
    }

    @Test func unknownSearchStatusAndCanceledReasonAreKeptAsUnknown() throws {
        let example = try Self.example(of: "WebsetSearch")
        let changed = example.setting("status", to: "paused").setting("canceledReason", to: "user_left")

        let (search, written) = try changed.roundTrip(as: WebsetSearch.self)

        #expect(search.status == .unknown("paused"))
        #expect(search.canceledReason == .unknown("user_left"))
        #expect(written == changed)
    }

    @Test func unknownEntityTypeIsKeptWholeAndWrittenBack() throws {
        let galaxy: JSONTree = ["type": "galaxy", "size": 3]
        let changed = try Self.example(of: "WebsetSearch").setting("entity", to: galaxy)

        let (search, written) = try changed.roundTrip(as: WebsetSearch.self)

        guard case .unknown(let kept)? = search.entity else {
            Issue.record("entity \(galaxy) decoded as \(String(describing: search.entity)), not .unknown")
            return
        }
        #expect(try JSONTree(encoding: kept) == galaxy)
        #expect(written == changed)
    }

    @Test func entityTagSelectsItsVariantWithItsProperties() throws {
        let custom: JSONTree = ["type": "custom", "description": "Biotech startups in Lisbon"]
        let changed = try Self.example(of: "WebsetSearch").setting("entity", to: custom)

        let (search, written) = try changed.roundTrip(as: WebsetSearch.self)

        #expect(search.entity == .custom(CustomEntity(description: "Biotech startups in Lisbon")))
        #expect(written == changed)
    }

    @Test func nullSearchPropertiesDecodeAsNilAndAreWrittenAsNull() throws {
        let names = ["entity", "recall", "canceledAt", "canceledReason"]
        let changed = try names.reduce(Self.example(of: "WebsetSearch")) { $0.setting($1, to: .null) }

        let (search, written) = try changed.roundTrip(as: WebsetSearch.self)

        #expect(search.entity == nil)
        #expect(search.recall == nil)
        #expect(search.canceledAt == nil)
        #expect(search.canceledReason == nil)
        #expect(written == changed)
    }

    /// Each property the page marks nullable, nested ones included, set to `null` one at a time
    /// and all at once: a required nullable property must be written as `null`, not left out.
    @Test func everyNullablePropertyAcceptsNullAndWritesItBack() throws {
        var tried = 0
        for example in try DocumentedExample.all(in: PageSpec.load()) {
            let paths = example.schema.nullablePropertyPaths.filter { example.json.value(at: $0.dropLast())?.isObject == true }
            // Schemas inferred from a rendered page's example mark nothing nullable.
            guard !paths.isEmpty else { continue }
            tried += paths.count
            for path in paths {
                example.expectRoundTrip(example.json.setting(path: path, to: .null), "\(path.joined(separator: ".")) = null")
            }
            let allNull = paths.reduce(example.json) { $0.setting(path: $1, to: .null) }
            example.expectRoundTrip(allNull, "every nullable property = null")
        }
        #expect(tried > 0, "no example has a nullable property to set to null")
    }

    @Test func everyOptionalPropertyLeftOutStaysOut() throws {
        var tried = 0
        for example in try DocumentedExample.all(in: PageSpec.load()) {
            let paths = example.schema.optionalPropertyPaths.filter { example.json.value(at: $0) != nil }
            tried += paths.count
            for path in paths {
                example.expectRoundTrip(example.json.removing(path: path), "without \(path.joined(separator: "."))")
            }
        }
        #expect(tried > 0, "no example shows an optional property to leave out")
    }

    @Test func wrongConstantFailsToDecode() throws {
        var tried = 0
        for example in try DocumentedExample.all(in: PageSpec.load()) {
            // Schemas inferred from a rendered page's example fix no constant.
            let constants = example.schema.constantProperties
            tried += constants.count
            for constant in constants {
                let wrong = example.json.setting(constant.name, to: try Self.differentValue(than: constant.value))
                #expect(throws: DecodingError.self, "\(example.place): \(constant.name) = \(wrong[constant.name]?.text ?? "")") {
                    try example.reencode(wrong)
                }
            }
        }
        #expect(tried > 0, "no example's schema has a constant to break")
    }

    @Test func wrongDeleteAgentRunConstantsFailToDecode() throws {
        let valid: JSONTree = ["id": "agent_run_1", "object": "agent_run.deleted", "deleted": true]
        #expect(throws: Never.self) { try valid.roundTrip(as: DeleteAgentRunResponse.self) }
        for wrong in [valid.setting("object", to: "agent_run.created"), valid.setting("deleted", to: false)] {
            #expect(throws: DecodingError.self, "\(wrong)") { try wrong.roundTrip(as: DeleteAgentRunResponse.self) }
        }
    }

    /// The page example whose documented schema is `schemaName`, as JSON.
    private static func example(of schemaName: String) throws -> JSONTree {
        try JSONTree(text: PageSpec.load().example(ofType: schemaName).json)
    }

    /// A value of the constant's kind that is not the constant: `not_X` for a string `X`, the
    /// other boolean for a boolean.
    private static func differentValue(than constant: Node) throws -> JSONTree {
        switch try JSONTree(text: JSONWriter.json(constant)) {
        case .string(let text): .string("not_" + text)
        case .bool(let flag): .bool(!flag)
        case .number(let number): .number(number + 1)
        default: .string("not a constant")
        }
    }
}
