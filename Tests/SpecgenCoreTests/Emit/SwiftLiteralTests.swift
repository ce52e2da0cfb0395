import Testing
@testable import SpecgenCore

@Suite("Literals in generated code and doc comments")
struct SwiftLiteralTests {
    @Test("whole numbers below 1e21 are written in full, as JSON writers print them", arguments: [
        (9.223372036854776e18, "9223372036854776000"),
        (1e16, "10000000000000000"),
        (-2.5e20, "-250000000000000000000"),
        (1e21, "1e+21"),
        (0.5, "0.5"),
        (-1, "-1.0"),
        (1.5e-7, "1.5e-07"),
    ])
    func number(value: Double, written: String) {
        #expect(SwiftLiteral.number(value) == written)
    }
}
