import Foundation
import Testing

@testable import Link
@testable import Render

/// One line of `Tests/Fixtures/busqueda/vectores.tsv`, the tokenizer's specification that the
/// browser check also reads: a text, its terms and, for some, a glossary form.
struct SearchVector: CustomTestStringConvertible, Sendable {
    /// The vectors file, from the repository's root.
    static let path = "Tests/Fixtures/busqueda/vectores.tsv"
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let line: Int
    let text: String
    let terms: [String]
    let glossaryForm: String?

    var testDescription: String { "vectores.tsv:\(line): \(text)" }

    struct Malformed: Error, CustomStringConvertible {
        let line: Int
        var description: String { "vectores.tsv:\(line): expected two or three columns separated by tabs" }
    }

    /// The file's lines that are neither blank nor comments, with their numbers.
    static func vectorLines() throws -> [(number: Int, text: Substring)] {
        let file = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
        return file.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { (number: $0.offset + 1, text: $0.element) }
            .filter { !$0.text.isEmpty && !$0.text.hasPrefix("#") }
    }

    static func all() throws -> [SearchVector] {
        try vectorLines().map { number, text in
            let columns = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 2 || columns.count == 3 else { throw Malformed(line: number) }
            return SearchVector(
                line: number, text: unescaped(columns[0]),
                terms: columns[1] == "-" ? [] : columns[1].split(separator: " ").map(String.init),
                glossaryForm: columns.count == 3 ? unescaped(columns[2]) : nil)
        }
    }

    /// `\u{…}` replaced by the character of that code point.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let start = rest.range(of: "\\u{"), let end = rest[start.upperBound...].firstIndex(of: "}"),
            let value = UInt32(rest[start.upperBound..<end], radix: 16), let scalar = Unicode.Scalar(value)
        {
            result += rest[..<start.lowerBound]
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}

@Suite struct SearchVectorTests {
    /// Read as the index reads a title, a heading and a section: the same terms, in order, and
    /// the same terms for a page whose title or body is the text.
    @Test(arguments: try SearchVector.all())
    func readsTheTextIntoItsTerms(_ vector: SearchVector) {
        let glossary = vector.glossaryForm.map {
            [GlossaryEntry(term: $0, page: 0, anchor: "termino", forms: [$0], exactForms: [])]
        }
        let index = SearchIndex(glossary: glossary ?? [])
        #expect(index.terms(of: vector.text) == vector.terms)

        let asTitle = index.entry(url: "a.html", title: vector.text, body: "")
        #expect(Set(asTitle.titleTerms.map(\.term)) == Set(vector.terms))
        let asBody = index.entry(url: "a.html", title: "", body: "<p>\(escaped(vector.text))</p>")
        #expect(Set(asBody.terms.map(\.term)) == Set(vector.terms))
    }

    /// A vector added to the file runs here, one test each, and in the browser check, which
    /// reads the same file and reports how many vectors it ran.
    @Test func everyLineOfTheFileIsAVectorAndTheBrowserCheckReadsTheFile() throws {
        #expect(try SearchVector.all().count == SearchVector.vectorLines().count)
        #expect(try SearchVector.all().count >= 60)
        let check = SearchVector.repository.appendingPathComponent("Tests/Browser/reader_check.py")
        #expect(try String(contentsOf: check, encoding: .utf8).contains("\"\(SearchVector.path)\""))
    }

    @Test func unescapesCodePoints() {
        #expect(SearchVector.unescaped(#"e\u{301}xito \u{A0}"#) == "e\u{301}xito \u{A0}")
        #expect(SearchVector.unescaped("sin escapes") == "sin escapes")
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
