// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "specgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .library(name: "SpecgenCore", targets: ["SpecgenCore"]),
        .plugin(name: "SpecgenPlugin", targets: ["SpecgenPlugin"]),
        .plugin(name: "SpecgenGenerateCode", targets: ["SpecgenGenerateCode"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Test only: a small, well-kept HTTP server for the loopback tests of the generated client.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "SpecgenTemplates",
            path: "Templates",
            resources: [
                .embedInCode("Types.mustache"),
                .embedInCode("Type.mustache"),
                .embedInCode("Client.mustache"),
                .embedInCode("Support.mustache"),
                .embedInCode("Server.mustache"),
                .embedInCode("ServerSupport.mustache"),
                .embedInCode("Examples.mustache"),
            ]
        ),
        .target(
            name: "SpecgenCore",
            dependencies: [
                "CYaml",
                "SpecgenTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "specgen",
            dependencies: [
                "SpecgenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .plugin(
            name: "SpecgenPlugin",
            capability: .buildTool(),
            dependencies: ["specgen"],
            path: "Sources/SpecgenPlugin"
        ),
        .plugin(
            name: "SpecgenGenerateCode",
            capability: .command(
                intent: .custom(verb: "generate-code", description: "Regenerate checked-in code from each target's API description."),
                permissions: [.writeToPackageDirectory(reason: "To write the generated Swift files into the target folders.")]
            ),
            dependencies: ["specgen"],
            path: "Plugins/GenerateCode"
        ),
        .target(
            name: "ExaAPI",
            path: "GeneratedExample/Sources/ExaAPI",
            // Read by `swift package generate-code`, which regenerates this folder from specs/.
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "WireParameters",
            path: "GeneratedExample/Sources/WireParameters",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "WireBodies",
            path: "GeneratedExample/Sources/WireBodies",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "WireSecurity",
            path: "GeneratedExample/Sources/WireSecurity",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "WireServers",
            path: "GeneratedExample/Sources/WireServers",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "WireResponses",
            path: "GeneratedExample/Sources/WireResponses",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "WireFidelity",
            path: "GeneratedExample/Sources/WireFidelity",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "ServerStubs",
            path: "GeneratedExample/Sources/ServerStubs",
            exclude: ["specgen.yaml"]
        ),
        .target(
            name: "Petstore",
            path: "GeneratedExample/Sources/Petstore",
            exclude: ["specgen.yaml"]
        ),
        // Test only: what the test targets share (JSON values as they compare them, an HTTP server
        // on 127.0.0.1).
        .target(
            name: "TestSupport",
            dependencies: [.product(name: "FlyingFox", package: "FlyingFox")],
            path: "Tests/TestSupport",
            exclude: ["Schemathesis"]
        ),
        .testTarget(
            name: "WireTests",
            dependencies: [
                "WireParameters", "WireBodies", "WireSecurity", "WireServers", "WireResponses", "WireFidelity", "TestSupport",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            // The oracle is a Python script the tests start.
            exclude: ["Oracle"]
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "ServerStubs", "TestSupport",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .testTarget(
            name: "PetstoreTests",
            dependencies: ["Petstore", "TestSupport"]
        ),
        .testTarget(
            name: "SpecgenCoreTests",
            dependencies: ["SpecgenCore"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ExaAPITests",
            dependencies: [
                "ExaAPI", "SpecgenCore", "TestSupport",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .testTarget(
            name: "PluginTests",
            dependencies: ["SpecgenCore", "specgen"]
        ),
    ]
)

