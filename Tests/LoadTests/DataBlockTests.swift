import Diagnostics
import Foundation
import Model
import TestSupport
import Testing

@testable import Load

@Suite struct DataBlockTests {
    func load(_ body: String) throws -> (SourcePage?, [String]) {
        let folder = try TemporaryFolder()
        try folder.write("sesion.md", "---\ntitulo: Sesión\n---\n" + body)
        let (content, diagnostics) = ContentLoader.load(from: folder.url, displayRoot: "content")
        return (content?.pages.first, diagnostics.sorted.map(\.description))
    }

    @Test func decodesACartaWithItsActivitiesAndBreaks() throws {
        let (page, problems) = try load(
            """
            ```carta
            sesion: 2
            componente: creación de capacidades
            objetivo: Crear un mapeo de sistemas
            duracion: 8 h
            inicio: "16:30"
            niveles: [básico, intermedio]
            modalidades: presencial
            ```

            ## Mapeo de sistemas

            ```actividad
            duracion: 2 h 30 min
            materiales: [Post-it, Rotafolios]
            productos:
              - Mapa del sistema actual
            ```

            ## Receso para café

            ```receso
            ```

            ## Comida
            ```receso
            tipo: comida
            duracion: 45 min
            ```
            """)
        #expect(problems.isEmpty)
        let blocks = try #require(page?.blocks)
        #expect(
            blocks.map(\.content) == [
                .carta(
                    CartaHeader(
                        session: 2,
                        sessionLocation: SourceLocation(file: "content/sesion.md", line: 5, column: 9),
                        component: LocatedText(
                            "creación de capacidades",
                            at: SourceLocation(file: "content/sesion.md", line: 6, column: 13)),
                        objective: "Crear un mapeo de sistemas",
                        declaredMinutes: 480,
                        declaredLocation: SourceLocation(file: "content/sesion.md", line: 8, column: 11),
                        startMinute: 16 * 60 + 30,
                        levels: [
                            LocatedText("básico", at: SourceLocation(file: "content/sesion.md", line: 10, column: 11)),
                            LocatedText(
                                "intermedio", at: SourceLocation(file: "content/sesion.md", line: 10, column: 19)),
                        ],
                        modalities: [
                            LocatedText(
                                "presencial", at: SourceLocation(file: "content/sesion.md", line: 11, column: 14))
                        ]
                    )),
                .activity(
                    ActivitySpec(
                        minutes: 150, materials: ["Post-it", "Rotafolios"], products: ["Mapa del sistema actual"])),
                .pause(PauseSpec(kind: .coffee, minutes: nil)),
                .pause(PauseSpec(kind: .meal, minutes: 45)),
            ]
        )
        #expect(blocks.map(\.heading) == [nil, 0, 1, 2])
        #expect(blocks.map(\.codeBlock) == [0, 1, 2, 3])
        #expect(blocks[1].location == SourceLocation(file: "content/sesion.md", line: 16, column: 1))
    }

    @Test func decodesGlossaryTermsAndReferences() throws {
        let (page, problems) = try load(
            """
            ## Organización de la sociedad civil

            ```termino
            siglas: [OSC]
            variantes: [organizaciones de la sociedad civil]
            ```

            ## Artículos

            ```referencias
            - autores: Misner, Ivan
              anio: 2008
              titulo: "What Is Business Networking, Anyway?"
              publicacion: Entrepreneur
              url: https://www.entrepreneur.com/article/196758
            - autores: CEGESTI
              anio: 2010
            ```

            ```swift
            let codigo = "se queda como código"
            ```
            """)
        #expect(problems.isEmpty)
        #expect(
            page?.blocks.map(\.content) == [
                .term(TermSpec(variants: ["organizaciones de la sociedad civil"], acronyms: ["OSC"])),
                .references([
                    Reference(
                        authors: "Misner, Ivan",
                        year: "2008",
                        title: "What Is Business Networking, Anyway?",
                        publication: "Entrepreneur",
                        url: "https://www.entrepreneur.com/article/196758"
                    ),
                    Reference(authors: "CEGESTI", year: "2010", title: nil),
                ]),
            ]
        )
    }

    @Test func reportsEveryMistakeWhereItIs() throws {
        let (_, problems) = try load(
            """
            ```carta
            sesion: 0
            duracion: 8
            niveles: [basico, experto]
            modalidad: webinar
            ```

            ```actividad
            duracion: 1 h
            ```

            ## Sin duración
            ```actividad
            materiales: [Rotafolio]
            ```

            ## Con una errata
            ```actividd
            duracion: 1 h
            ```

            ## Referencias
            ```referencias
            autores: X
            ```

            ```referencias
            - titulo: Sin dirección
              url: www.ejemplo.org
            ```
            """)
        #expect(
            problems == [
                "content/sesion.md:5:9: error: el número de sesión empieza en 1 (`sesion: 1`) [sesion-no-valida]",
                "content/sesion.md:6:11: error: «8» no es una duración; escríbela con su unidad: `30 min`, `1 h`, `2 h 30 min` o `2.5 h` [duracion-no-valida]",
                "content/sesion.md:8:1: error: clave desconocida «modalidad» en el bloque `carta`; ¿quisiste decir «modalidades»? (claves válidas: `sesion`, `componente`, `objetivo`, `duracion`, `inicio`, `niveles`, `modalidades`) [clave-desconocida]",
                "content/sesion.md:11:1: error: el bloque `actividad` va justo debajo del encabezado que nombra la actividad (por ejemplo `## Bienvenida` y en la línea siguiente ```` ```actividad ````) [bloque-sin-encabezado]",
                "content/sesion.md:16:1: error: falta `duracion:` en la actividad «Sin duración»; escribe cuánto dura (`30 min`, `1 h`) [falta-duracion]",
                "content/sesion.md:21:1: aviso: el bloque ```` ```actividd ```` se muestra como código; ¿quisiste decir ```` ```actividad ````? [bloque-desconocido]",
                "content/sesion.md:26:1: error: el bloque `referencias` es una lista: empieza cada referencia con `- autores: …` [referencias-no-es-lista]",
                "content/sesion.md:32:8: error: «www.ejemplo.org» no es una dirección web; escríbela completa, con `https://` o `http://` [url-no-valida]",
            ]
        )
    }

    @Test(arguments: [
        ("1 h", 60), ("30 min", 30), ("2 h 30 min", 150), ("2.5 h", 150), ("2,5 horas", 150), ("1h30min", 90),
        ("10 minutos", 10), ("90 MIN", 90),
    ])
    func readsDurations(_ text: String, _ minutes: Int) {
        #expect(TimeText.minutes(in: text) == minutes)
    }

    @Test(arguments: ["", "2", "h", "una hora", "1 día", "0 min", "0.3 min", "1 h extra"])
    func refusesWhatIsNotADuration(_ text: String) {
        #expect(TimeText.minutes(in: text) == nil)
    }

    @Test func readsClockTimes() {
        #expect(TimeText.clockMinutes(in: "09:00") == 540)
        #expect(TimeText.clockMinutes(in: "9:05") == 545)
        #expect(TimeText.clockMinutes(in: "16:30") == 990)
        for bad in ["24:00", "9", "09:0", "9:60", "-1:00", "09:00:00", "nueve"] {
            #expect(TimeText.clockMinutes(in: bad) == nil, "\(bad)")
        }
    }
}
