import Diagnostics
import Model
import Testing

@testable import Link

/// A session page: headings (level, text) and blocks under them.
private func carta(
    _ path: String,
    header: CartaHeader,
    rows: [(level: Int, title: String, content: PageBlock.Content?)]
) -> SourcePage {
    let file = "content/" + path
    var blocks = [
        PageBlock(codeBlock: 0, heading: nil, location: SourceLocation(file: file, line: 5), content: .carta(header))
    ]
    for (index, row) in rows.enumerated() {
        guard let content = row.content else { continue }
        blocks.append(
            PageBlock(
                codeBlock: blocks.count,
                heading: index,
                location: SourceLocation(file: file, line: 10 + index),
                content: content
            )
        )
    }
    return SourcePage(
        path: path,
        location: SourceLocation(file: file),
        frontMatter: FrontMatter(title: path),
        headings: rows.enumerated().map {
            HeadingOccurrence(level: $1.level, text: $1.title, location: SourceLocation(file: file, line: 10 + $0))
        },
        links: [],
        blocks: blocks
    )
}

@Suite struct AgendaTests {
    let declared = SourceLocation(file: "content/s1.md", line: 6, column: 11)

    @Test func linesUpActivitiesAndBreaksAndAddsTheirTimes() throws {
        let session = carta(
            "s1.md",
            header: CartaHeader(session: 1, declaredMinutes: 8 * 60, declaredLocation: declared),
            rows: [
                (2, "Presentación", .activity(ActivitySpec(minutes: 60))),
                (2, "Receso para café", .pause(PauseSpec())),
                (2, "Conceptos básicos", .activity(ActivitySpec(minutes: 120, products: ["Visión interna"]))),
                (2, "Comida", .pause(PauseSpec(kind: .meal, minutes: 45))),
                (2, "Cierre", .activity(ActivitySpec(minutes: 30))),
            ]
        )
        let (site, problems) = link([page("index.md", "Inicio"), session])
        let carta = try #require(site.pages[1].carta)
        #expect(
            carta.rows.map(\.title) == ["Presentación", "Receso para café", "Conceptos básicos", "Comida", "Cierre"])
        #expect(carta.rows.map(\.offset) == [0, 60, 60, 180, 225])
        #expect(carta.rows.map(\.minutes) == [60, nil, 120, 45, 30])
        #expect(
            carta.rows.map(\.anchor) == ["presentacion", "receso-para-cafe", "conceptos-basicos", "comida", "cierre"])
        #expect(carta.computedMinutes == 255)
        #expect(carta.pausesWithoutDuration == 1)
        #expect(site.sessions == [1: 1])
        #expect(
            problems == [
                "content/s1.md:6:11: aviso: las duraciones de la carta suman 4 h 15 min sin contar un receso que no tiene duración, pero la duración declarada es 8 h (3 h 45 min de menos); si el original es así, déjalo: la carta muestra ambas cifras [carta-tiempo-distinto]"
            ]
        )
    }

    @Test func aTotalThatAddsUpRaisesNoWarning() throws {
        let session = carta(
            "s3.md",
            header: CartaHeader(session: 3, declaredMinutes: 270, declaredLocation: declared),
            rows: [
                (2, "Ruta Crítica", .activity(ActivitySpec(minutes: 120))),
                (2, "Aplicación práctica", .activity(ActivitySpec(minutes: 120))),
                (2, "Cierre", .activity(ActivitySpec(minutes: 30))),
            ]
        )
        let (site, problems) = link([page("index.md", "Inicio"), session])
        #expect(problems.isEmpty)
        #expect(site.pages[1].carta?.differsFromDeclared == false)
    }

    @Test func partsGroupTheirActivities() throws {
        let session = carta(
            "s4.md",
            header: CartaHeader(session: 4),
            rows: [
                (2, "Parte 1: aliado potencial", nil),
                (3, "Introducción al tema", .activity(ActivitySpec(minutes: 10))),
                (3, "Aplicación del contenido", .activity(ActivitySpec(minutes: 30))),
                (2, "Parte 2: networking", nil),
                (3, "Introducción al tema", .activity(ActivitySpec(minutes: 10))),
            ]
        )
        let (site, problems) = link([page("index.md", "Inicio"), session])
        #expect(problems.isEmpty)
        let rows = try #require(site.pages[1].carta?.rows)
        #expect(rows.map(\.group) == ["Parte 1: aliado potencial", "Parte 1: aliado potencial", "Parte 2: networking"])
        #expect(rows.map(\.anchor) == ["introduccion-al-tema", "aplicacion-del-contenido", "introduccion-al-tema-2"])
    }

    @Test func activitiesNeedACartaAndSessionsAreUnique() {
        var loose = carta("suelta.md", header: CartaHeader(), rows: [(2, "Sola", .activity(ActivitySpec(minutes: 5)))])
        loose = SourcePage(
            path: loose.path, location: loose.location, frontMatter: loose.frontMatter, headings: loose.headings,
            links: [], blocks: Array(loose.blocks.dropFirst()))
        let one = SourceLocation(file: "content/a.md", line: 5, column: 9)
        let two = SourceLocation(file: "content/b.md", line: 5, column: 9)
        let (_, problems) = link([
            page("index.md", "Inicio"), loose,
            carta("a.md", header: CartaHeader(session: 2, sessionLocation: one), rows: []),
            carta("b.md", header: CartaHeader(session: 2, sessionLocation: two), rows: []),
        ])
        #expect(
            problems == [
                "content/b.md:5:9: error: la sesión 2 ya tiene su carta en «a.md»; cambia el número de una de las dos [sesion-repetida]",
                "content/suelta.md:10:1: error: hay actividades pero no un bloque `carta`; ponlo antes de la primera actividad para que se dibuje la agenda [actividad-sin-carta]",
            ]
        )
    }
}

