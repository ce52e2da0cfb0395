/// One HTTP operation of the API.
public struct Endpoint: Hashable, Sendable, Codable {
    public enum Location: String, Hashable, Sendable, Codable {
        case path, query, header, cookie
    }

    /// OpenAPI's `style` of a parameter: how its value is laid out.
    public enum Style: String, Hashable, Sendable, Codable {
        case simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject

        /// The style a parameter in `location` has when it names none.
        public static func `default`(in location: Location) -> Style {
            location == .query || location == .cookie ? .form : .simple
        }

        /// The styles OpenAPI defines for `location`.
        public static func allowed(in location: Location) -> [Style] {
            switch location {
            case .path: [.simple, .label, .matrix]
            case .query: [.form, .spaceDelimited, .pipeDelimited, .deepObject]
            case .header: [.simple]
            case .cookie: [.form]
            }
        }
    }

    public struct Parameter: Hashable, Sendable, Codable {
        public var name: String
        /// The argument label of the client method, claimed among the operation's arguments.
        public var swiftName: String
        public var location: Location
        public var type: TypeRef
        public var isRequired: Bool
        /// The only value the parameter may take (a one-value enum), used as its default.
        public var fixedValue: String?
        public var documentation: String?
        /// True for an object or union, laid out through its JSON encoding.
        public var isStructured = false
        /// True for a union of single values and objects: a router reads the value its name
        /// holds, or else an object.
        public var isValueOrObject = false
        public var style: Style
        public var explode: Bool
        /// Reserved characters (`/`, `?`, `:`…) of a query value are sent as they are.
        public var allowReserved = false
        public var isDeprecated = false
    }

    /// A request body: one content type, or several the caller picks from.
    public struct Body: Hashable, Sendable, Codable {
        /// How a content type's value becomes bytes, and bytes a value.
        public enum Encoding: String, Hashable, Sendable, Codable {
            /// JSON, for `application/json` and every `+json` type.
            case json
            /// `application/x-www-form-urlencoded`, each property in its style.
            case form
            /// `multipart/form-data`, one part per property.
            case multipart
            /// A `text/*` string, sent as UTF-8.
            case text
            /// Bytes the caller gives, for any other media type.
            case binary
        }

        /// A field of a `multipart/form-data` body.
        public struct Part: Hashable, Sendable, Codable {
            public enum Kind: String, Hashable, Sendable, Codable {
                /// A scalar or list of scalars, as text (one part per item).
                case text
                /// An object, union or list of them, as one JSON part.
                case json
                /// Bytes with a file name (one part per file of a list).
                case file
            }

            public var name: String
            /// Its argument label, claimed among the operation's arguments.
            public var swiftName: String
            public var kind: Kind
            /// The value's type; for a file, `.data` (or a list of it).
            public var type: TypeRef
            public var isRequired: Bool
            /// The media type its `encoding` names, when it names one.
            public var contentType: String?
            public var documentation: String?
        }

        /// A property's `style` and `explode` in a form body, from its `encoding`.
        public struct FormStyle: Hashable, Sendable, Codable {
            public var name: String
            public var style: Style
            public var explode: Bool
        }

        public struct Content: Hashable, Sendable, Codable {
            /// The media type as the description names it (`application/merge-patch+json`).
            public var contentType: String
            public var encoding: Encoding
            /// The value's type; for multipart, unused (the parts carry theirs).
            public var type: TypeRef
            public var parts: [Part] = []
            /// Form properties whose `encoding` differs from `form`, exploded.
            public var formStyles: [FormStyle] = []
            /// Form properties that are objects in style `form`, exploded: their properties are
            /// fields of the body beside the others.
            public var flatObjects: [String] = []
            /// Its case in ``Body/choiceName``'s enum, claimed among the enum's cases.
            public var swiftName: String
        }

        public var contents: [Content]
        public var isRequired: Bool
        /// The enum the caller picks a content type with, when there are several; claimed among
        /// the top-level types.
        public var choiceName: String?
    }

    public struct Response: Hashable, Sendable, Codable {
        /// The status code; nil for `default`. For a range (`4XX`), its first code.
        public var status: Int?
        /// True for a range of codes (`4XX`): any status with the same first digit matches.
        public var isRange: Bool
        public var documentation: String?
        public var contentType: String?
        /// How the body is read; nil when the response has none.
        public var encoding: Body.Encoding?
        public var type: TypeRef?
        /// The JSON text of the example the description documents for the body (its media type's
        /// `example`, or the first of its `examples`), when it documents one.
        public var example: String?
        /// Its case in the operation's ``Endpoint/outcomeName`` enum, when it has one.
        public var swiftName = ""
        /// The stream the response may be instead (server-sent events, JSON Lines), read as it
        /// arrives.
        public var stream: Stream?
        /// The struct of the headers it documents, from ``APIModel/headerSets``.
        public var headers: String?
        /// The header fields its documented header examples make, in the order documented.
        public var headerExamples: [HeaderField] = []

        public var isSuccess: Bool { status.map { (200..<300).contains($0) } ?? false }
    }

