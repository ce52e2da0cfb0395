/// Hand-written code beside the generated client, using a generated type.
extension Pet {
    public var greeting: String { "Hello, \(name)!" }
}
