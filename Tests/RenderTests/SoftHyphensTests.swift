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

    /// Short texts are told apart from their scalars; an accent written as a combining mark, or a
    /// character outside Latin, makes the words be read character by character, as before.
    @Test func shortTextsAndCombiningAccentsAreReadAlike() {
        #expect(shown("“Sí”, dijo. ¿Ya?") == "“Sí”, dijo. ¿Ya?")
        #expect(shown("“Sí”, dijo — ¿ya?") == "“Sí”, dijo — ¿ya?")
        #expect(shown("“Organización”") == "“Or-ga-ni-za-ción”")
        #expect(shown("Organizacio\u{301}n") == "Or-ga-ni-za-cio\u{301}n")
        #expect(shown("Organizaciónes") == "Or-ga-ni-za-ció-nes")
        #expect(shown("日本語の組織と資源") == "日本語の組織と資源")
        #expect(shown("") == "")
    }

    /// Text whose scalars are each a character is read a scalar at a time: it comes out as read a
    /// character at a time, for every rule and every minimum length.
    @Test func scalarsAndCharactersGiveTheSameText() {
        let texts = [
            "", "Organización de la sociedad civil", "  Resultado\tdesarrollo\r\nmuchachos  ", "2026-03-14; 1-3 y 2/4",
            "socio-económico — contrato–firma / anexo", "(positivo o negativo), ¿Organización?", "İSTANBUL ÉCONOMIQUE",
            "organizaciones2 x² ½kilo", "Ruta- final- -inicio",
            "QUESADILLA GUERRERO",
            "NBSP\u{A0}constructora\u{85}fin", "“Problemático”, «teleférico»", "ñññññññññ aeiouáéíóú",
        ]
        for text in texts {
            for minimum in [2, 4, 8, 12] {
                let scalars = SoftHyphens.insert(into: text, minimumLetters: minimum)
                let characters = SoftHyphens.insertByCharacters(text, minimumLetters: minimum)
                #expect(Array(scalars.utf8) == Array(characters.utf8), "\(text) \(minimum)")
            }
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