    /// A response body read as it arrives: one value per event or line.
    public struct Stream: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable {
            /// `text/event-stream`: events with a name, an id, a retry hint and data.
            case events
            /// JSON Lines (`application/jsonl`, `application/x-ndjson`, `application/json-seq`).
            case lines
        }

        public var contentType: String
        public var kind: Kind
        /// The type of each event's data or each line; `.string` for text.
        public var element: TypeRef
    }

    /// The argument label of a request body.
    public static let bodyArgument = "body"
    /// What an operation's arguments may not be called: the body's label, and the local the
    /// client method builds its request in.
    public static let reservedArgumentNames: Set<String> = [bodyArgument, "request"]

    /// The name the operation is known by (`operationId`, or what the docs' code samples call).
    public var name: String
    /// The client method's name, claimed among the client's members.
    public var swiftName: String
    public var method: String
    public var path: String
    /// The operation's own server URL, when it has one.
    public var server: String?
    public var parameters: [Parameter]
    public var body: Body?
    public var responses: [Response]
    /// The enum of the documented success outcomes, when there are several (`200` and `201`, or a
    /// `204` beside a `200`); claimed among the top-level types.
    public var outcomeName: String?
    /// The method that reads the success response as a stream, when the response offers one
    /// beside a whole body (`answerStream` beside `answer`); claimed among the client's members.
    public var streamSwiftName: String?
    /// Alternatives of security requirements, each a list of scheme names that must all be met.
    public var security: [[String]]
    public var summary: String?
    public var documentation: String?
    public var isDeprecated: Bool
    public var origin: Origin
}

/// A server the API description documents, which a caller can pick for the client.
public struct Server: Hashable, Sendable, Codable {
    /// A `{name}` in the URL and the values it may take.
    public struct Variable: Hashable, Sendable, Codable {
        public var name: String
        /// Its argument label, claimed among the server function's arguments.
        public var swiftName: String
        public var defaultValue: String
        /// The values it is limited to, each with its case name; empty when any text goes.
        public var values: [EnumValue]
        /// The enum of ``values``, claimed in the servers' scope; nil when any text goes.
        public var enumName: String?
        public var documentation: String?
    }

    /// The URL template as written (`https://{region}.example.com/v1`).
    public var url: String
    /// Its function in the servers enum, claimed there.
    public var swiftName: String
    public var documentation: String?
    public var variables: [Variable]
    public var origin: Origin

    /// A URL without a scheme (`/v1`) is relative to where the document is served.
    public var isRelative: Bool { !url.contains("://") }
}

/// A header field's name and text.
public struct HeaderField: Hashable, Sendable, Codable {
    public var name: String
    public var value: String
}

/// Response headers the description documents, read into one struct: operations that document
/// the same headers share it.
public struct HeaderSet: Hashable, Sendable, Codable {
    public struct Header: Hashable, Sendable, Codable {
        public var name: String
        /// Its property, claimed in the struct.
        public var swiftName: String
        /// A scalar, or a list of scalars (comma-separated); other types are read as text.
        public var type: TypeRef
        public var documentation: String?
    }

    /// Claimed among the top-level types.
    public var name: String
    public var headers: [Header]
}

/// The servers of the document, and the enum a caller picks one from.
public struct ServerList: Hashable, Sendable, Codable {
    /// The enum's name, claimed among the top-level types.
    public var name: String
    public var servers: [Server]
}

/// A way the API authenticates requests.
public struct SecurityScheme: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        case apiKey(name: String, location: Endpoint.Location)
        case bearer
        case basic
    }

    public var name: String
    /// The name of its credential, claimed among the members of the credentials.
    public var swiftName: String
    public var kind: Kind
    public var documentation: String?
}

/// A type the API documents as an error body, and the name of its case in the `ErrorBody` enum.
public struct ErrorBodyCase: Hashable, Sendable, Codable {
    public var type: TypeRef
    public var swiftName: String
}

/// The whole API as the generator sees it: no `$ref` left, every type named.
public struct APIModel: Hashable, Sendable, Codable {
    public var title: String?
    /// The first documented server, its variables at their defaults.
    public var server: String?
    /// Every server the document lists; nil when it lists none.
    public var servers: ServerList?
    /// The structs of documented response headers.
    public var headerSets: [HeaderSet]
    public var types: [TypeDecl]
    public var endpoints: [Endpoint]
    public var securitySchemes: [SecurityScheme]
    /// The documented error body types, each once.
    public var errorBodies: [ErrorBodyCase]

    public init(
        title: String?, server: String?, servers: ServerList? = nil, types: [TypeDecl], endpoints: [Endpoint],
        securitySchemes: [SecurityScheme], errorBodies: [ErrorBodyCase] = [], headerSets: [HeaderSet] = []
    ) {
        self.title = title
        self.server = server
        self.servers = servers
        self.headerSets = headerSets
        self.types = types
        self.endpoints = endpoints
        self.securitySchemes = securitySchemes
        self.errorBodies = errorBodies
    }

    public subscript(id: TypeID) -> TypeDecl { types[id.index] }
}
