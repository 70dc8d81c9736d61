import Foundation
import Testing

/// Notes meant for whoever maintains the package stay off participants' pages unless the site
/// asks for them; print packs come in two, one for participants and one for facilitation.
@Suite struct ReviewNotesAndPacksTests {
    static let notes = ["nota-revision", "no coincide con la duración que declara", "sin duración en el paquete"]

    /// Builds the carta fixture, with `notas_de_revision:` set as given, and returns its session page.
    func cartaPage(reviewNotes: Bool?) throws -> String {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.content("cartas"), to: content)
        if let reviewNotes { try folder.write("content/libro.yml", "notas_de_revision: \(reviewNotes)\n") }
        let run = CapturedRun(["build", "--content", "content", "--theme", Fixtures.theme.path], in: folder.url)
        #expect(run.status == 0, "\(run.error)")
        // The warning stays in the build output whatever the pages show.
        #expect(run.error.contains("[carta-tiempo-distinto]"))
        return try String(contentsOf: folder.url.appendingPathComponent("site/sesion-1.html"), encoding: .utf8)
    }

    @Test func participantsPagesCarryNoReviewNotes() throws {
        for page in [try cartaPage(reviewNotes: nil), try cartaPage(reviewNotes: false)] {
            for note in Self.notes { #expect(!page.contains(note), "\(note)") }
        }
    }

    @Test func aReviewersBuildShowsThem() throws {
        let page = try cartaPage(reviewNotes: true)
        for note in Self.notes { #expect(page.contains(note), "\(note)") }
    }

    @Test func theShippedCartasKeepTheirProvenanceMarksButNoReviewNotes() throws {
        let site = try ShippedSite.shared.get()
        for carta in SeedCartas.all {
            let page = try site.page(carta.path)
            #expect(!page.contains("nota-revision"), "\(carta.path)")
        }
        #expect(try site.page("anexos/sesion-4.html").contains("aviso-correccion"))
    }

    /// Forms go to participants; flipcharts, cards and the agenda to the facilitator.
    @Test func aSessionsPacksSplitHandoutsFromTheFacilitatorsMaterial() throws {
        let site = try ShippedSite.shared.get()
        let base = "organizaciones/voces-del-bravo"
        let participants = try site.page("\(base)/hojas/paquete-sesion-2-participantes.html")
        let facilitation = try site.page("\(base)/hojas/paquete-sesion-2-facilitacion.html")
        #expect(participants.contains("hoja hoja-formulario"))
        #expect(!participants.contains("hoja-rotafolio") && !participants.contains("hoja-tarjetas"))
        #expect(!participants.contains(#"<section class="carta""#))
        #expect(facilitation.contains("hoja hoja-rotafolio"))
        #expect(!facilitation.contains("hoja-formulario"))
        // The agenda at the organization's own start time.
        #expect(facilitation.contains(#"<section class="carta""#))
        #expect(facilitation.contains("horario de referencia con inicio a las 09:00"))
        #expect(participants.contains("6 personas registradas"))
        let session = try site.page("\(base)/sesiones/sesion-2.html")
        #expect(session.contains(#"href="../hojas/paquete-sesion-2-participantes.html""#))
        #expect(session.contains(#"href="../hojas/paquete-sesion-2-facilitacion.html""#))
        // Cards are the facilitator's: a session with no forms has no participants' pack.
        let blank = try site.page("hojas/paquete-sesion-1-facilitacion.html")
        #expect(blank.contains("hoja hoja-tarjetas"))
        #expect(site.pages["hojas/paquete-sesion-1-participantes.html"] == nil)
    }
}
