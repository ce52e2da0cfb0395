/// Owns every rule that turns a name from a spec into a Swift identifier: word splitting, casing,
/// keywords, leading digits, and names the generated code already uses.
public enum SwiftNamer {
    /// Words Swift reserves in declarations; members with these names are written in backticks.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "_", "Type", "Protocol",
    ]

    /// Standard library and Foundation types that code using the output expects to mean what
    /// they always mean, whether or not the templates refer to them. The output's own types, and
    /// what its templates use, are read from the templates (``ReservedNames``).
    public static let standardTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Date", "URL", "UUID", "Data", "Array",
        "Dictionary", "Set", "Optional", "Error", "Result", "Never", "Void", "Character", "Codable", "Decodable",
        "Encodable", "Hashable", "Sendable", "Equatable", "Decoder", "Encoder", "CodingKey", "Foundation", "Swift",
    ]

    /// `webhook-config` → `WebhookConfig`, `WebsetEnrichment` stays as it is, `Type` → `TypeModel`.
    public static func typeName(_ raw: String) -> String {
        let words = self.words(raw)
        var name = words.map(capitalized).joined()
        if name.isEmpty { name = "Unnamed" }
        if isDigit(name.utf8.first!) { name = "_" + name }
        return keywords.contains(name) ? reservedTypeName(name) : name
    }

    /// The name a type of the API takes when `name` is already the output's or Swift's.
    public static func reservedTypeName(_ name: String) -> String { name + "Model" }

    /// `created_at` → `createdAt`, `INVALID_REQUEST` → `invalidRequest`, `Exa-Beta` → `exaBeta`.
    /// Keywords are not escaped here; see ``escaped(_:)``.
    public static func memberName(_ raw: String) -> String {
        // `+1` and `-1` (GitHub's reactions) would both be `_1`.
        if let sign = raw.first, sign == "+" || sign == "-", raw.dropFirst().first?.isNumber == true {
            return memberName((sign == "+" ? "plus " : "minus ") + raw.dropFirst())
        }
        let words = self.words(raw)
        guard let first = words.first else { return "empty" }
        var name = lowered(first) + words.dropFirst().map(capitalized).joined()
        if isDigit(name.utf8.first!) { name = "_" + name }
        // A parameter or property named `self` would shadow the instance inside initializers.
        return name == "self" ? "selfValue" : name
    }

    /// The identifier as it must be written in a declaration: keywords in backticks.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// The identifier as an argument label in a call (`default: true`): only `inout`, `var` and
    /// `let` need backticks there, and the compiler warns of others.
    public static func argumentLabel(_ name: String) -> String {
        ["inout", "var", "let"].contains(name) ? "`\(name)`" : name
    }

    /// The name of a case that holds a `type`: `company`, `companyList`, `stringMap`, `jsonValue`;
    /// `typeName` gives a declaration's Swift name.
    public static func caseName(for type: TypeRef, typeName: (TypeID) -> String) -> String {
        switch type {
        case .named(let id): return memberName(typeName(id))
        case .array(let element): return caseName(for: element, typeName: typeName) + "List"
        case .map(let value): return caseName(for: value, typeName: typeName) + "Map"
        case .optional(let wrapped): return caseName(for: wrapped, typeName: typeName)
        case .json: return "jsonValue"
        default: return memberName(String(describing: type))
        }
    }

    /// A plural property name's element: `options` → `Option`, `entries` → `Entry`, `criteria` →
    /// `CriteriaItem`.
    public static func elementTypeName(_ plural: String) -> String {
        let name = typeName(plural)
        if name.hasSuffix("ies"), name.count > 4 { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("sses") || name.hasSuffix("xes") || name.hasSuffix("ches") { return String(name.dropLast(2)) }
        if name.hasSuffix("s"), !name.hasSuffix("ss"), !name.hasSuffix("us"), !name.hasSuffix("is"), name.count > 3 {
            return String(name.dropLast())
        }
        return name + "Item"
    }

    /// Splits on anything that is not an ASCII letter or digit, and on lower-to-upper case changes.
    static func words(_ raw: String) -> [Substring] {
        enum Class { case separator, lower, upper, digit }
        func classify(_ byte: UInt8) -> Class {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): .lower
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
            case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
            default: .separator
            }
        }
        var words: [Substring] = []
        let utf8 = raw.utf8
        var start: String.Index?
        var previous = Class.separator
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let current = classify(utf8[index])
            if current == .separator {
                if let begin = start { words.append(raw[begin..<index]) }
                start = nil
            } else if start == nil {
                start = index
            } else if current == .upper, previous == .lower || previous == .digit {
                words.append(raw[start!..<index])
                start = index
            }
            previous = current
            index = utf8.index(after: index)
        }
        if let begin = start { words.append(raw[begin...]) }
        return words
    }

    // Words hold ASCII letters and digits only (see ``words(_:)``), so casing works on bytes,
    // without the Unicode tables `Character` consults.

    private static func capitalized(_ word: Substring) -> String {
        var bytes = Array(word.utf8)
        let isShouting = bytes.count > 1 && bytes.allSatisfy { isUpper($0) || isDigit($0) }
        bytes[0] = upper(bytes[0])
        if isShouting {
            for index in bytes.indices.dropFirst() { bytes[index] = lower(bytes[index]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first word of a member name: all lower case, except that `URLValue` keeps `Value`.
    private static func lowered(_ word: Substring) -> String {
        var bytes = Array(word.utf8)
        let upperRun = bytes.prefix(while: isUpper).count
        let end = upperRun == bytes.count ? bytes.count : max(upperRun - 1, 1)
        for index in 0..<end { bytes[index] = lower(bytes[index]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func upper(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
    }

    private static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
}

/// Hands out names unique within one scope: the one place a taken name gets a number.
public struct NameScope: Sendable {
    private var taken: Set<String>

    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// `name` if it is free, else the first free of `name2`, `name3`, ... (`v1_2`, `v1_3`, ...
    /// after a digit, so a number never runs into one the name already ends with); free means
    /// not taken in this scope and not refused by `isTakenElsewhere`.
    public mutating func claim(_ name: String, unless isTakenElsewhere: (String) -> Bool = { _ in false }) -> String {
        var candidate = name
        let separator = name.last?.isNumber == true ? "_" : ""
        var counter = 2
        while taken.contains(candidate) || isTakenElsewhere(candidate) {
            candidate = "\(name)\(separator)\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }

    public func contains(_ name: String) -> Bool { taken.contains(name) }
}

extension SwiftNamer {
    /// The method name of an operation: an `operationId` as it is (`deleteAgentRun`), a docs call
    /// verb first (`websets.enrichments.cancel` → `cancelEnrichment`), a page title's verb and noun
    /// (`Cancel a running Webset` → `cancelWebset`), or method and path
    /// (`DELETE /agent/runs/{id}` → `deleteAgentRunsById`).
    public static func methodName(for operationName: String) -> String {
        let words = operationName.split(separator: " ")
        if words.count > 2, !operationName.contains("/") {
            // A page title: its verb and its last noun (`Cancel a running Webset` → `cancelWebset`).
            return memberName(String(words[0])) + typeName(String(words[words.count - 1]))
        }
        let segments = operationName.split(separator: ".")
        guard segments.count > 1, let verb = segments.last else { return memberName(operationName) }
        let noun = elementTypeName(String(segments[segments.count - 2]))
        return memberName(String(verb)) + (noun.hasSuffix("Item") ? String(noun.dropLast(4)) : noun)
    }
}
