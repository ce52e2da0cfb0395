import Foundation
import Testing

/// A package that uses specgen as its users do (`Tests/Fixtures/Consumer`), built with
/// `swift build` and `swift package`. Building specgen for it takes most of a minute, so one test
/// builds it once and then runs each behaviour in turn on the same copy.
@Suite("specgen in a package that uses it")
struct ConsumerPackageTests {
    @Test("The plugins keep a package's client in step with its docs, and run only when the docs change")
    func pluginsInAConsumerPackage() throws {
        let consumer = try ConsumerPackage.make()
        defer { consumer.remove() }
        let steps = BuildPluginSteps(consumer: consumer)
        try steps.generatedClientCompilesAndAnswersCalls()
        try steps.buildWithNothingChangedRunsNothing()
        try steps.touchingAFragmentRegeneratesWithoutRewriting()
        try steps.editingAFragmentChangesTheGeneratedCode()
        try steps.addingAndRemovingAFragmentRegenerates()
        try steps.brokenFragmentFailsTheBuildAtItsLineAndColumn()
        let command = GenerateCodeSteps(consumer: consumer)
        try command.writesCheckedInCodeOnlyForNamedTargetsTheFirstTime()
        try command.checkFailsAndNamesTheStaleFileWhenTheDocsChange()
        try command.regeneratesEveryTargetWithCheckedInCode()
    }
}
