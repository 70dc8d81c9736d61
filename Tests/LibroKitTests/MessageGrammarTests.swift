import Foundation
import Testing

/// Spanish articles and quantifiers agree with their noun («ningún registro», «ninguna página»).
/// A message that put one before a noun it does not know (`"ningún \(kind)"`) would get half
/// of them wrong, so none may: each message names its noun in the text.
@Suite struct MessageGrammarTests {
    /// Words whose form depends on the gender of the noun after them.
    static var agreeing: Regex<(Substring, Substring)> {
        #/(?i)\b(ningún|ninguna|ningun|algún|alguna|un|una|el|la|los|las|este|esta|otro|otra|cada uno|cada una) \\\(/#
    }

    /// Places where what follows is not a noun: a number.
    static let numbers = ["deja los \\(max) más importantes"]

    @Test func noArticleComesBeforeAVariableNoun() throws {
        var found: [String] = []
        for file in try SourceFiles.all() {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(Self.agreeing) && !Self.numbers.contains(where: { line.contains($0) }) {
                found.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
