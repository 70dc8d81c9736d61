import Foundation
import Testing

/// libro knows no package: what a package's method names (its levels, sessions, data files and
/// the words of its field) lives in its `metodo.yml`, templates and content, never in Swift code.
/// Comments may name the shipped package as an example.
@Suite struct PackageVocabularyTests {
    /// The words of the shipped package, and session numbers written into code.
    static let vocabulary = [
        #"\balia(do|dos|da|das|nza|nzas)\b"#, #"\bactor(es)?\b"#, "estrateg", #"plan.de.(trabajo|alianzas)"#,
        #"ruta.cr[ií]tica"#, "diligen", #"mapa.de.resultados"#, #"\bperfil\.yml"#, #"\bb[aá]sico\b"#,
        #"\bintermedio\b"#, #"\bavanzado\b"#, #"\bwebinar\b"#, #"\bpresencial\b"#, #"\b5 ?R\b"#, #"\bmou\b"#,
        #"sesi[oó]n[-_ ]?[0-9]"#, #"sessions: \[[0-9]"#, #"\blevel\.(basic|intermediate|advanced)"#,
    ]

    /// Swift's own `actor` keyword is not the package's word.
    static let swiftActor = #"^\s*(public |internal |private |fileprivate )?(final )?actor [A-Z]"#

    @Test func noSwiftCodeNamesThePackage() throws {
        let patterns = try Self.vocabulary.map { try NSRegularExpression(pattern: $0, options: .caseInsensitive) }
        let keyword = try NSRegularExpression(pattern: Self.swiftActor)
        var found: [String] = []
        for file in try SourceFiles.all() {
            for (number, line) in file.text.components(separatedBy: "\n").enumerated() {
                let code = Self.withoutComment(line)
                let range = NSRange(code.startIndex..., in: code)
                guard keyword.firstMatch(in: code, range: range) == nil else { continue }
                for pattern in patterns where pattern.firstMatch(in: code, range: range) != nil {
                    found.append("\(file.path):\(number + 1): \(pattern.pattern)")
                }
            }
        }
        #expect(found == [])
    }

    @Test func theCheckSeesThePackageWordsInCodeButNotInComments() throws {
        let patterns = try Self.vocabulary.map { try NSRegularExpression(pattern: $0, options: .caseInsensitive) }
        func flagged(_ line: String) -> Bool {
            let code = Self.withoutComment(line)
            return patterns.contains { $0.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil }
        }
        #expect(flagged(#"let file = "actores.csv""#))
        #expect(flagged(#"case "aliados": return sessions"#))
        #expect(flagged(#"let path = "ref:sesion-4""#))
        #expect(flagged("static let sessions: [2, 5]"))
        #expect(!flagged("// a carta names its sessions, e.g. aliados and sesión 4"))
        #expect(!flagged(#"let url = "https://example.org" // the alianza's site"#))
        #expect(!flagged("let aliasName = node.alias"))
    }

    /// The line without a `//` comment; `://` in a URL is not one.
    static func withoutComment(_ line: String) -> String {
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            if line[index] == "/", next < line.endIndex, line[next] == "/", previous != ":" {
                return String(line[..<index])
            }
            previous = line[index]
            index = next
        }
        return line
    }
}
