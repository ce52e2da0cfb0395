import Mustache

/// Everything `Type.mustache` lays out for one declaration and the declarations nested in it.
struct DeclarationContext: MustacheParent {
    enum Form: String {
        case structure, openEnum, taggedUnion, kindUnion, shapeUnion, alias
    }

    var form: Form
    var docLines: [String]
    var access: String
    var name: String
    /// `struct`, `enum` or `indirect enum`.
    var keyword = "struct"
    var conformances = "Codable, Hashable, Sendable"
    var aliasedType = ""
    var properties: [PropertyContext] = []
    var initParameters: [ListItem] = []
    /// `@available(*, deprecated, …)` on the memberwise initializer of a deprecated schema.
    var initAttributes: [String] = []
    var cases: [CaseContext] = []
    /// The statement a union's `init(from:)` opens its switch or attempts with.
    var switchSubject = ""
    var fallbackDecode = ""
    var fallbackEncode = ""
    /// The `switch` cases of `parameterText`, for a union of scalars sent as a parameter.
    var parameterTextLines: [String] = []
    /// The declarations nested in this one, already rendered and indented.
    var nested: [String] = []

    /// The names ``child(named:)`` answers, for checking `Type.mustache` before it renders: read
    /// off ``Key``, so a name cannot be listed without being answered, nor the reverse.
    static let keys = TemplateKeys("a declaration", Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, $0.value) }))

    /// The names ``child(named:)`` answers, looked up once per tag: a `switch` over strings compares
    /// them one by one, and a template asks for a name at every tag of every declaration.
    private enum Key: String, CaseIterable {
        case isStruct, isOpenEnum, isTaggedUnion, isKindUnion, isShapeUnion, isAlias, docLines, access, name, keyword, conformances, aliasedType, properties, storedProperties, initParameters, initAttributes, hasInitializer, hasCustomCoding, cases, switchSubject, fallbackDecode, fallbackEncode, propertyLines, initParameterLines, initAssignments, decodeLines, encodeLines, caseLines, caseDecodeLines, caseEncodeLines, parameterTextLines, hasParameterText, nested, hasNested

        /// What the name holds.
        var value: TemplateKeys.Value {
            switch self {
            case .isStruct, .isOpenEnum, .isTaggedUnion, .isKindUnion, .isShapeUnion, .isAlias, .hasInitializer,
                .hasCustomCoding, .hasParameterText, .hasNested:
                .flag
            case .access, .name, .keyword, .conformances, .aliasedType, .switchSubject, .fallbackDecode, .fallbackEncode: .text
            case .docLines, .initAttributes, .nested, .parameterTextLines, .propertyLines, .initParameterLines, .initAssignments, .decodeLines,
                .encodeLines, .caseLines, .caseDecodeLines, .caseEncodeLines:
                .texts
            case .properties, .storedProperties: .list(PropertyContext.keys)
            case .initParameters: .list(ListItem.keys)
            case .cases: .list(CaseContext.keys)
            }
        }
    }

    private static let keysByName = Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, $0) })

    func child(named name: String) -> Any? {
        guard let key = Self.keysByName[name] else { return nil }
        return switch key {
        case .isStruct: form == .structure
        case .isOpenEnum: form == .openEnum
        case .isTaggedUnion: form == .taggedUnion
        case .isKindUnion: form == .kindUnion
        case .isShapeUnion: form == .shapeUnion
        case .isAlias: form == .alias
        case .docLines: TemplateLines(docLines)
        case .access: access
        case .name: self.name
        case .keyword: keyword
        case .conformances: conformances
        case .aliasedType: aliasedType
        case .properties: properties
        case .storedProperties: properties.filter(\.isStored)
        case .initParameters: initParameters
        case .initAttributes: initAttributes
        case .hasInitializer: !initParameters.isEmpty
        // A struct with properties writes out `init(from:)` and `encode(to:)`.
        case .hasCustomCoding: !properties.isEmpty
        case .cases: cases
        case .switchSubject: switchSubject
        case .fallbackDecode: fallbackDecode
        case .fallbackEncode: fallbackEncode
        // Flat lists of lines, which a template places all at once (see `TemplateLines`): far
        // cheaper to render than a named lookup in a context per property or case.
        case .propertyLines: TemplateLines(properties.flatMap { $0.docLines + $0.attributes + [$0.declaration] + $0.storage })
        case .initParameterLines: TemplateLines(initParameters.map { $0.text + $0.separator })
        case .initAssignments: TemplateLines(properties.filter(\.isStored).map(\.initAssignment))
        case .decodeLines: TemplateLines(properties.map(\.decodeLine))
        case .encodeLines: TemplateLines(properties.map(\.encodeLine))
        case .caseLines: TemplateLines(cases.flatMap { $0.docLines + [$0.declaration] })
        case .caseDecodeLines: TemplateLines(cases.map(\.decodeLine))
        case .caseEncodeLines: TemplateLines(cases.map(\.encodeLine))
        case .parameterTextLines: TemplateLines(parameterTextLines)
        case .hasParameterText: !parameterTextLines.isEmpty
        case .nested: nested
        case .hasNested: !nested.isEmpty
        }
    }
}

/// The context of `Types.mustache`: the file header and its top-level declarations.
struct TypesFileContext: MustacheParent {
    var header: String
    /// The top-level declarations, rendered.
    var declarations: [String]

    /// The names ``child(named:)`` answers, for checking `Types.mustache` before it renders.
    static let keys = TemplateKeys("the types file", ["header": .text, "declarations": .texts])

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "declarations": declarations
        default: nil
        }
    }
}
