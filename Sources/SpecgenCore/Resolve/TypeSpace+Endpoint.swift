extension TypeSpace {
    /// Converts one operation: its name, server, parameters, body, responses and security.
    func endpoint(_ operation: SpecSet.Operation) -> Endpoint? {
        let node = operation.node
        let name = OperationNaming.name(of: node, method: operation.method, path: operation.path)
        let methodName = SwiftNamer.methodName(for: name)
        let base = SwiftNamer.typeName(methodName)
        let pointer = "#/paths/\(Place.escape(operation.path))/\(operation.method)"
        if let callbacks = node["callbacks"] {
            diagnostics.warning("callbacks are not supported; they are skipped", at: callbacks.mark)
        }
        let place = Place(parent: nil, name: base, pointer: pointer)
        // An operation that cannot be called without a parameter or body specgen cannot send is
        // left out.
        var labels = NameScope(reserved: Endpoint.reservedArgumentNames)
        var isCallable = true
        let parameters = parameters(operation, place: place, labels: &labels, isCallable: &isCallable)
        let body = node["requestBody"].flatMap {
            self.body($0, place: place.child(base + "Request", pointer: "requestBody"), labels: &labels, isCallable: &isCallable)
        }
        guard isCallable, let security = security(node["security"] ?? spec.security) else { return nil }
        let responses = responses(node["responses"], place: place)
        let undefined = Self.placeholders(in: operation.path).filter { name in !parameters.contains { $0.location == .path && $0.name == name } }
        if !undefined.isEmpty {
            let list = undefined.map { "'{\($0)}'" }.joined(separator: ", ")
            diagnostics.warning("the path names \(list), which no path parameter defines; the operation is skipped", at: node.mark)
            return nil
        }
        let success = responses.responses.filter(\.isSuccess)
        if responses.outcomeName != nil, success.contains(where: { $0.stream != nil }) {
            diagnostics.warning(
                "a stream beside several success outcomes is not read yet; the outcomes are, whole", at: node["responses"]?.mark ?? node.mark)
        }
        // A response that offers a whole body and a stream gets a second method for the stream.
        let offersBoth = responses.outcomeName == nil && success.count == 1 && success[0].stream != nil && success[0].type != nil
        let swiftName = clientMembers.claim(methodName)
        let streamSwiftName = offersBoth ? clientMembers.claim(methodName + "Stream") : nil
        let documentServer = spec.servers?.items?.first?["url"]?.text
        let server = (node["servers"] ?? operation.pathServers)?.items?.first
        return Endpoint(
            name: name, swiftName: swiftName, method: operation.method.uppercased(), path: operation.path,
            server: server?["url"]?.text == documentServer ? nil : defaultURL(of: server),
            parameters: parameters,
            body: body,
            responses: responses.responses, outcomeName: responses.outcomeName, streamSwiftName: streamSwiftName,
            security: security,
            summary: node["summary"]?.text, documentation: node["description"]?.text,
            isDeprecated: SchemaReading.isDeprecated(node), origin: origin(pointer, at: node.mark))
    }

    /// The `{name}`s of a path or server URL template.
    static func placeholders(in path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The node behind a `$ref` to a component (`#/components/parameters/X`), or the node itself.
    private func dereferenced(_ node: Node) -> Node? {
        var current = node
        var seen: Set<String> = []
        while let ref = current["$ref"] {
            guard let target = follow(ref), seen.insert(target.key).inserted else { return nil }
            current = target.node
        }
        return current
    }

    /// The operation's parameters, their labels claimed among `labels`; `isCallable` is false when a
    /// required one cannot be sent.
    private func parameters(
        _ operation: SpecSet.Operation, place: Place, labels: inout NameScope, isCallable: inout Bool
    ) -> [Endpoint.Parameter] {
        var byKey: [String: Node] = [:]
        var order: [String] = []
        for raw in operation.pathParameters + (operation.node["parameters"]?.items ?? []) {
            guard let node = dereferenced(raw), let name = node["name"]?.text, let location = node["in"]?.text else {
                if raw["$ref"] == nil { diagnostics.error("a parameter needs 'name' and 'in'", at: raw.mark) }
                continue
            }
            let key = "\(location):\(name)"
            if byKey[key] == nil { order.append(key) }
            byKey[key] = node
        }
        return order.compactMap { byKey[$0].flatMap { parameter($0, place: place, labels: &labels, isCallable: &isCallable) } }
    }

    /// The parameter `node` declares, its argument label claimed among `labels`; nil when it is
    /// skipped, and then `isCallable` is false when the operation needs it.
    private func parameter(_ node: Node, place: Place, labels: inout NameScope, isCallable: inout Bool) -> Endpoint.Parameter? {
        let name = node["name"]!.text!
        guard let location = Endpoint.Location(rawValue: node["in"]!.text!) else {
            diagnostics.error("parameter '\(name)' has an unknown location '\(node["in"]!.text!)'", at: node["in"]!.mark)
            return nil
        }
        // OpenAPI has these three headers ignored: the body, `Accept` and security set them.
        if location == .header, ["accept", "content-type", "authorization"].contains(name.lowercased()) { return nil }
        let isRequired = location == .path || node["required"]?.scalar?.boolValue == true
        func skip(_ reason: String, at mark: Mark) -> Endpoint.Parameter? {
            let skipped = isRequired ? "the operation, which needs it, is skipped" : "skipped"
            diagnostics.warning("parameter '\(name)' \(reason); \(skipped)", at: mark)
            if isRequired { isCallable = false }
            return nil
        }
        if let content = node["content"] {
            return skip("is described by 'content', which specgen cannot send yet", at: content.mark)
        }
        let styleName = node["style"]?.text
        guard let style = styleName.map(Endpoint.Style.init(rawValue:)) ?? Endpoint.Style.default(in: location) else {
            return skip("has an unknown style '\(styleName!)'", at: node["style"]!.mark)
        }
        guard Endpoint.Style.allowed(in: location).contains(style) else {
            return skip("has style '\(style.rawValue)', which OpenAPI does not define for the \(location.rawValue)", at: node["style"]!.mark)
        }
        // `deepObject` has one layout, exploded, whatever `explode` says.
        let explode = style == .deepObject || (node["explode"]?.scalar?.boolValue ?? (style == .form))
        let schema = node["schema"]
        let resolvedSchema = schema.flatMap(dereferenced)
        let values = resolvedSchema.flatMap(SchemaReading.stringEnumValues)
        let fixed = values?.count == 1 ? values![0] : nil
        let type = fixed != nil ? .string : schema.map { self.type(of: $0, at: place.child(place.name + SwiftNamer.typeName(name), pointer: "parameters")).type } ?? .string
        let isStructured = !isParameterValue(type)
        if let reason = unsendable(type, isStructured: isStructured, style: style, explode: explode) {
            return skip("is \(reason), which OpenAPI gives no layout in style '\(style.rawValue)'", at: node.mark)
        }
        let isValueOrObject = mixesObjectsAndValues(type)
        let isFlat = (location == .query || location == .cookie) && style == .form && explode
        if serving, isValueOrObject, !isFlat {
            diagnostics.warning(
                "parameter '\(name)' is a union of objects and single values, which style '\(style.rawValue)' lays out alike; the router reads every value as the object, so a single value is refused with a 400 or misread",
                at: node.mark)
        }
        return Endpoint.Parameter(
            name: name, swiftName: labels.claim(SwiftNamer.memberName(name)), location: location, type: type,
            isRequired: isRequired,
            fixedValue: fixed, documentation: node["description"]?.text ?? resolvedSchema.flatMap(SchemaReading.documentation),
            isStructured: isStructured, isValueOrObject: isValueOrObject, style: style, explode: explode,
            allowReserved: location == .query && node["allowReserved"]?.scalar?.boolValue == true,
            isDeprecated: SchemaReading.isDeprecated(node))
    }

    /// Why a value of `type` has no layout in `style`, or nil when it has one: the delimited
    /// styles take lists and objects unexploded, `deepObject` takes objects and lists, and the
    /// other styles take one level of scalars (a union's layout is chosen by its value).
    private func unsendable(_ type: TypeRef, isStructured: Bool, style: Endpoint.Style, explode: Bool) -> String? {
        let shape = unaliased(type)
        let isList = if case .array = shape { true } else { false }
        var isObject = false
        var isNested = false
        if case .named(let id) = shape, case .object(let object) = self[id].kind {
            isObject = true
            isNested = object.additionalProperties != nil || object.properties.contains { !isParameterValue($0.type) || !(unaliased($0.type).isScalar || isEnum($0.type)) }
        } else if case .map = shape {
            isObject = true
            isNested = true
        } else if case .array(let element) = shape {
            isNested = !(unaliased(element).isScalar || isEnum(element))
        }
        switch style {
        case .spaceDelimited, .pipeDelimited:
            if explode { return "exploded" }
            if !isList && !isObject && !isStructured { return "a single value" }
        case .deepObject:
            // Lists and nested objects in bracket form, a single value as `name=value`.
            return nil
        default:
            break
        }
        if isNested { return isList ? "a list of lists or objects" : "an object holding lists, objects or maps" }
        return nil
    }

    /// True for a union with both members a parameter lays out as one value or a list (strings,
    /// numbers) and members it lays out as an object: a router reads a parameter by one layout.
    private func mixesObjectsAndValues(_ type: TypeRef) -> Bool {
        guard case .named(let id) = unaliased(type) else { return false }
        let members = self[id].kind.payloads
        let values = members.filter(isParameterValue)
        return !values.isEmpty && values.count < members.count
    }

    /// True for a string enum, through aliases.
    private func isEnum(_ type: TypeRef) -> Bool {
        if case .named(let id) = unaliased(type), case .stringEnum = self[id].kind { return true }
        return false
    }

    /// Scalars, string enums and lists of them can be written as path, query or header values.
    private func isParameterValue(_ type: TypeRef) -> Bool {
        switch type {
        case .json, .map, .data, .optional: return false
        case .array(let element):
            if case .array = unaliased(element) { return false }
            return isParameterValue(element)
        case .named(let id):
            switch self[id].kind {
            case .stringEnum: return true
            case .kindUnion(let cases): return cases.allSatisfy { $0.type?.isScalar ?? false }
            case .alias(let aliased): return isParameterValue(aliased)
            default: return false
            }
        default: return true
        }
    }

    /// The type an alias stands for, through any chain of aliases.
    private func unaliased(_ type: TypeRef) -> TypeRef {
        var current = type
        var seen: Set<TypeID> = []
        while case .named(let id) = current, case .alias(let aliased) = self[id].kind, seen.insert(id).inserted {
            current = aliased
        }
        return current
    }

    /// The request body: each content type specgen can send, the others skipped with a warning;
    /// `isCallable` is false when the body is required and none is left.
    private func body(_ raw: Node, place: Place, labels: inout NameScope, isCallable: inout Bool) -> Endpoint.Body? {
        guard let node = dereferenced(raw), let entries = node["content"]?.pairs, !entries.isEmpty else { return nil }
        let isRequired = node["required"]?.scalar?.boolValue == true
        var cases = NameScope()
        var contents: [Endpoint.Body.Content] = []
        for entry in entries {
            let contentPlace = entries.count == 1 ? place : place.child(place.name + SwiftNamer.typeName(Self.caseName(entry.key)), pointer: "content")
            guard var content = bodyContent(entry.key, entry.value, place: contentPlace, labels: &labels) else { continue }
            content.swiftName = cases.claim(Self.caseName(entry.key))
            contents.append(content)
        }
        guard !contents.isEmpty else {
            if isRequired {
                diagnostics.warning("no content type of the required request body can be sent; the operation is skipped", at: node.mark)
                isCallable = false
            }
            return nil
        }
        let choice = contents.count > 1 ? claimTopLevelName(place.name.hasSuffix("Request") ? String(place.name.dropLast(7)) + "Body" : place.name + "Body") : nil
        return Endpoint.Body(contents: contents, isRequired: isRequired, choiceName: choice)
    }

    /// A content type's case in a body choice: `json`, `form`, `multipart`, `text`, or the media
    /// type's own name (`mergePatchJson`, `octetStream`).
    private static func caseName(_ contentType: String) -> String {
        let media = contentType.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
        switch media {
        case "application/json": return "json"
        case "application/x-www-form-urlencoded": return "form"
        case "multipart/form-data": return "multipart"
        case "text/plain": return "text"
        default: return SwiftNamer.memberName(String(media.split(separator: "/").last ?? "body"))
        }
    }

    /// One content type of a request body; nil, with a warning, when specgen cannot send it.
    private func bodyContent(_ contentType: String, _ media: Node, place: Place, labels: inout NameScope) -> Endpoint.Body.Content? {
        let lower = contentType.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
        let schema = media["schema"]
        func content(_ encoding: Endpoint.Body.Encoding, _ type: TypeRef, sending header: String = contentType) -> Endpoint.Body.Content {
            Endpoint.Body.Content(contentType: header, encoding: encoding, type: type, swiftName: "")
        }
        if lower == "application/json" || lower.hasSuffix("+json") || (lower.hasPrefix("application/") && lower.hasSuffix("/json")) {
            return content(.json, schema.map { type(of: $0, at: place).type } ?? .json)
        }
        if lower == "*/*" || lower == "application/*" {
            guard let schema else { return content(.binary, .data, sending: "application/octet-stream") }
            return content(.json, type(of: schema, at: place).type, sending: "application/json")
        }
        if lower == "application/x-www-form-urlencoded" {
            return formContent(contentType, media, place: place)
        }
        if lower == "multipart/form-data" {
            guard let parts = multipartParts(media, place: place, labels: &labels) else { return nil }
            var multipart = content(.multipart, .data)
            multipart.parts = parts
            return multipart
        }
        if lower.hasPrefix("multipart/") {
            diagnostics.warning("the '\(contentType)' request body is not supported yet; that content type is skipped", at: media.mark)
            return nil
        }
        if lower.hasPrefix("text/") { return content(.text, .string) }
        if let schema = schema.flatMap(dereferenced), schema["properties"] != nil || schema["type"]?.text == "object" {
            diagnostics.warning("the '\(contentType)' request body is sent as the bytes the caller gives (Data); specgen does not encode '\(contentType)'", at: media.mark)
        }
        return content(.binary, .data)
    }

    /// A form body: its type, and the styles its `encoding` gives properties; nil, with a warning,
    /// when a property has no layout OpenAPI defines.
    private func formContent(_ contentType: String, _ media: Node, place: Place) -> Endpoint.Body.Content? {
        let type = media["schema"].map { self.type(of: $0, at: place).type } ?? .json
        var form = Endpoint.Body.Content(contentType: contentType, encoding: .form, type: type, swiftName: "")
        let schema = media["schema"].flatMap(dereferenced)
        let isEmpty = schema?["additionalProperties"]?.scalar?.boolValue == false && (schema?["properties"]?.pairs ?? []).isEmpty
        switch unaliased(type) {
        case .map(let value) where isEmpty || unaliased(value).isScalar || isEnum(value):
            // An object that must be empty (Stripe's GET bodies), or a dictionary of scalars.
            return form
        default:
            break
        }
        guard case .named(let id) = unaliased(type), case .object(let object) = self[id].kind else {
            diagnostics.warning("a form body must be an object; this '\(contentType)' body is skipped", at: media.mark)
            return nil
        }
        var styles: [Endpoint.Body.FormStyle] = []
        for property in object.properties {
            let encoding = media["encoding"]?[property.jsonName]
            if let header = encoding?["contentType"] {
                diagnostics.warning("form field '\(property.jsonName)' is to be sent as '\(header.text ?? "")', which specgen cannot do yet; this '\(contentType)' body is skipped", at: header.mark)
                return nil
            }
            let styleName = encoding?["style"]?.text ?? "form"
            guard let style = Endpoint.Style(rawValue: styleName), Endpoint.Style.allowed(in: .query).contains(style) else {
                diagnostics.warning("form field '\(property.jsonName)' has style '\(styleName)', which a form body does not have; this '\(contentType)' body is skipped", at: encoding?["style"]?.mark ?? media.mark)
                return nil
            }
            let explode = style == .deepObject || (encoding?["explode"]?.scalar?.boolValue ?? (style == .form))
            if let reason = unsendable(property.type, isStructured: !isParameterValue(property.type), style: style, explode: explode) {
                diagnostics.warning("form field '\(property.jsonName)' is \(reason), which OpenAPI gives no layout in style '\(style.rawValue)'; this '\(contentType)' body is skipped", at: encoding?.mark ?? media.mark)
                return nil
            }
            if style == .form, explode, !isParameterValue(property.type) { form.flatObjects.append(property.jsonName) }
            if style != .form || !explode { styles.append(.init(name: property.jsonName, style: style, explode: explode)) }
        }
        form.formStyles = styles
        return form
    }

    /// The fields of a `multipart/form-data` body, from its object schema; nil, with a warning,
    /// when the schema lists no properties.
    private func multipartParts(_ media: Node, place: Place, labels: inout NameScope) -> [Endpoint.Body.Part]? {
        var properties: [(key: String, value: Node)] = []
        var required: Set<String> = []
        var seen: Set<String> = []
        func collect(_ node: Node) {
            guard let schema = dereferenced(node), seen.insert("\(schema.mark)").inserted else { return }
            for pair in schema["properties"]?.pairs ?? [] where !properties.contains(where: { $0.key == pair.key }) {
                properties.append((pair.key, pair.value))
            }
            required.formUnion((schema["required"]?.items ?? []).compactMap(\.text))
            for part in schema["allOf"]?.items ?? [] { collect(part) }
        }
        media["schema"].map(collect)
        guard !properties.isEmpty else {
            diagnostics.warning("a multipart body needs an object schema that lists its fields (in 'properties' or 'allOf'); it is skipped", at: media.mark)
            return nil
        }
        return properties.map { field in
            let encoding = media["encoding"]?[field.key]
            let contentType = encoding?["contentType"]?.text
            if let headers = encoding?["headers"] {
                diagnostics.warning("part headers of multipart field '\(field.key)' are not sent yet", at: headers.mark)
            }
            let resolved = dereferenced(field.value)
            let item = resolved?["type"]?.text == "array" ? resolved?["items"].flatMap(dereferenced) : resolved
            let declaresFile = item?["format"]?.text == "binary" || item?["contentMediaType"] != nil
            let isText = contentType.map { $0.hasPrefix("text/") || $0.lowercased().contains("json") } ?? true
            let documentation = resolved.flatMap(SchemaReading.documentation)
            let label = labels.claim(SwiftNamer.memberName(field.key))
            if declaresFile || !isText {
                let type: TypeRef = resolved?["type"]?.text == "array" ? .array(.data) : .data
                return Endpoint.Body.Part(
                    name: field.key, swiftName: label, kind: .file, type: type, isRequired: required.contains(field.key),
                    contentType: contentType, documentation: documentation)
            }
            let type = type(of: field.value, at: place.child(place.name + SwiftNamer.typeName(field.key), pointer: "properties/" + Place.escape(field.key))).type
            let kind: Endpoint.Body.Part.Kind = isParameterValue(type) && unsendable(type, isStructured: false, style: .form, explode: true) == nil && contentType?.lowercased().contains("json") != true ? .text : .json
            return Endpoint.Body.Part(
                name: field.key, swiftName: label, kind: kind, type: type, isRequired: required.contains(field.key),
                contentType: contentType, documentation: documentation)
        }
    }

    /// The documented responses; with several success outcomes, each gets a case name in the
    /// outcome enum, whose name is returned beside them.
    private func responses(_ node: Node?, place: Place) -> (responses: [Endpoint.Response], outcomeName: String?) {
        var responses: [Endpoint.Response] = (node?.pairs ?? []).compactMap { pair in
            guard let response = dereferenced(pair.value) else { return nil }
            let (status, isRange) = Self.status(pair.key)
            if status == nil, pair.key != "default" {
                diagnostics.warning("response '\(pair.key)' is not a status code; skipped", at: pair.keyMark)
                return nil
            }
            let suffix = status.map { (200..<300).contains($0) } ?? false ? "Response" : "ErrorResponse\(pair.key)"
            let responsePlace = place.child(place.name + suffix, pointer: "responses/" + Place.escape(pair.key))
            let stream = (status.map { (200..<300).contains($0) } ?? false) ? self.stream(response["content"], place: responsePlace) : nil
            guard let (contentType, media) = preferredContent(response["content"]) else {
                let headers = headerSet(response["headers"], place: responsePlace)
                return Endpoint.Response(
                    status: status, isRange: isRange, documentation: response["description"]?.text, stream: stream, headers: headers,
                    headerExamples: headerExamples(response["headers"]))
            }
            let encoding = responseEncoding(contentType)
            let type: TypeRef =
                switch encoding {
                case .json: media["schema"].map { self.type(of: $0, at: responsePlace).type } ?? .json
                case .text: .string
                default: .data
                }
            let headers = headerSet(response["headers"], place: responsePlace)
            return Endpoint.Response(
                status: status, isRange: isRange, documentation: response["description"]?.text, contentType: contentType,
                encoding: encoding, type: type, example: example(media), stream: stream, headers: headers,
                headerExamples: headerExamples(response["headers"]))
        }
        let successes = responses.indices.filter { responses[$0].isSuccess }
        guard successes.count > 1 else { return (responses, nil) }
        var cases = NameScope(reserved: ["body"])
        for index in successes {
            let response = responses[index]
            let name = response.isRange ? "success" : Self.reasonNames[response.status!] ?? "status\(response.status!)"
            responses[index].swiftName = cases.claim(name)
        }
        return (responses, claimTopLevelName(place.name + "Outcome"))
    }

    /// The JSON text of the example a media type documents (``documentedExample(_:)``).
    private func example(_ media: Node) -> String? {
        documentedExample(media).map(JSONWriter.json)
    }

    /// What a media type or header documents as its example: its `example`, else the value of the
    /// first of its `examples` (a `$ref` to `components/examples` followed).
    private func documentedExample(_ node: Node) -> Node? {
        node["example"] ?? node["examples"]?.pairs?.first.flatMap { dereferenced($0.value)?["value"] }
    }

    /// The fields a response's header examples make: each header's `example`, else the first of its
    /// `examples`, else its schema's `example`; a list's items joined with commas, as `simple`
    /// style writes them. A header whose example is an object is left out.
    private func headerExamples(_ node: Node?) -> [HeaderField] {
        (node?.pairs ?? []).compactMap { pair in
            guard pair.key.lowercased() != "content-type", let header = dereferenced(pair.value),
                let example = documentedExample(header) ?? header["schema"].flatMap(dereferenced)?["example"]
            else { return nil }
            if let text = example.scalar?.text { return HeaderField(name: pair.key, value: text) }
            let texts = (example.items ?? []).compactMap(\.scalar?.text)
            guard let items = example.items, texts.count == items.count else { return nil }
            return HeaderField(name: pair.key, value: texts.joined(separator: ","))
        }
    }

    /// The struct of the headers a response documents (`Content-Type`, which OpenAPI has ignored,
    /// left out); shared with every response that documents the same ones.
    private func headerSet(_ node: Node?, place: Place) -> String? {
        var headers: [HeaderSet.Header] = []
        var members = NameScope(reserved: ["init"])
        for pair in node?.pairs ?? [] where pair.key.lowercased() != "content-type" {
            guard let header = dereferenced(pair.value) else { continue }
            let schema = header["schema"]
            var type = schema.map { self.type(of: $0, at: place.child(place.name + SwiftNamer.typeName(pair.key), pointer: "headers")).type } ?? .string
            switch unaliased(type) {
            case let scalar where scalar.isScalar: type = scalar
            case .array(let element) where unaliased(element).isScalar: type = .array(unaliased(element))
            default: type = .string
            }
            headers.append(HeaderSet.Header(
                name: pair.key, swiftName: members.claim(SwiftNamer.memberName(pair.key)), type: type,
                documentation: header["description"]?.text ?? schema.flatMap(dereferenced).flatMap(SchemaReading.documentation)))
        }
        guard !headers.isEmpty else { return nil }
        let key = headers.map { "\($0.name)\u{0}\($0.type)\u{0}\($0.documentation ?? "")" }.joined(separator: "\u{1}")
        if let index = headerSetsByKey[key] { return headerSets[index].name }
        // A name from the header when there is one (`LinkHeaders`), from the response otherwise
        // (`GetRepoHeaders`, `GetRepoErrorResponse429Headers`).
        let operation = place.name.hasSuffix("Response") ? String(place.name.dropLast("Response".count)) : place.name
        let base = headers.count == 1 ? SwiftNamer.typeName(headers[0].name) : operation
        let name = claimTopLevelName(base + "Headers")
        headerSetsByKey[key] = headerSets.count
        headerSets.append(HeaderSet(name: name, headers: headers))
        return name
    }

    /// Case names of the success statuses, from their reason phrases.
    private static let reasonNames = [
        200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent",
        206: "partialContent", 207: "multiStatus", 208: "alreadyReported", 226: "imUsed",
    ]

    /// How a whole response of `contentType` is read: JSON, text, or bytes.
    private func responseEncoding(_ contentType: String) -> Endpoint.Body.Encoding {
        let media = contentType.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
        if media == "application/json" || media.hasSuffix("+json") || media == "*/*" { return .json }
        if media.hasPrefix("text/") { return .text }
        return .binary
    }

    /// The stream a success response offers (server-sent events first, then JSON Lines): each
    /// event's data or line is its schema's type, or text when the schema says string or nothing.
    private func stream(_ content: Node?, place: Place) -> Endpoint.Stream? {
        let entries = content?.pairs ?? []
        func media(_ key: String) -> String { key.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased() }
        guard let entry = entries.first(where: { media($0.key) == "text/event-stream" }) ?? entries.first(where: { Self.streamTypes.contains(media($0.key)) }) else {
            return nil
        }
        let schema = entry.value["schema"]
        let isText = schema.flatMap(dereferenced).map { $0["type"]?.text == "string" } ?? true
        let element = isText ? TypeRef.string : type(of: schema!, at: place.child(place.name + "Event", pointer: "content")).type
        return Endpoint.Stream(contentType: entry.key, kind: media(entry.key) == "text/event-stream" ? .events : .lines, element: element)
    }

    private static let streamTypes: Set<String> = [
        "text/event-stream", "application/jsonl", "application/x-ndjson", "application/json-seq", "text/jsonl", "application/x-jsonlines",
    ]

    private static func status(_ key: String) -> (Int?, Bool) {
        if let code = Int(key) { return (code, false) }
        if key.count == 3, key.uppercased().hasSuffix("XX"), let digit = Int(key.prefix(1)) { return (digit * 100, true) }
        return (nil, false)
    }

    /// JSON first, then text, then anything else (as raw bytes).
    /// The content read whole: JSON first, then text, then any other type; streams are read by
    /// ``stream(_:place:)``.
    private func preferredContent(_ content: Node?) -> (String, Node)? {
        let entries = (content?.pairs ?? []).map { (key: $0.key, value: $0.value, media: $0.key.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()) }
        let plain = entries.filter { !Self.streamTypes.contains($0.media) }
        let pick = plain.first { $0.media == "application/json" || $0.media.hasSuffix("+json") }
            ?? plain.first { $0.media.hasPrefix("text/") }
            ?? plain.first
        return pick.map { ($0.key, $0.value) }
    }


    /// The alternatives of security requirements the client can meet, each a list of schemes that
    /// must all be applied; an alternative naming a scheme specgen cannot apply is dropped with a
    /// warning, and nil (the operation left out) when none is left.
    private func security(_ node: Node?) -> [[String]]? {
        let alternatives = node?.items ?? []
        var usable: [[String]] = []
        for requirement in alternatives {
            var names = (requirement.pairs ?? []).map(\.key)
            let schemes = spec.components["securitySchemes"] ?? []
            // A name no input defines leaves the description incomplete (a docs page that shows
            // only its operation): the request goes without that scheme, as the warning says.
            let undefined = names.filter { name in !schemes.contains { $0.name == name } }
            if !undefined.isEmpty, reported.insert(requirement.mark).inserted {
                let list = undefined.map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.warning("security requirement names \(list), which no input defines; requests are sent without it", at: requirement.mark)
            }
            names.removeAll { undefined.contains($0) }
            let missing = names.filter { name in
                schemes.first { $0.name == name }.flatMap { dereferenced($0.node) }.flatMap { securityKind(name, $0, diagnose: false) } == nil
            }
            guard missing.isEmpty else {
                let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                let effect = alternatives.count > 1 ? "this alternative is dropped" : "operations that need it are skipped"
                if reported.insert(requirement.mark).inserted {
                    diagnostics.warning("security requirement names \(list), which specgen cannot apply; \(effect)", at: requirement.mark)
                }
                continue
            }
            usable.append(names)
        }
        if !alternatives.isEmpty, usable.isEmpty {
            if alternatives.count > 1, let node, reported.insert(node.mark).inserted {
                diagnostics.warning("no security alternative can be met; operations that need one are skipped", at: node.mark)
            }
            return nil
        }
        return usable
    }

    /// The schemes of `components.securitySchemes` the generated client can apply.
    func securitySchemes() -> [SecurityScheme] {
        (spec.components["securitySchemes"] ?? []).compactMap { entry in
            guard let node = dereferenced(entry.node), let kind = securityKind(entry.name, node, diagnose: true) else { return nil }
            return SecurityScheme(
                name: entry.name, swiftName: credentialsMembers.claim(SwiftNamer.memberName(entry.name)), kind: kind,
                documentation: node["description"]?.text)
        }
    }

    /// What scheme `name` is, or nil (with a warning when `diagnose`) when specgen cannot apply it.
    private func securityKind(_ name: String, _ node: Node, diagnose: Bool) -> SecurityScheme.Kind? {
        switch (node["type"]?.text, node["scheme"]?.text?.lowercased()) {
        case ("apiKey", _):
            guard let key = node["name"]?.text, let location = node["in"]?.text.flatMap(Endpoint.Location.init), location != .path else {
                if diagnose { diagnostics.warning("API key scheme '\(name)' needs a 'name' and 'in' of query, header or cookie; operations that need it are skipped", at: node.mark) }
                return nil
            }
            return .apiKey(name: key, location: location)
        case ("http", "bearer"), ("oauth2", _), ("openIdConnect", _):
            return .bearer
        case ("http", "basic"):
            return .basic
        default:
            if diagnose { diagnostics.warning("security scheme '\(name)' is not supported; operations that need it are skipped", at: node.mark) }
            return nil
        }
    }
}
