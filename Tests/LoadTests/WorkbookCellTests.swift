import Diagnostics
import Model
import Spreadsheet
import Testing

@testable import Load

/// Cells a spreadsheet program stores in ways a person does not see: formulas, their errors, and
/// values typed as dates, times and numbers.
@Suite struct WorkbookCellTests {
    static let method = """
        organizacion:
          nombre: ficha.nombre
          archivos:
            ficha:
              archivo: ficha.yml
              campos:
                nombre: {tipo: texto, obligatorio: true}
                fundada: {tipo: fecha}
                abre: {tipo: hora}
                personas: {tipo: numero, rango: [0, 500]}
                temas: {tipo: lista, de: {tipo: texto}}
                activa: {tipo: si-no}

        """

    func read(_ values: [String: CellValue]) throws -> (DataRecord?, [String]) {
        var diagnostics = DiagnosticList()
        let method = MethodDecoder.decode(
            SourceText(displayPath: "content/metodo.yml", text: Self.method), diagnostics: &diagnostics)
        let organization = try #require(method.organization)
        var sheet = Sheet(name: "ficha")
        for (index, (field, value)) in values.sorted(by: { $0.key < $1.key }).enumerated() {
            sheet.cells[CellReference(row: index + 2, column: 1)] = .text(field)
            sheet.cells[CellReference(row: index + 2, column: 2)] = value
        }
        let records = WorkbookRecords(plan: WorkbookPlan(method: organization), method: organization, file: "o.xlsx")
        let files = records.read(Workbook(sheets: [sheet]), diagnostics: &diagnostics)
        return (files.first?.records.first, diagnostics.sorted.map(\.description))
    }

    @Test func typedValuesComeInAsLibroWritesThem() throws {
        let (record, problems) = try read([
            "nombre": .text("Red"), "fundada": .date(year: 2027, month: 3, day: 15), "abre": .time(minutes: 990),
            "personas": .number(12), "temas": .text("agua\nbosques\n"), "activa": .bool(true),
        ])
        #expect(problems == [])
        #expect(record?["fundada"] == .text("2027-03-15"))
        #expect(record?["abre"] == .text("16:30"))
        #expect(record?["personas"] == .number(12))
        #expect(record?["temas"] == .list([.text("agua"), .text("bosques")]))
        #expect(record?["activa"] == .flag(true))
    }

    @Test func aFormulaWithoutItsResultAndAnErrorValueAreLocated() throws {
        let (_, problems) = try read(["nombre": .formulaWithoutValue("A1&B1"), "personas": .error("#N/A")])
        #expect(
            problems == [
                "o.xlsx › ficha › B2: error: la celda tiene la fórmula «=A1&B1» sin su resultado guardado (el programa que escribió el archivo no lo calculó); abre el archivo en Excel, LibreOffice o Google Sheets y guárdalo de nuevo [formula-sin-valor]",
                "o.xlsx › ficha › B3: error: la celda muestra el error «#N/A» de una fórmula; corrige la fórmula o escribe el valor [celda-con-error]",
            ])
    }
}
