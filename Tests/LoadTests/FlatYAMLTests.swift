import Testing
import Yams

@testable import Load

/// `FlatYAML` must give exactly the nodes libyaml gives, or leave the text to it: many generated
/// front matters, tricky values included, are read both ways and compared node by node.
@Suite struct FlatYAMLTests {
    static let keys = [
        String(repeating: "k", count: 1_100), "titulo", "id", "orden", "resumen", "a", "numero_en_enlaces",
        "clave-larga", "X1",
    ]

    static let values = [
        "", "Hola", "Hola mundo", "yes", "no", "null", "Null", "~", "true", "0x1F", "1e3", "007", "-3", "+3",
        ".5", "2027-02-09", "2027-02-09 10:00:00", "12:30", "09:00", "a: b", "a:b", "a:", "http://x.mx/a#b",
        "texto # comentario", "texto#pegado", "# solo comentario", "valor   ", "  valor", "C#", "¿Qué?",
        "Diagnóstico y priorización", "ñandú 🌵 emoji", "\"entre comillas\"", "\"con: dos puntos\"",
        "\"con \\\"escape\\\"\"", "\"sin cerrar", "\"cerrada\" y más", "\"cerrada\"   # nota", "'simple'",
        "'con ''dos'''", "'con: y # dentro'", "'sin cerrar", "[]", "[ ]", "[4]", "[4, 5]", "[ 1 ,2 ]", "[a, b c]",
        "[1, 2,]", "[1, [2]]", "[\"a\", b]", "[a: b]", "[a, b] # nota", "[a, b] x", "[á, ü]", "{a: 1}", "|",
        ">", "|-\n  texto", "&ancla valor", "*alias", "!!str 5", "!etiqueta x", "%x", "@x", "`x`", "- x", "-x",
        "? x", ":x", ",x", "a, b", "a ]", "a [b]", "a {b}", "\tcon tabulador", "con\ttabulador", "\u{85}x",
        "x\u{2028}y", "\u{FEFF}x", "\u{7F}", "a \u{A0} b", "…", "'", "\"", "'' ", "\"\"", "a  #  b  ", "\" espacios \"",
        "' ya '", String(repeating: "x", count: 1_100) + ": y",
    ]

    static let separators = [": ", ":  ", ":", " : ", ":\t"]

    static let extraLines = ["", "# comentario", "   ", "  # sangrado", "- suelto", "...", "  sigue", "---"]

    @Test func readsWhatLibyamlReads() throws {
        var random = SplitMix(seed: 2026)
        var readHere = 0
        for _ in 0..<6_000 {
            let yaml = Self.document(&random)
            guard let fast = FlatYAML.compose(yaml) else { continue }
            readHere += 1
            let library = try #require(try? Yams.compose(yaml: yaml, .basic, .default, .utf8), "«\(yaml)»")
            #expect(Self.describe(fast) == Self.describe(library), "«\(yaml)»")
        }
        // The common forms are read here rather than all left to libyaml.
        #expect(readHere > 500)
    }

    @Test func readsEveryValueAloneTheSameWay() throws {
        for value in Self.values {
            for separator in Self.separators {
                let yaml = "titulo" + separator + value
                guard let fast = FlatYAML.compose(yaml) else { continue }
                let library = try #require(try? Yams.compose(yaml: yaml, .basic, .default, .utf8), "«\(yaml)»")
                #expect(Self.describe(fast) == Self.describe(library), "«\(yaml)»")
            }
        }
    }

    @Test func readsTypicalFrontMatter() {
        let yaml = "titulo: \"Rotafolio: visión\"\nid: hoja-1\norden: 38\nsesiones: [4, 5]\nresumen: Las tres partes."
        #expect(FlatYAML.compose(yaml) != nil)
    }

    @Test func leavesRepeatedKeysToLibyaml() {
        #expect(FlatYAML.compose("a: 1\nb: 2\na: 3") == nil)
    }

    private static func document(_ random: inout SplitMix) -> String {
        var lines: [String] = []
        for _ in 0..<random.below(6) + 1 {
            if random.below(6) == 0 {
                lines.append(extraLines[random.below(extraLines.count)])
                continue
            }
            let separator = random.below(4) == 0 ? separators[random.below(separators.count)] : ": "
            let value = values[random.below(values.count)] + (random.below(8) == 0 ? "  " : "")
            lines.append(keys[random.below(keys.count)] + separator + value)
        }
        return lines.joined(separator: "\n") + (random.below(2) == 0 ? "\n" : "")
    }

    /// Everything compose records of a node.
    private static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            return "S(\(scalar.string)|\(scalar.tag)|\(scalar.style)|\(String(describing: scalar.mark)))"
        case .sequence(let sequence):
            let items = sequence.map(describe).joined(separator: ",")
            return "Q(\(sequence.tag)|\(sequence.style)|\(String(describing: sequence.mark)))[\(items)]"
        case .mapping(let mapping):
            let pairs = mapping.map { describe($0.key) + "=" + describe($0.value) }.joined(separator: ",")
            return "M(\(mapping.tag)|\(mapping.style)|\(String(describing: mapping.mark))){\(pairs)}"
        case .alias: return "alias"
        }
    }
}

/// A small deterministic generator, so a failure shows the same document every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }
}