@Suite struct GlossaryTests {
    func glossary(_ terms: [(String, TermSpec)]) -> SourcePage {
        let file = "content/glosario.md"
        return SourcePage(
            path: "glosario.md",
            location: SourceLocation(file: file),
            frontMatter: FrontMatter(title: "Glosario"),
            headings: terms.enumerated().map {
                HeadingOccurrence(level: 2, text: $1.0, location: SourceLocation(file: file, line: 10 + $0 * 5))
            },
            links: [],
            blocks: terms.enumerated().map {
                PageBlock(
                    codeBlock: $0, heading: $0, location: SourceLocation(file: file, line: 11 + $0 * 5),
                    content: .term($1.1))
            }
        )
    }

    @Test func eachTermLinksItsFormsToItsHeading() {
        let (site, problems) = link([
            page("index.md", "Inicio"),
            glossary([
                (
                    "Organización de la sociedad civil",
                    TermSpec(variants: ["organizaciones de la sociedad civil"], acronyms: ["OSC"])
                ),
                ("Red", TermSpec(variants: ["redes"])),
            ]),
        ])
        #expect(problems.isEmpty)
        #expect(
            site.glossary == [
                GlossaryEntry(
                    term: "Organización de la sociedad civil", page: 1, anchor: "organizacion-de-la-sociedad-civil",
                    forms: ["Organización de la sociedad civil", "organizaciones de la sociedad civil"],
                    exactForms: ["OSC"]),
                GlossaryEntry(term: "Red", page: 1, anchor: "red", forms: ["Red", "redes"], exactForms: []),
            ]
        )
    }

    @Test func aFormLeadsToOneTermOnly() {
        let (_, problems) = link([
            page("index.md", "Inicio"),
            glossary([("Red", TermSpec()), ("Trabajo en red", TermSpec(variants: ["red"]))]),
        ])
        #expect(
            problems == [
                "content/glosario.md:16:1: error: «red» ya lleva al término «Red» (content/glosario.md:11:1); cada forma escrita lleva a un solo término [termino-repetido]"
            ]
        )
    }
}
