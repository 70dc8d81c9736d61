import Foundation
import Load
import Testing

@testable import LibroKit
@testable import Spreadsheet

/// A mistake made in a spreadsheet program: a change to the sample organization's workbook.
struct WorkbookMistake: CustomTestStringConvertible, Sendable {
    let name: String
    let change: @Sendable (inout [SheetLayout]) -> Void
    /// `sheet › cell [code]`, as the error is located and coded.
    let expected: String

    var testDescription: String { name }

    /// A table's cell: by its row in the sheet and its column's header.
    static func set(_ sheet: String, row: Int, _ header: String, _ cell: WrittenCell?)
        -> @Sendable (inout [SheetLayout]) -> Void
    {
        { layouts in
            guard let index = layouts.firstIndex(where: { $0.name == sheet }),
                let column = layouts[index].rows[0].firstIndex(where: { $0 == .text(header) })
            else { return }
            layouts[index].rows[row - 1][column] = cell
        }
    }

    /// The name of a row of a fields sheet.
    static func rename(_ sheet: String, field: String, to name: String) -> @Sendable (inout [SheetLayout]) -> Void {
        { layouts in
            guard let index = layouts.firstIndex(where: { $0.name == sheet }),
                let row = layouts[index].rows.firstIndex(where: { $0.first == .text(field) })
            else { return }
            layouts[index].rows[row][0] = .text(name)
        }
    }

    static let all: [WorkbookMistake] = [
        WorkbookMistake(
            name: "una opción mal escrita", change: set("Actores", row: 2, "relacion", .text("debil")),
            expected: "Actores › G2 [valor-no-valido]"),
        WorkbookMistake(
            name: "una celda obligatoria vacía", change: set("Actores", row: 3, "actor", nil),
            expected: "Actores › B3 [falta-campo]"),
        WorkbookMistake(
            name: "una fecha que no existe", change: set("Sesiones", row: 2, "fecha", .text("2027-02-30")),
            expected: "Sesiones › B2 [fecha-no-valida]"),
        WorkbookMistake(
            name: "una hora escrita con palabras", change: set("Sesiones", row: 2, "inicio", .text("4 de la tarde")),
            expected: "Sesiones › C2 [hora-no-valida]"),
        WorkbookMistake(
            name: "un aliado que nombra un actor que no existe",
            change: set("Aliados", row: 2, "actor", .text("vivero-inexistente")),
            expected: "Aliados › B2 [referencia-no-encontrada]"),
        WorkbookMistake(
            name: "un id repetido",
            change: { layouts in
                guard let index = layouts.firstIndex(where: { $0.name == "Actores" }) else { return }
                layouts[index].rows[2][0] = layouts[index].rows[1][0]
            },
            expected: "Actores › A3 [id-repetido]"),
        WorkbookMistake(
            name: "un id con mayúsculas y espacios", change: set("Aliados", row: 2, "id", .text("Bodega Grande")),
            expected: "Aliados › A2 [id-no-valido]"),
        WorkbookMistake(
            name: "una columna mal escrita", change: set("Actores", row: 1, "relacion", .text("relacon")),
            expected: "Actores › G1 [columna-desconocida]"),
        WorkbookMistake(
            name: "un dato desconocido en una hoja de campos", change: rename("Perfil", field: "mision", to: "misoin"),
            expected: "Perfil › A3 [clave-desconocida]"),
        WorkbookMistake(
            name: "una hoja que libro no conoce",
            change: { $0.append(SheetLayout(name: "Notas", rows: [[.text("apuntes")]])) },
            expected: "Notas [hoja-desconocida]"),
        WorkbookMistake(
            name: "falta una hoja obligatoria", change: { $0.removeAll { $0.name == "Perfil" } },
            expected: "organizacion.xlsx [falta-hoja]"),
        WorkbookMistake(
            name: "una fila que nombra un aliado que no está",
            change: set("Pendientes", row: 2, "Aliados", .text("nadie")),
            expected: "Pendientes › A2 [registro-no-encontrado]"),
        // The first session's agenda settings: 15-minute breaks, a 60-minute meal after activity 3.
        WorkbookMistake(
            name: "un receso más largo de lo que admite el método",
            change: set("Sesiones", row: 2, "recesos", .number(500)), expected: "Sesiones › F2 [tipo-no-valido]"),
        WorkbookMistake(
            name: "la comida después de la última actividad",
            change: set("Sesiones", row: 2, "comida_despues_de", .number(5)),
            expected: "Sesiones › H2 [comida-fuera-de-la-agenda]"),
        WorkbookMistake(
            name: "omitir una actividad que la carta no tiene", change: set("Sesiones", row: 2, "omitir", .text("2;9")),
            expected: "Sesiones › I2 [actividad-no-encontrada]"),
        WorkbookMistake(
            name: "una duración escrita como hora", change: set("Sesiones", row: 2, "duraciones", .text("2:30")),
            expected: "Sesiones › J2 [valor-no-valido]"),
    ]
}

@Suite struct WorkbookMistakeTests {
    @Test(arguments: WorkbookMistake.all)
    func eachMistakeIsLocatedAtItsSheetAndCell(_ mistake: WorkbookMistake) throws {
        let copy = try OrganizationWorkbookTests.PackageCopy("content", organization: "voces-del-bravo")
        let (method, _) = MethodDecoder.read(from: copy.content, displayRoot: "content")
        let organizationMethod = try #require(method.organization)
        let (organizations, _) = OrganizationLoader.load(
            slugs: ["voces-del-bravo"], method: organizationMethod, contentFolder: copy.content, displayRoot: "content",
            requestedAt: .init(file: "x"))
        var layouts = OrganizationWorkbook(method: organizationMethod).layouts(try #require(organizations.first))
        mistake.change(&layouts)
        try copy.replaceFilesWithWorkbook(try WorkbookWriter.write(layouts))
        let (report, _) = copy.build("sitio")
        let errors = report.diagnostics.errors.map { "\($0.location.description) [\($0.code)]" }
        let expected = "organizaciones/voces-del-bravo/organizacion.xlsx › \(mistake.expected)"
        let fileAsAWhole = "organizaciones/voces-del-bravo/\(mistake.expected)"
        #expect(
            errors.contains { $0.hasSuffix(expected) || $0.hasSuffix(fileAsAWhole) },
            "\(report.diagnostics.errors.map(\.description))")
        #expect(!report.wroteSite)
    }
}
