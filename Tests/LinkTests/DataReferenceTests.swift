import Diagnostics
import Model
import Testing

@testable import Link

@Suite struct DataReferenceTests {
    let file = "content/h.md"

    func worksheet(_ spec: WorksheetSpec) -> SourcePage {
        SourcePage(
            path: "h.md", location: Diagnostics.SourceLocation(file: file),
            frontMatter: FrontMatter(title: "Hoja", id: "hoja-h"),
            headings: [], links: [],
            blocks: [
                PageBlock(
                    codeBlock: 0, heading: nil, location: Diagnostics.SourceLocation(file: file, line: 5),
                    content: .worksheet(spec))
            ]
        )
    }

    func at(_ line: Int) -> Diagnostics.SourceLocation { Diagnostics.SourceLocation(file: file, line: line, column: 9) }

    @Test func worksheetsNameDataThatExists() {
        let spec = WorksheetSpec(
            parts: [
                .questions(
                    title: nil,
                    items: [
                        WorksheetQuestion(text: "Misión", data: DataPath("organizacion.mision", at: at(10))),
                        WorksheetQuestion(text: "Visión", data: DataPath("organizacion.vison", at: at(11))),
                        WorksheetQuestion(text: "Aliado", data: DataPath("aliado.construccion.interes", at: at(12))),
                    ]),
                .checklist(
                    title: nil,
                    items: [WorksheetCheck(text: "Misión", data: DataPath("organizacion.mision", at: at(13)))]),
                .table(
                    WorksheetTable(
                        columns: ["Actor", "Relación"], data: DataPath("actores", at: at(14)),
                        fields: ["actor", "relaciones"])),
            ])
        let (site, problems) = link([page("index.md", "Inicio"), worksheet(spec)])
        #expect(site.worksheets == ["hoja-h": 1])
        #expect(
            problems == [
                "content/h.md:11:9: error: no hay ningún dato «organizacion.vison» (los datos que una hoja puede usar están en el README); ¿quisiste decir «organizacion.vision»? [dato-no-encontrado]",
                "content/h.md:12:9: error: «aliado.construccion.interes» es un dato de un aliado: agrega `por_aliado: true` a la hoja para llenarla una vez por aliado [dato-de-aliado]",
                "content/h.md:13:9: error: «organizacion.mision» no es un dato de sí o no para esta parte de la hoja [dato-no-valido]",
                "content/h.md:14:9: error: los elementos de «actores» no tienen el campo «relaciones»; ¿quisiste decir «relacion»? (campos: id, actor, sector, tipo, roles, recurso, relacion, reglas, resultado, notas) [campo-no-encontrado]",
            ]
        )
    }

    @Test func scheduledSessionsAndAgendasNeedACarta() {
        let profile = DataRecord(
            fields: [
                "nombre": .text("Org"),
                "sesiones": .list([
                    .record(
                        DataRecord(
                            fields: [
                                "sesion": .number(9), "fecha": .text("2027-01-01"), "inicio": .text("09:00"),
                                "modalidad": .text("presencial"),
                            ],
                            locations: [
                                "sesion": Diagnostics.SourceLocation(
                                    file: "content/organizaciones/o/perfil.yml", line: 12, column: 14)
                            ],
                            location: Diagnostics.SourceLocation(file: "content/organizaciones/o/perfil.yml", line: 12))
                    )
                ]),
            ],
            location: Diagnostics.SourceLocation(file: "content/organizaciones/o/perfil.yml"))
        let agenda = SourcePage(
            path: "a.md", location: Diagnostics.SourceLocation(file: "content/a.md"),
            frontMatter: FrontMatter(title: "A"), headings: [],
            links: [],
            blocks: [
                PageBlock(
                    codeBlock: 0, heading: nil, location: Diagnostics.SourceLocation(file: "content/a.md", line: 3),
                    content: .agenda(
                        AgendaSpec(
                            session: 2, location: Diagnostics.SourceLocation(file: "content/a.md", line: 4, column: 9)))
                ),
                PageBlock(
                    codeBlock: 1, heading: nil, location: Diagnostics.SourceLocation(file: "content/a.md", line: 7),
                    content: .systemMap(organization: "otra")),
            ])
        let (_, problems) = SiteLinker.link(
            pages: [page("index.md", "Inicio"), agenda], staticFiles: [], config: SiteConfig(),
            organizations: [Organization(slug: "o", folder: "content/organizaciones/o", profile: profile)],
            displayRoot: "content")
        #expect(
            problems.sorted.map(\.description) == [
                "content/a.md:4:9: error: el paquete no tiene una Sesión 2 (ninguna página tiene un bloque `carta` con `sesion:`) [sesion-no-encontrada]",
                "content/a.md:7:1: error: la organización «otra» no está en este sitio; nómbrala en `organizaciones:` de libro.yml o usa --organizacion [organizacion-no-incluida]",
                "content/organizaciones/o/perfil.yml:12:14: error: el paquete no tiene una Sesión 9 (ninguna página tiene un bloque `carta` con `sesion:`) [sesion-no-encontrada]",
            ])
    }
}
