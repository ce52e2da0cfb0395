import Foundation
import Testing
import SpecgenCore

@Test func explore() throws {
    let specs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("specs").path
    let folder = try InputFolder(path: specs)
    var sources = SourceFiles(); var diagnostics = Diagnostics()
    let spec = SpecLoader().load(try folder.entries(), sources: &sources, diagnostics: &diagnostics)
    print("DIAG", DiagnosticRenderer(files: sources).render(diagnostics.all))
    for e in spec.responseExamples { print("EX", e.method, e.path, e.status, e.name, sources.path(e.mark.file), e.mark.line, e.json) }
    for op in spec.operations { print("OP", op.method, op.path, JSONWriter.json(op.node).prefix(3000)) }
    for (k, v) in spec.components { for c in v { print("COMP", k, c.name, JSONWriter.json(c.node).prefix(20000)) } }
    print("SKIPPED", spec.skipped)
}
