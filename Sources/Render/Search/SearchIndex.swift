import Foundation
import Link

/// RENDER for search: every page's sections, their words folded and stemmed, and the glossary's
/// forms as synonym groups, shipped as a script (`window.LIBRO_INDICE = …`) so search works from
/// a folder, where pages cannot `fetch`. Built in reading order, so the bytes do not change
/// between builds.
struct SearchIndex {
    /// Words found in a page's title count in every section of the page.
    static let titleWeight = 10
    static let headingWeight = 5
    /// Repeats in a section's body count up to this many times.
    static let bodyCap = 5

    private var pages: [[String]] = []
    /// `[page, anchor, heading, text]`.
    private var sections: [[Encoded]] = []
    /// Term → pages whose title holds it.
    private var titles: [String: [Int]] = [:]
    /// Term → `[section, weight, section, weight …]`.
    private var terms: [String: [Int]] = [:]
    /// Synonym groups from the glossary: each term's forms, folded, under one token.
    private let groups: [(token: String, forms: [String])]

    init(glossary: [GlossaryEntry]) {
        groups = glossary.enumerated().map { index, entry in
            ("~\(index)", (entry.forms + entry.exactForms).map { SpanishText.words($0).joined(separator: " ") })
        }
    }

    /// Adds a page: its URL from the site's root, its numbered title and its rendered body.
    mutating func add(url: String, title: String, body: String) {
        let page = pages.count
        pages.append([url, title])
        for term in Set(tokens(title)) { titles[term, default: []].append(page) }
        for section in PageText(html: body).sections {
            let index = sections.count
            sections.append([.number(page), .text(section.anchor), .text(section.heading), .text(section.text)])
            var weights: [String: Int] = [:]
            for term in tokens(section.heading) { weights[term] = Self.headingWeight }
            for term in tokens(section.text) {
                weights[term] = min((weights[term] ?? 0) + 1, Self.headingWeight + Self.bodyCap)
            }
            for (term, weight) in weights.sorted(by: { $0.key < $1.key }) {
                terms[term, default: []] += [index, weight]
            }
        }
    }

    /// Stemmed words plus the synonym groups whose forms appear in `text`.
    private func tokens(_ text: String) -> [String] {
        let words = SpanishText.words(text)
        var found = words.filter { !SpanishText.stopWords.contains($0) }.map(SpanishStemmer.stem)
        guard !words.isEmpty else { return found }
        let joined = " " + words.joined(separator: " ") + " "
        for group in groups where group.forms.contains(where: { !$0.isEmpty && joined.contains(" \($0) ") }) {
            found.append(group.token)
        }
        return found
    }

    /// The script every page loads when the reader starts a search.
    func script() -> String {
        var groupsByForm: [String: String] = [:]
        for group in groups {
            for form in group.forms where !form.isEmpty { groupsByForm[form] = groupsByForm[form] ?? group.token }
        }
        let index = Encoded.object([
            "paginas": .array(pages.map { .array($0.map(Encoded.text)) }),
            "secciones": .array(sections.map(Encoded.array)),
            "titulos": .object(titles.mapValues { .array($0.map(Encoded.number)) }),
            "terminos": .object(terms.mapValues { .array($0.map(Encoded.number)) }),
            "grupos": .object(groupsByForm.mapValues(Encoded.text)),
            "vacias": .array(SpanishText.stopWords.sorted().map(Encoded.text)),
            "pesos": .object([
                "titulo": .number(Self.titleWeight), "encabezado": .number(Self.headingWeight),
            ]),
        ])
        return "window.LIBRO_INDICE = \(index.json);\n"
    }
}

/// JSON written by hand for stable bytes: keys sorted, no escaped slashes.
indirect enum Encoded {
    case text(String)
    case number(Int)
    case array([Encoded])
    case object([String: Encoded])

    var json: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .number(let number): output += String(number)
        case .text(let text): Self.quote(text, into: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                Self.quote(key, into: &output)
                output += ":"
                members[key]?.write(to: &output)
            }
            output += "}"
        }
    }

    private static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            // `</script>` and line separators would end or break the script.
            case "<": output += "\\u003c"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
