extension TypeSpace {
    /// The document's servers, for the enum a caller picks one from; nil when there is nothing
    /// to pick (one server, neither templated nor relative: `Client.defaultServer` is it).
    func serverList() -> ServerList? {
        let items = spec.servers?.items ?? []
        let isPlain = items.count == 1 && items[0]["variables"] == nil && items[0]["url"]?.text?.contains("://") != false
        guard !items.isEmpty, !isPlain else { return nil }
        let listName = claimTopLevelName("Servers")
        var functions = NameScope(reserved: [listName])
        var seen: Set<String> = []
        var servers: [Server] = []
        for (index, item) in items.enumerated() {
            guard let url = item["url"]?.text, seen.insert(url).inserted else { continue }
            reportUndefinedVariables(of: item)
            let described = item["description"]?.text.map(SwiftNamer.memberName)
            // A short description names the server well (`production`); otherwise its position.
            let base = described.flatMap { $0.count <= 24 ? $0 : nil } ?? "server\(index + 1)"
            let swiftName = functions.claim(base)
            var labels = NameScope(reserved: ["relativeTo"])
            let variables = (item["variables"]?.pairs ?? []).map { pair in
                let values = (pair.value["enum"]?.items ?? []).compactMap(\.text)
                var cases = NameScope()
                return Server.Variable(
                    name: pair.key, swiftName: labels.claim(SwiftNamer.memberName(pair.key)),
                    defaultValue: pair.value["default"]?.text ?? values.first ?? "",
                    values: values.map { EnumValue(value: $0, swiftName: cases.claim(SwiftNamer.memberName($0))) },
                    enumName: values.isEmpty ? nil : functions.claim(SwiftNamer.typeName(swiftName + "-" + pair.key)),
                    documentation: pair.value["description"]?.text)
            }
            if index == 0, !url.contains("://") {
                diagnostics.warning(
                    "the first server '\(url)' is relative to where the description is served; requests need "
                        + "Client(serverURL: try \(listName).\(swiftName)(relativeTo: <that URL>))", at: item.mark)
            }
            servers.append(Server(
                url: url, swiftName: swiftName, documentation: item["description"]?.text, variables: variables,
                origin: origin("#/servers/\(index)", at: item.mark)))
        }
        return ServerList(name: listName, servers: servers)
    }

    /// Warns of a `{name}` in a server's URL that its variables do not define (once per server).
    private func reportUndefinedVariables(of server: Node) {
        guard let url = server["url"]?.text else { return }
        for name in Self.placeholders(in: url) where server["variables"]?[name] == nil {
            if reported.insert(server.mark).inserted {
                diagnostics.warning("server URL '\(url)' uses '{\(name)}', which its variables do not define", at: server.mark)
            }
        }
    }

    /// The URL of a `servers` entry with every variable at its default; a `{name}` no variable
    /// defines is a warning, and stays.
    func defaultURL(of server: Node?) -> String? {
        guard let server, var url = server["url"]?.text else { return nil }
        reportUndefinedVariables(of: server)
        for variable in server["variables"]?.pairs ?? [] {
            let value = variable.value["default"]?.text ?? variable.value["enum"]?.items?.first?.text ?? ""
            url = url.replacingOccurrences(of: "{\(variable.key)}", with: value)
        }
        return url
    }
}
