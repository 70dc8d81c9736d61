import Diagnostics
import Model
import Testing

@testable import Link

@Suite struct DataReferenceTests {
    let file = "content/h.md"

    /// A method with a profile (name, mission, calendar), a CSV of contacts and a folder of donors.
    var method: PackageMethod {
        let here = Diagnostics.SourceLocation(file: "content/metodo.yml")
        var session = DataField("sesion", .number(1...99))
        session.reference = OrganizationMethod.sessions
        let calendar = DataField("sesiones", .list(.record([session, DataField("fecha", .date)])))
        var organization = OrganizationMethod(location: here)
        organization.files = [
            DataFileSpec(
                name: "perfil", shape: .yaml("perfil.yml"), required: true,
                fields: [DataField("nombre", .text), DataField("mision", .text), DataField("vision", .text), calendar],
                id: nil, title: nil, location: here),
            DataFileSpec(
                name: "contactos", shape: .csv("contactos.csv"), required: false,
                fields: [DataField("id", .text), DataField("nombre", .text), DataField("relacion", .text)],
                id: "id", title: "nombre", location: here),
            DataFileSpec(
                name: "donantes", shape: .folder("donantes"), required: false,
                fields: [DataField("nombre", .text), DataField("interes", .record([DataField("tema", .text)]))],
                id: nil, title: "nombre", location: here),
        ]
        organization.name = "perfil.nombre"
        organization.calendar = "perfil.sesiones"
        var method = PackageMethod()
        method.organization = organization
        return method
    }

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

    func linked(_ pages: [SourcePage], organizations: [Organization] = []) -> (LinkedSite, [String]) {
        let (site, problems) = SiteLinker.link(
            pages: pages, staticFiles: [], config: SiteConfig(), method: method, organizations: organizations,
            displayRoot: "content")
        return (site, problems.sorted.map(\.description))
    }

    @Test func worksheetsNameDataTheMethodDescribes() {
        let spec = WorksheetSpec(
            parts: [
                .questions(
                    title: nil,
                    items: [
                        WorksheetQuestion(text: "Misión", data: DataPath("perfil.mision", at: at(10))),
                        WorksheetQuestion(text: "Visión", data: DataPath("perfil.vison", at: at(11))),
                        WorksheetQuestion(text: "Tema", data: DataPath("donante.interes.tema", at: at(12))),
                    ]),
                .checklist(
                    title: nil,
                    items: [WorksheetCheck(text: "Misión", data: DataPath("perfil.mision", at: at(13)))]),
                .table(
                    WorksheetTable(
                        columns: ["Nombre", "Relación"], data: DataPath("contactos", at: at(14)),
                        fields: ["nombre", "relaciones"])),
            ])
        let (site, problems) = linked([page("index.md", "Inicio"), worksheet(spec)])
        #expect(site.worksheets == ["hoja-h": 1])
        #expect(
            problems == [
                "content/h.md:11:9: error: no hay ningún dato «perfil.vison» en lo que guarda una organización (metodo.yml); ¿quisiste decir «perfil.vision»? [dato-no-encontrado]",
                "content/h.md:12:9: error: no hay ningún dato «donante.interes.tema» en lo que guarda una organización (metodo.yml); ¿quisiste decir «donantes.interes.tema»? [dato-no-encontrado]",
                "content/h.md:13:9: error: «perfil.mision» no es un dato de sí o no para esta parte de la hoja [dato-no-valido]",
                "content/h.md:14:9: error: los elementos de «contactos» no tienen el campo «relaciones»; ¿quisiste decir «relacion»? (campos: id, nombre, relacion, posicion) [campo-no-encontrado]",
            ]
        )
    }

    @Test func aSheetFilledPerRecordNamesTheRecordAsItsAlias() {
        var spec = WorksheetSpec(
            parts: [
                .questions(
                    title: nil,
                    items: [
                        WorksheetQuestion(text: "Tema", data: DataPath("donante.interes.tema", at: at(10))),
                        WorksheetQuestion(text: "Org", data: DataPath("perfil.nombre", at: at(11))),
                    ])
            ])
        spec.forEach = LocatedText("donantes", at: at(6))
        spec.recordName = "donante"
        #expect(linked([page("index.md", "Inicio"), worksheet(spec)]).1 == [])
        spec.forEach = LocatedText("perfil", at: at(6))
        #expect(
            linked([page("index.md", "Inicio"), worksheet(spec)]).1.first
                == "content/h.md:6:9: error: «perfil» no es un archivo de la organización con un registro por id (se puede usar: contactos, donantes) [por-cada-no-valido]"
        )
    }

    @Test func withoutAnOrganizationMethodDataBlocksSayWhatToAdd() {
        let spec = WorksheetSpec(
            parts: [
                .questions(
                    title: nil, items: [WorksheetQuestion(text: "Misión", data: DataPath("perfil.mision", at: at(10)))])
            ])
        #expect(
            link([page("index.md", "Inicio"), worksheet(spec)]).1 == [
                "content/h.md:10:9: error: la hoja toma datos de una organización, pero el paquete no describe qué guarda una: agrega `organizacion:` a metodo.yml [dato-sin-metodo]"
            ])
    }

    @Test func scheduledSessionsAndAgendasNeedACarta() {
        let profile = DataRecord(
            fields: [
                "nombre": .text("Org"),
                "sesiones": .list([
                    .record(
                        DataRecord(
                            fields: ["sesion": .number(9), "fecha": .text("2027-01-01")],
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
                    content: .gantt(organization: "otra")),
            ])
        let organization = Organization(
            slug: "o", folder: "content/organizaciones/o",
            files: [DataFileRecords(name: "perfil", records: [profile], present: true, single: true)])
        #expect(
            linked([page("index.md", "Inicio"), agenda], organizations: [organization]).1 == [
                "content/a.md:4:9: error: el paquete no tiene una Sesión 2 (ninguna página tiene un bloque `carta` con `sesion:`) [sesion-no-encontrada]",
                "content/a.md:7:1: error: el bloque `gantt` dibuja datos de una organización, pero metodo.yml no dice cuáles: agrega `gantt:` en `organizacion:` [bloque-sin-metodo]",
                "content/a.md:7:1: error: la organización «otra» no está en este sitio; nómbrala en `organizaciones:` de libro.yml o usa --organizacion [organizacion-no-incluida]",
                "content/organizaciones/o/perfil.yml:12:14: error: el paquete no tiene una Sesión 9 (ninguna página tiene un bloque `carta` con `sesion:`) [sesion-no-encontrada]",
            ])
    }
}
