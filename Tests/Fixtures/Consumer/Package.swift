// swift-tools-version: 6.1
import PackageDescription

// A package that uses specgen the way its users do. The plugin tests copy it into a temporary
// folder beside a link named `specgen` to the checkout under test, and build it there.
let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../specgen"),
    ],
    targets: [
        // The build plugin, reading the `specs/` folder of the target.
        .target(name: "PetsAPI", plugins: [.plugin(name: "SpecgenPlugin", package: "specgen")]),
        // The build plugin, reading the files its `specgen.yaml` lists, with internal access.
        .target(name: "PetsAdmin", plugins: [.plugin(name: "SpecgenPlugin", package: "specgen")]),
        // Checked-in code, written by `swift package generate-code --target PetsCheckedIn`.
        .target(name: "PetsCheckedIn", exclude: ["specgen.yaml"]),
        .executableTarget(name: "PetsApp", dependencies: ["PetsAPI", "PetsAdmin"]),
    ]
)
