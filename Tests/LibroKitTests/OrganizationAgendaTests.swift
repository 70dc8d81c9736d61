import Foundation
import LibroKit
import Testing

/// The shipped package built with the sample organization's agenda settings for its first
/// session (15-minute breaks, a 60-minute meal after the third activity), at its own 09:00
/// start and at 16:30, and without the settings.
final class AgendaSites: Sendable {
    static let shared = Result { try AgendaSites() }

    let morning: [String: Data]
    let afternoon: [String: Data]
    let plain: [String: Data]
    let errors: [String]

    private init() throws {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
        let profile = content.appendingPathComponent("organizaciones/voces-del-bravo/perfil.yml")
        let original = try String(contentsOf: profile, encoding: .utf8)
        var errors: [String] = []
        func build(_ name: String, _ text: String) throws -> [String: Data] {
            try text.write(to: profile, atomically: true, encoding: .utf8)
            let output = folder.url.appendingPathComponent(name)
            let report = Libro.build(Fixtures.options(content: content, output: output))
            errors += report.diagnostics.errors.map(\.description)
            return try snapshot(of: output)
        }
        morning = try build("manana", original)
        afternoon = try build(
            "tarde",
            original.replacingOccurrences(
                of: "2027-02-09\n    inicio: \"09:00\"", with: "2027-02-09\n    inicio: \"16:30\""))
        let settings = ["    recesos: 15\n", "    comida: 60\n", "    comida_despues_de: 3\n"]
        plain = try build("sin-ajustes", settings.reduce(original) { $0.replacingOccurrences(of: $1, with: "") })
        self.errors = errors
    }
}

/// The errors of a build of the shipped package whose sample organization's first session has
/// `settings` in place of its own, as `file:line:col [code]`, with their messages.
private func errors(
    replacing settings: String, own: String = "    recesos: 15\n    comida: 60\n    comida_despues_de: 3\n"
)
    throws -> (located: [String], messages: String)
{
    let folder = try TemporaryFolder()
    let content = folder.url.appendingPathComponent("content")
    try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("content"), to: content)
    let profile = content.appendingPathComponent("organizaciones/voces-del-bravo/perfil.yml")
    let original = try String(contentsOf: profile, encoding: .utf8)
    #expect(original.contains(own))
    try original.replacingOccurrences(of: own, with: settings).write(to: profile, atomically: true, encoding: .utf8)
    let output = folder.url.appendingPathComponent("sitio")
    let report = Libro.build(Fixtures.options(content: content, output: output))
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    return (
        report.diagnostics.errors.map { error in
            let place = error.location.description
            return "\(place.range(of: "content/").map { String(place[$0.lowerBound...]) } ?? place) [\(error.code)]"
        },
        report.diagnostics.errors.map(\.message).joined(separator: "\n")
    )
}

@Suite struct OrganizationAgendaTests {
    let sites: AgendaSites
    let session = "organizaciones/voces-del-bravo/sesiones/sesion-1"

    init() throws {
        sites = try AgendaSites.shared.get()
    }

