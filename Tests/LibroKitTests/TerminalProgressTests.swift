import Foundation
import LibroKit
import Testing

@testable import LibroCLI

@Suite struct TerminalProgressTests {
    final class Clock: @unchecked Sendable {
        var seconds = 0.0
        var now: Date { Date(timeIntervalSince1970: seconds) }
    }

    final class Screen: @unchecked Sendable {
        var text = ""
    }

    func progress(terminal: Bool) -> (TerminalProgress, Clock, Screen) {
        let clock = Clock()
        let screen = Screen()
        let console = Console(isTerminal: terminal, out: { _ in }, error: { screen.text += $0 })
        return (TerminalProgress(console: console, now: { clock.now }), clock, screen)
    }

    @Test func staysQuietDuringTheFirstSecond() {
        let (progress, clock, screen) = progress(terminal: true)
        clock.seconds = 0.5
        progress.update(.render, 10, 100)
        progress.finish()
        #expect(screen.text.isEmpty)
    }

    @Test func redrawsOneLineOnceABuildIsSlow() {
        let (progress, clock, screen) = progress(terminal: true)
        clock.seconds = 1.5
        progress.update(.render, 10, 100)
        clock.seconds = 1.7
        progress.update(.render, 100, 100)
        #expect(screen.text == "\r\u{1B}[2Kgenerando 10/100\r\u{1B}[2Kgenerando 100/100")
        progress.finish()
        #expect(screen.text.hasSuffix("100/100\r\u{1B}[2K"))
    }

    @Test func printsNothingWhenNotATerminal() {
        let (progress, clock, screen) = progress(terminal: false)
        clock.seconds = 5
        progress.update(.render, 10, 100)
        progress.finish()
        #expect(screen.text.isEmpty)
    }
}
