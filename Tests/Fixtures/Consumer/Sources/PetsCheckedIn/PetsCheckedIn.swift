/// The generated files beside this one are checked in: `swift package generate-code` writes them.
public enum PetsCheckedIn {}
