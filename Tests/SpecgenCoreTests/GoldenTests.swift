import Foundation
import Testing

@Suite("Golden cases")
struct GoldenTests {
    @Test("Input generates exactly the expected Swift and diagnostics", arguments: GoldenCase.all)
    func goldenCase(_ name: String) throws {
        let golden = GoldenCase(name: name)
        let actual = try golden.actualOutputs()
        let expected = golden.expectedOutputs()
        if GoldenCase.isRecording, actual != expected {
            try golden.record(actual)
            Issue.record("re-recorded \(name): review the diff, then run again without SPECGEN_RECORD")
            return
        }
        #expect(Set(actual.keys) == Set(expected.keys), "files of \(name)")
        for (file, text) in actual {
            #expect(text == expected[file], "\(name)/expected/\(file) differs; SPECGEN_RECORD=1 re-records")
        }
    }

    @Test("There are golden cases to check")
    func casesExist() {
        #expect(GoldenCase.all.count >= 16)
    }
}
