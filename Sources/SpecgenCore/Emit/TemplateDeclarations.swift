/// What a set of templates declares and refers to, read from their Swift text: the names a
/// type from the spec must not take, so that custom templates are covered as the default ones are.
///
/// A light scan, not a parser: Mustache tags, comments and string literals are set aside, braces
/// give the nesting, and a declaration is a keyword (`struct`, `func`, ...) and the name after it.
struct TemplateDeclarations: Equatable {
    /// Types declared at the top level, and every capitalized name the code refers to
    /// (`URLSession`, `CharacterSet`): a spec's type of that name would shadow it.
    var typeNames: Set<String> = []
    /// By type name: the members declared directly inside it or inside an extension of it.
    /// Declarations whose name is a Mustache tag are listed under `{{}}`.
    var members: [String: Set<String>] = [:]

    static let tagPlaceholder = "{{}}"

    init(scanning texts: some Sequence<String>) {
        for text in texts { scan(text) }
    }

    private static let typeKeywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor", "extension"]
    private static let memberKeywords: Set<String> = ["func", "var", "let", "case"]
    private static let genericKeywords: Set<String> = ["func", "struct", "enum", "class", "actor", "typealias"]

    private mutating func scan(_ text: String) {
        var depth = 0
        /// The type each open brace belongs to, when it opened a type's body.
        var bodies: [String?] = []
        var pendingType: String?
        var previous = ""
        /// The name a `<` follows is declared when the token before it is a declaring keyword.
        var declaringGenerics = false
        var declared: Set<String> = []
        // `Value` in `func decode<Value: Decodable>`: a name that shadows no other where it is used.
        var genericParameters: Set<String> = []
        for token in Self.tokens(of: text) {
            defer { previous = token }
            switch token {
            case "<":
                continue  // keeps `declaringGenerics` for the name after it
            case "{":
                bodies.append(pendingType)
                pendingType = nil
                depth += 1
            case "}":
                if !bodies.isEmpty { bodies.removeLast() }
                depth = max(depth - 1, 0)
            default:
                let owner = depth >= 1 ? bodies[depth - 1] : nil
                if Self.typeKeywords.contains(previous) {
                    pendingType = token
                    if depth == 0, previous != "extension", token != Self.tagPlaceholder { declared.insert(token) }
                }
                if previous == "<", declaringGenerics { genericParameters.insert(token) }
                declaringGenerics = Self.genericKeywords.contains(previous)
                if let owner, Self.memberKeywords.contains(previous) || (Self.typeKeywords.contains(previous) && previous != "extension") {
                    members[owner, default: []].insert(token)
                }
                if let first = token.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) {
                    typeNames.insert(token)
                }
            }
        }
        typeNames.subtract(genericParameters.subtracting(declared))
        typeNames.formUnion(declared)
    }

    /// Identifiers (a Mustache tag is one, ``tagPlaceholder``), braces and `<`; comments, the text
    /// of string literals and other punctuation are left out.
    private static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        let bytes = Array(text.utf8)
        var index = 0
        func isIdentifier(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"):
                true
            default: false
            }
        }
        func starts(_ prefix: String) -> Bool { bytes[index...].starts(with: prefix.utf8) }
        while index < bytes.count {
            let byte = bytes[index]
            if starts("{{") {
                let close = starts("{{{") ? "}}}" : "}}"
                index += close.utf8.count
                while index < bytes.count, !starts(close) { index += 1 }
                index += close.utf8.count
                tokens.append(tagPlaceholder)
            } else if starts("//") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\n") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
            } else if isIdentifier(byte) {
                let start = index
                while index < bytes.count, isIdentifier(bytes[index]) { index += 1 }
                tokens.append(String(decoding: bytes[start..<index], as: UTF8.self))
            } else {
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "<") {
                    tokens.append(String(UnicodeScalar(byte)))
                }
                index += 1
            }
        }
        return tokens
    }
}
