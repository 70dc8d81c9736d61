import Foundation
import Testing

/// What this edition adds to or corrects in the original package is marked the same way on every
/// carta: a callout with its label, never a note in words of its own.
@Suite struct EditionMarkTests {
    let site: ShippedSite

    init() throws {
        site = try ShippedSite.shared.get()
    }

    /// The callouts of a page: kind, and their text without tags.
    func marks(_ path: String) throws -> [(kind: String, text: String)] {
        try site.page(path).matches(of: /<aside class="aviso aviso-([a-z]+)"[^>]*>(.*?)<\/aside>/.dotMatchesNewlines())
            .map { (String($0.output.1), String($0.output.2).replacing(/<[^>]+>/, with: "")) }
    }

    @Test(arguments: [
        ("anexos/sesion-4.html", "agregado", "poner a prueba los criterios"),
        ("anexos/sesion-4.html", "agregado", "Escritura."),
        ("anexos/sesion-4.html", "agregado", "Calificar la confianza"),
        ("anexos/sesion-4.html", "agregado", "escucha empática"),
        ("anexos/sesion-4.html", "agregado", "plazo"),
        ("anexos/sesion-4.html", "correccion", "T = C + R + I / S"),
        ("anexos/sesion-4.html", "correccion", "cuatro secciones"),
        ("anexos/anexo-1/sesion-3.html", "correccion", "«del mapeo»"),
        ("anexos/sesion-6.html", "agregado", "una sola línea"),
        ("anexos/sesion-6.html", "correccion", "«el conocido»"),
        ("anexos/sesion-6.html", "correccion", "«planear y asesorar»"),
        ("anexos/mapeo-de-sistemas.html", "agregado", "modalidad"),
        ("guia/index.html", "original", "AID-OAA-I-13-00045"),
    ])
    func eachDepartureFromTheOriginalIsMarked(_ path: String, _ kind: String, _ words: String) throws {
        #expect(try marks(path).contains { $0.kind == kind && $0.text.contains(words) }, "\(path): \(words)")
    }

    @Test func sesion4sAdditionsAreOptionalAndOutsideItsFourHours() throws {
        let optional = try marks("anexos/sesion-4.html").filter {
            $0.kind == "agregado" && $0.text.contains("opcional") && $0.text.contains("fuera del horario")
        }
        #expect(optional.count == 5)
    }

    @Test(arguments: SeedCartas.all)
    func noCartaFlagsTheOriginalInWordsOfItsOwn(_ carta: SeedCarta) throws {
        let page = try site.page(carta.path)
        for note in ["<strong>Nota sobre el documento original", "<strong>Nota.</strong>", "<strong>Sobre el número"] {
            #expect(!page.contains(note), "\(carta.path): \(note)")
        }
    }
}
