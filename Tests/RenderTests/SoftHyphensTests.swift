import Testing

@testable import Render

@Suite struct SoftHyphensTests {
    /// The text with its soft hyphens shown as `-`.
    func shown(_ text: String) -> String {
        String(SoftHyphens.insert(into: text).map { $0 == "\u{AD}" ? "-" : $0 })
    }

    @Test func shortWordsStayWhole() {
        #expect(SoftHyphens.insert(into: "Actor Reglas Recurso") == "Actor Reglas Recurso")
    }

    @Test func longWordsBreakBetweenSyllables() {
        #expect(shown("Resultado") == "Re-sul-ta-do")
        #expect(shown("económicos") == "eco-nó-mi-cos")
        #expect(shown("Organización") == "Or-ga-ni-za-ción")
        #expect(shown("contrato") == "con-tra-to")
        #expect(shown("construcción") == "construc-ción")
        #expect(shown("quesadilla") == "que-sa-di-lla")
    }

    @Test func digraphsAndClustersStayTogether() {
        #expect(shown("muchachos") == "mu-cha-chos")
        #expect(shown("desarrollo") == "de-sa-rro-llo")
        #expect(shown("callejero") == "ca-lle-je-ro")
        #expect(shown("problemas") == "pro-ble-mas")
    }

    @Test func noLetterIsLeftAlone() {
        #expect(shown("abecedario") == "abe-ce-da-rio")
        #expect(shown("teleférico") == "te-le-fé-ri-co")
    }

    @Test func punctuationAndSpacingStayAsTheyWere() {
        #expect(shown("(positivo o negativo)") == "(po-si-ti-vo o ne-ga-ti-vo)")
        #expect(shown("fuerte, colaborativa,\ndébil") == "fuerte, co-la-bo-ra-ti-va,\ndébil")
        #expect(shown("¿Organización?  sí") == "¿Or-ga-ni-za-ción?  sí")
    }

    @Test func numbersLinksAndCompoundsGetNoSoftHyphen() {
        for text in [
            "2026-03-14", "https://ejemplo.org/organizaciones", "correo@organizacion.org", "socio-económico",
            "organizaciones2", "1234567890", "Ruta-",
        ] {
            #expect(SoftHyphens.removed(from: SoftHyphens.insert(into: text)) == text)
            #expect(!SoftHyphens.insert(into: text).contains(SoftHyphens.mark))
        }
    }

    /// A browser breaks after a hyphen or a slash; a word joiner there keeps a date whole.
    @Test func hyphensAndSlashesInsideAWordAreJoined() {
        let joined = { (text: String) in String(SoftHyphens.insert(into: text).map { $0 == "\u{2060}" ? "+" : $0 }) }
        #expect(joined("2026-03-14;") == "2026-+03-+14;")
        #expect(joined("1-3 y 2/4") == "1-+3 y 2/+4")
        #expect(joined("socio-económico") == "socio-+económico")
        #expect(joined("Ruta - final-") == "Ruta - final-")
    }

    @Test func insertingTwiceChangesNothingAndRemovingGivesTheTextBack() {
        let text = "Relación (fuerte, colaborativa, débil o conflictiva)"
        let once = SoftHyphens.insert(into: text)
        #expect(once != text)
        #expect(SoftHyphens.insert(into: once) == once)
        #expect(SoftHyphens.removed(from: once) == text)
        let dated = SoftHyphens.insert(into: "Entrega 2027-06-18, organizaciones")
        #expect(SoftHyphens.removed(from: dated) == "Entrega 2027-06-18, organizaciones")
    }
}
