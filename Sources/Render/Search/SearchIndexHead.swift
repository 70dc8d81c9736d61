/// `indice.js`, the piece every search loads first: what the script needs to read a query and to
/// name the other pieces, and nothing that grows with the number of pages but the lists of shards.
extension SearchIndex {
    /// `{"bloque":…,"comienzos":[…],"definiciones":{…},"finales":[…],"grupos":{…},
    /// "secciones":…,"vacias":[…],"version":…}`, keys in order.
    func indexData(prefixes: [String], suffixes: [String]) -> [UInt8] {
        var data: [UInt8] = Array(#"{"bloque":"#.utf8)
        JSON.number(sectionsPerChunk, into: &data)
        data += #","comienzos":"#.utf8
        Self.strings(prefixes, into: &data)
        data += #","definiciones":"#.utf8
        JSON.object(definitions(), into: &data) { JSON.number(Int($0), into: &$1) }
        data += #","finales":"#.utf8
        Self.strings(suffixes, into: &data)
        data += #","grupos":"#.utf8
        JSON.object(groupsByForm, into: &data) { JSON.string($0, into: &$1) }
        data += #","secciones":"#.utf8
        JSON.number(texts.count, into: &data)
        data += #","vacias":"#.utf8
        Self.strings(SpanishText.stopWords.sorted(), into: &data)
        data += #","version":"#.utf8
        JSON.number(Self.formatVersion, into: &data)
        data.append(UInt8(ascii: "}"))
        return data
    }

    /// Glossary group → the section that defines it, shown first when a query names the group: a
    /// section whose heading is one of the group's forms, on the page with the most such
    /// headings (the glossary, though another page may title a section the same). The first
    /// such page, and on it the first such section, wins.
    func definitions() -> [String: Int32] {
        var best: [String: Int32] = [:]
        var page: [String: Int32] = [:]
        var current: Int32 = -1
        func close() {
            if page.count > best.count { best = page }
            page = [:]
        }
        for (section, group) in sectionGroups.enumerated() {
            if sectionPages[section] != current {
                close()
                current = sectionPages[section]
            }
            if !group.isEmpty, page[group] == nil { page[group] = Int32(section) }
        }
        close()
        return best
    }

    static func strings(_ strings: [String], into output: inout [UInt8]) {
        JSON.array(into: &output) { output in
            for (index, text) in strings.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSON.string(text, into: &output)
            }
        }
    }
}
