import Foundation
import Link

/// RENDER for search: every page's sections, their words folded and stemmed, and the glossary's
/// forms as synonym groups, shipped as a script (`window.LIBRO_INDICE = …`) so search works from
/// a folder, where pages cannot `fetch`. Built in reading order, so the bytes do not change
/// between builds.
struct SearchIndex: Sendable {
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
    /// The groups' forms as folded words, by first word: one lookup per word of text.
    private let formsByFirstWord: [String: [(token: String, words: [String])]]

    init(glossary: [GlossaryEntry]) {
        groups = glossary.enumerated().map { index, entry in
            ("~\(index)", (entry.forms + entry.exactForms).map { SpanishText.words($0).joined(separator: " ") })
        }
        var forms: [String: [(token: String, words: [String])]] = [:]
        for group in groups {
            for form in group.forms {
                let words = form.split(separator: " ").map(String.init)
                if let first = words.first { forms[first, default: []].append((group.token, words)) }
            }
        }
        formsByFirstWord = forms
    }

    /// What one page adds to the index, worked out on its own so pages can be read in parallel.
    struct Entry: Sendable {
        let url: String
        let title: String
        let titleTerms: Set<String>
        let sections: [(section: PageText.Section, weights: [(term: String, weight: Int)])]
    }

    /// Reads a page: its URL from the site's root, its numbered title and its rendered body.
    func entry(url: String, title: String, body: String) -> Entry {
        let sections = PageText(html: body).sections.map { section in
            var weights: [String: Int] = [:]
            for term in tokens(section.heading) { weights[term] = Self.headingWeight }
            for term in tokens(section.text) {
                weights[term] = min((weights[term] ?? 0) + 1, Self.headingWeight + Self.bodyCap)
            }
            return (section, weights.sorted { $0.key < $1.key }.map { (term: $0.key, weight: $0.value) })
        }
        return Entry(url: url, title: title, titleTerms: Set(tokens(title)), sections: sections)
    }

    /// Adds a page read by `entry`; pages go in reading order.
    mutating func add(_ entry: Entry) {
        let page = pages.count
        pages.append([entry.url, entry.title])
        for term in entry.titleTerms.sorted() { titles[term, default: []].append(page) }
        for (section, weights) in entry.sections {
            let index = sections.count
            sections.append([.number(page), .text(section.anchor), .text(section.heading), .text(section.text)])
            for (term, weight) in weights { terms[term, default: []] += [index, weight] }
        }
    }

    /// Adds a page: its URL from the site's root, its numbered title and its rendered body.
    mutating func add(url: String, title: String, body: String) {
        add(entry(url: url, title: title, body: body))
    }

    /// Stemmed words plus the synonym groups whose forms appear in `text`.
    private func tokens(_ text: String) -> [String] {
        let words = SpanishText.words(text)
        var found = words.filter { !SpanishText.stopWords.contains($0) }.map(SpanishStemmer.stem)
        var groupsFound: Set<String> = []
        for position in words.indices {
            for form in formsByFirstWord[words[position]] ?? [] where !groupsFound.contains(form.token) {
                if position + form.words.count <= words.count,
                    words[position..<(position + form.words.count)].elementsEqual(form.words)
                {
                    groupsFound.insert(form.token)
                }
            }
        }
        return found + groupsFound.sorted()
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
indirect enum Encoded: Sendable {
    case text(String)
    case number(Int)
    case array([Encoded])
    case object([String: Encoded])

    var json: String {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8]) {
        switch self {
        case .number(let number): output += String(number).utf8
        case .text(let text): Self.quote(text, into: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.quote(key, into: &output)
                output.append(UInt8(ascii: ":"))
                members[key]?.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string. Bytes are copied as they are except quotes, backslashes, control
    /// characters and what would end or break a script: `<` (`</script>`) and the line separators.
    private static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""): output += #"\""#.utf8
            case UInt8(ascii: "\\"): output += #"\\"#.utf8
            case UInt8(ascii: "\n"): output += #"\n"#.utf8
            case UInt8(ascii: "<"): output += #"\u003c"#.utf8
            case 0..<0x20: output += "\\u00".utf8 + [hex(byte >> 4), hex(byte & 0xF)]
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let second = bytes.next()
                let third = bytes.next()
                if second == 0x80, let third, third == 0xA8 || third == 0xA9 {
                    output += (third == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                } else {
                    output.append(byte)
                    if let second { output.append(second) }
                    if let third { output.append(third) }
                }
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func hex(_ digit: UInt8) -> UInt8 {
        digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
    }
}
