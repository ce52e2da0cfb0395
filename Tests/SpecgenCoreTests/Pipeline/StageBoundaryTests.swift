import Foundation
import Testing

/// The Emit stage reads the Model alone: nothing under `Emit/` names a type or function declared
/// under `Resolve/`. One module holds both, so the compiler cannot tell; this reads the sources.
@Suite("Stage boundaries")
struct StageBoundaryTests {
    private static let sources = Fixtures.packageRoot.appendingPathComponent("Sources/SpecgenCore")

    private static func files(under folder: String) throws -> [String] {
        let root = sources.appendingPathComponent(folder)
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        return try names.filter { $0.hasSuffix(".swift") }.sorted().map {
            try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// The names Resolve declares that another stage could reach: its types and top-level
    /// functions, and whatever a file declares when it extends a type of another stage.
    private static func reachableNames(in files: [String]) -> Set<String> {
        let typePattern = /(?m)^\s*(?:(?:public|private|fileprivate|final|indirect)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_][A-Za-z0-9_]*)/
        let types = Set(files.flatMap { $0.matches(of: typePattern).map { String($0.output.1) } })
        var names = types
        for text in files {
            names.formUnion(text.matches(of: /(?m)^func\s+([A-Za-z_][A-Za-z0-9_]*)/).map { String($0.output.1) })
            let extended = text.matches(of: /(?m)^extension\s+([A-Za-z_][A-Za-z0-9_]*)/).map { String($0.output.1) }
            if extended.contains(where: { !types.contains($0) }) {
                names.formUnion(text.matches(of: /(?:func|var|let)\s+([A-Za-z_][A-Za-z0-9_]*)/).map { String($0.output.1) })
            }
        }
        return names
    }

    private static func identifiers(in text: String) -> Set<String> {
        // Comments and string literals are no use of a name.
        let code = text.replacing(/\/\/[^\n]*/, with: "").replacing(/"(?:[^"\\\n]|\\.)*"/, with: "\"\"")
        return Set(code.matches(of: /[A-Za-z_][A-Za-z0-9_]*/).map { String($0.output) })
    }

    @Test("Nothing under Emit uses what Resolve declares")
    func emitReadsTheModelAlone() throws {
        let resolve = try Self.files(under: "Resolve")
        let emit = try Self.files(under: "Emit")
        #expect(!resolve.isEmpty && !emit.isEmpty)
        let resolveNames = Self.reachableNames(in: resolve)
        let used = emit.map(Self.identifiers).reduce(into: Set()) { $0.formUnion($1) }
        #expect(resolveNames.contains("TypeSpace") && resolveNames.contains("CycleBreaker"), "the scan finds Resolve's names")
        #expect(used.intersection(resolveNames).isEmpty, "Emit uses \(used.intersection(resolveNames).sorted())")
    }
}