    private func page(_ site: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(site[path]), as: UTF8.self)
    }

    /// The carta of the first session: activities of 1 h, 1 h, 2 h, 1 h and 2 h, and a coffee
    /// break without duration after the second. From 09:00: 09:00–10:00, 10:00–11:00, the break
    /// 11:00–11:15, 11:15–13:15, the meal 13:15–14:15, 14:15–15:15 and 15:15–17:15.
    @Test func aMorningSessionWithBreaksAndAMeal() throws {
        #expect(sites.errors == [])
        let html = try page(sites.morning, "\(session).html")
        #expect(
            try AgendaTable.clock(in: html) == [
                "09:00–10:00", "10:00–11:00", "11:00–11:15", "11:15–13:15", "13:15–14:15", "14:15–15:15",
                "15:15–17:15",
            ])
        #expect(html.contains("Pausa para comer"))
        #expect(html.contains("8 h 15 min"))
    }

    /// From 16:30 the same lengths give 16:30–17:30, 17:30–18:30, 18:30–18:45, 18:45–20:45, the
    /// meal 20:45–21:45, 21:45–22:45 and 22:45 to 00:45 of the next day.
    @Test func anAfternoonSessionRunsPastMidnight() throws {
        let html = try page(sites.afternoon, "\(session).html")
        #expect(
            try AgendaTable.clock(in: html) == [
                "16:30–17:30", "17:30–18:30", "18:30–18:45", "18:45–20:45", "20:45–21:45", "21:45–22:45",
                "22:45–00:45 (día siguiente)",
            ])
        let calendar = try page(sites.afternoon, "\(session).ics")
        #expect(calendar.contains("DTSTART;TZID=America/Ciudad_Juarez:20270209T163000\r\n"))
        #expect(calendar.contains("DTEND;TZID=America/Ciudad_Juarez:20270210T004500\r\n"))
    }

    /// The calendar's end and description follow the organization's agenda, as its page shows it.
    @Test func theCalendarMatchesThePage() throws {
        let calendar = try page(sites.morning, "\(session).ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(calendar.contains("DTEND;TZID=America/Ciudad_Juarez:20270209T171500\r\n"))
        #expect(calendar.contains("\\n11:00 Receso para café\\n11:15 "))
        #expect(calendar.contains("\\n13:15 Pausa para comer\\n14:15 "))
    }

    /// A session without settings gets the method's length for a break the package does not
    /// size, and says it is an assumption; the package's carta keeps the break without one.
    @Test func theDefaultBreakIsShownAsAnAssumption() throws {
        let second = try page(sites.morning, "organizaciones/voces-del-bravo/sesiones/sesion-2.html")
        #expect(second.contains("15 min (supuesto: el paquete no indica su duración)"))
        #expect(try AgendaTable.clock(in: second).contains("10:30–10:45"))
        let plain = try page(sites.plain, "\(session).html")
        #expect(plain.contains("15 min (supuesto: el paquete no indica su duración)"))
        #expect(!plain.contains("Pausa para comer"))
        let carta = try page(sites.morning, "anexos/anexo-1/sesion-1.html")
        // A break with a start and no length, as the package gives it.
        #expect(
            carta.contains(
                /<tr class="receso"><td class="hora" data-etiqueta="Horario">\d\d:\d\d<\/td><td data-etiqueta="Duración"><\/td>/
            ))
        #expect(!carta.contains("supuesto:"))
    }

    /// Lines 42 to 44 of the sample's profile hold its first session's settings.
    @Test func settingsTheCartaCannotTakeAreErrorsWhereTheyAreWritten() throws {
        let file = "content/organizaciones/voces-del-bravo/perfil.yml"
        let link = try errors(replacing: "    omitir: [2, 9]\n    comida: 60\n    comida_despues_de: 5\n")
        #expect(
            link.located.sorted() == [
                "\(file):42:13 [actividad-no-encontrada]", "\(file):44:24 [comida-fuera-de-la-agenda]",
            ])
        #expect(link.messages.contains("tiene 5 actividades"))
        #expect(link.messages.contains("del 1 al 4"))
        let load = try errors(replacing: "    recesos: 500\n    duraciones: [2=x]\n")
        #expect(load.located.sorted() == ["\(file):42:14 [tipo-no-valido]", "\(file):43:17 [valor-no-valido]"])
        #expect(load.messages.contains("entre 0 y 120"))
        #expect(load.messages.contains("actividad=minutos"))
    }

    /// A zone the IANA database does not know stops the build where it is written.
    @Test func anUnknownZoneIsAnErrorAtItsLine() throws {
        let found = try errors(
            replacing: "zona_horaria: America/Juarez\n", own: "zona_horaria: America/Ciudad_Juarez\n")
        #expect(found.located == ["content/organizaciones/voces-del-bravo/perfil.yml:13:15 [valor-no-valido]"])
        #expect(found.messages.contains("no es una zona horaria conocida"))
    }

    /// The organization's settings change its own pages and calendars, never the package's.
    @Test func thePackagesPagesAreByteForByteTheSame() throws {
        let own = "organizaciones/voces-del-bravo/"
        let changed = sites.plain.keys.filter { !$0.hasPrefix(own) && sites.plain[$0] != sites.morning[$0] }
        // The search index holds the organization's pages too, and the offline reader's list
        // has a version made from them.
        #expect(changed.filter { !$0.hasPrefix("recursos/busqueda/") && $0 != "sw.js" }.sorted() == [])
        #expect(sites.plain["anexos/anexo-1/sesion-1.html"] == sites.morning["anexos/anexo-1/sesion-1.html"])
        #expect(sites.plain["anexos/anexo-1/sesion-1.html"] != nil)
        #expect(sites.plain["\(session).html"] != sites.morning["\(session).html"])
    }
}
