import Model
import Testing

@testable import Link

extension DataReferenceTests {
    /// A month column (`campo:N`) must mark a field that holds months, not any field.
    @Test func aMonthColumnNamesAMonthsField() {
        let spec = WorksheetSpec(
            parts: [
                .table(
                    WorksheetTable(
                        columns: ["Nombre", "Mes 2"], data: DataPath("contactos", at: at(14)),
                        fields: ["nombre", "relacion:2"]))
            ])
        let (_, problems) = linked([page("index.md", "Inicio"), worksheet(spec)])
        #expect(
            problems == [
                "content/h.md:14:9: error: «relacion:2» marca un mes, pero «relacion» no es un campo de meses en los elementos de «contactos» [campo-no-es-meses]"
            ])
    }

    @Test func aMonthColumnIsReadOnlyFromCampoColonMonth() {
        #expect(MonthColumn("meses:3") == MonthColumn("meses:3"))
        #expect(MonthColumn("meses:3")?.field == "meses")
        #expect(MonthColumn("meses:3")?.month == 3)
        #expect(MonthColumn("meses:0") == nil)
        #expect(MonthColumn("meses") == nil)
        #expect(MonthColumn(":2") == nil)
        #expect(MonthColumn("a:b:1") == nil)
    }
}
