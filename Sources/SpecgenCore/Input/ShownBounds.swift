/// The limits a page shows under a field: `Required range: `0 <= x <= 500``, `Required string
/// length: `1 - 100``, `Minimum array length: `1``.
struct ShownBounds: Equatable, Sendable {
    /// What the limits apply to.
    enum Measure: Sendable {
        case value, length, items
    }

    struct Bound: Equatable, Sendable {
        var number: String
        var isExclusive = false
    }

    var measure: Measure
    var lower: Bound?
    var upper: Bound?

    /// Reads one attribute line; nil when it shows no limit.
    init?(_ line: some StringProtocol) {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon].lowercased()
        let expression = String(line[line.index(after: colon)...].filter { $0 != "`" })
        let words = expression.split(separator: " ").map(String.init).filter { $0 != "elements" && $0 != "characters" }
        switch label {
        case "required range": measure = .value
        case "required string length", "minimum string length", "maximum string length", "minimum length", "maximum length": measure = .length
        case "required array length", "minimum array length", "maximum array length": measure = .items
        default: return nil
        }
        if label.hasPrefix("minimum"), words.count == 1 {
            lower = Bound(number: words[0])
        } else if label.hasPrefix("maximum"), words.count == 1 {
            upper = Bound(number: words[0])
        } else if words.count == 3, words[1] == "-" {
            lower = Bound(number: words[0])
            upper = Bound(number: words[2])
        } else {
            readComparisons(words)
        }
        guard lower.map({ Double($0.number) != nil }) ?? true, upper.map({ Double($0.number) != nil }) ?? true,
            lower != nil || upper != nil
        else { return nil }
    }

    /// `0 <= x <= 500`, `x >= 0`, `x < 10`, `1 < x`.
    private mutating func readComparisons(_ words: [String]) {
        guard let x = words.firstIndex(of: "x") else { return }
        if x >= 2 { setBound(value: words[x - 2], operator: words[x - 1], valueIsLeft: true) }
        if x + 2 < words.count { setBound(value: words[x + 2], operator: words[x + 1], valueIsLeft: false) }
    }

    private mutating func setBound(value: String, operator symbol: String, valueIsLeft: Bool) {
        let isExclusive = symbol == "<" || symbol == ">"
        let valueIsBelow = (symbol.hasPrefix("<")) == valueIsLeft
        guard ["<", "<=", ">", ">="].contains(symbol) else { return }
        if valueIsBelow { lower = Bound(number: value, isExclusive: isExclusive) } else { upper = Bound(number: value, isExclusive: isExclusive) }
    }
}
