import SpecgenCore

/// libFuzzer's entry point: the whole pipeline over one input, read as a YAML or JSON document
/// when its first byte is even and as a docs page when it is odd (so fences and rendered pages
/// are fuzzed too). Any crash, hang or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let name = (bytes.first ?? 0) % 2 == 0 ? "api.yaml" : "page.md"
    let input = InputFile(path: name, relativePath: name, bytes: bytes)
    let result = Generator().generate([input])
    _ = DiagnosticRenderer(files: result.sources).render(result.diagnostics)
    return 0
}
