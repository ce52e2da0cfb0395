import Testing
@testable import SpecgenCore

@Suite("$ref parsing")
struct ReferenceTests {
    @Test("References resolve relative to the file they are written in", arguments: [
        ("#/components/schemas/A", "api.yaml", "api.yaml", ["components", "schemas", "A"]),
        ("schemas/a.yaml", "api.yaml", "schemas/a.yaml", []),
        ("../common.yaml#/Thing", "paths/users.yaml", "common.yaml", ["Thing"]),
        ("./b.yaml#/x/y", "dir/a.yaml", "dir/b.yaml", ["x", "y"]),
        ("#/paths/~1users~1{id}/get", "api.yaml", "api.yaml", ["paths", "/users/{id}", "get"]),
        ("#/a~0b/c%20d", "api.yaml", "api.yaml", ["a~b", "c d"]),
        ("my%20file.yaml", "api.yaml", "my file.yaml", []),
    ])
    func resolves(_ ref: String, _ file: String, _ target: String, _ pointer: [String]) throws {
        let reference = try Reference.parse(ref, in: file)
        #expect(reference.file == target)
        #expect(reference.pointer == pointer)
    }

    @Test("References that leave the specs folder or reach the network are refused", arguments: [
        ("../../etc/passwd", Reference.Problem.outsideRoot("../../etc/passwd")),
        ("/etc/passwd", .absolutePath("/etc/passwd")),
        ("https://example.com/a.yaml#/A", .remote("https://example.com/a.yaml#/A")),
        ("#components/schemas/A", .malformedPointer("#components/schemas/A")),
    ])
    func refused(_ ref: String, _ problem: Reference.Problem) {
        #expect(throws: problem) { try Reference.parse(ref, in: "api.yaml") }
    }
}
