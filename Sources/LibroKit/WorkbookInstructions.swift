import Model
import Spreadsheet

/// The first sheet of an organization's workbook: how to fill the others, in Spanish, for
/// whoever opens it in a spreadsheet program.
enum WorkbookInstructions {
    static func layout(plan: WorkbookPlan, method: OrganizationMethod) -> SheetLayout {
        var lines = [
            "Datos de una organización para libro",
            "",
            "Este libro guarda los datos de una organización. libro lo lee cuando está en la carpeta de la organización",
            "(content/organizaciones/<carpeta>/\(WorkbookPlan.fileName)), en lugar de los archivos YAML y CSV: usa una forma o la otra.",
            "",
            "Cada hoja guarda una parte de los datos:",
        ]
        // A line a sheet: a spreadsheet shows a long line whole, where wrapped ones overlap.
        lines += plan.sheets.map { "•  \($0.name): \(description(of: $0, in: plan))" }
        lines += [
            "",
            "Cómo escribir los datos:",
            "•  No cambies el nombre de las hojas ni los encabezados de la primera fila; agrega las filas que hagan falta.",
            "•  Las celdas con una flecha ofrecen una lista: elige el valor de ella.",
            "•  Fechas: escríbelas como fecha (15/03/2027) o como 2027-03-15. Horas: 09:00 o 16:30, con 24 horas.",
            "•  Sí o no: escribe «sí» o «no».",
            "•  Varios valores en una celda: uno por línea (Alt+Intro en Excel, Ctrl+Intro en LibreOffice);",
            "   en una columna de valores separados, sepáralos con punto y coma (;).",
            "•  Una fila cuya primera columna nombra otra hoja pertenece a la fila de esa hoja con ese id o ese n.º.",
            "",
            "Al terminar, guarda el archivo como «Libro de Excel (.xlsx)» y construye el sitio. Si algo no está bien,",
            "libro dice la hoja y la celda, por ejemplo: \(WorkbookPlan.fileName) › \(plan.sheets.first?.name ?? "hoja") › B3.",
        ]
        var layout = SheetLayout(name: WorkbookPlan.instructions, rows: lines.map { [.text($0)] })
        layout.headerRows = 1
        layout.columnWidths = [Double(min(max(lines.map(\.count).max() ?? 0, 60), 250) + 2)]
        return layout
    }

    private static func description(of sheet: SheetPlan, in plan: WorkbookPlan) -> String {
        if sheet.single {
            return "un dato por fila; escribe cada uno en la columna «\(WorkbookPlan.valueHeader)»."
        }
        var text = "un registro por fila"
        if let parent = sheet.parent {
            text += " de la lista «\(sheet.path.joined(separator: "."))» de «\(parent)»"
            if plan.namesParent(sheet) { text += "; la primera columna dice a qué fila de «\(parent)» pertenece" }
        }
        switch sheet.key {
        case .folderID: text += "; la columna «id» lo nombra (minúsculas sin acentos, dígitos y guiones)"
        case .number: text += "; la columna «\(WorkbookPlan.numberHeader)» lo numera para las hojas que lo nombran"
        case .field(let name): text += "; la columna «\(name)» lo nombra"
        case nil: break
        }
        return text + "."
    }
}
