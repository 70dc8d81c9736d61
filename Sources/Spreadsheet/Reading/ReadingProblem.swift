/// What the reader tells the person who saved the file, in Spanish, with what to do about it.
enum ReadingProblem {
    private static let saveAgain =
        "guárdalo desde Excel, LibreOffice o Google Sheets como \"Libro de Excel (.xlsx)\""

    static let notAZip = WorkbookProblem("el archivo no es un libro de Excel (.xlsx); \(saveAgain)")

    static let oldFormatOrPassword = WorkbookProblem(
        "el archivo es un libro de Excel antiguo (.xls) o está protegido con contraseña; ábrelo, quita la "
            + "contraseña si la tiene y \(saveAgain)")

    static func damaged(_ part: String) -> WorkbookProblem {
        WorkbookProblem(
            "el archivo está dañado: no se puede descomprimir «\(part)»; vuelve a descargarlo o \(saveAgain)")
    }

    static func missing(_ part: String) -> WorkbookProblem {
        WorkbookProblem(
            "el archivo no tiene «\(part)», así que no es un libro de Excel (¿es otro documento de Office?); "
                + saveAgain)
    }

    static func missingSheet(_ sheet: String, _ part: String) -> WorkbookProblem {
        WorkbookProblem(
            "el archivo está dañado: la hoja «\(sheet)» no está donde el libro dice («\(part)»); ábrelo y \(saveAgain)")
    }

    static func tooLarge(_ part: String, limit: Int) -> WorkbookProblem {
        WorkbookProblem(
            "«\(part)» ocupa más de \(limit / 1_000_000) MB sin comprimir, y libro no lee libros tan grandes; "
                + "divide los datos en varios archivos o borra las hojas que no uses")
    }

    static let tooManyParts = WorkbookProblem(
        "el archivo tiene demasiadas partes para ser un libro de Excel; \(saveAgain)")

    static func malformedXML(part: String, line: Int, detail: String) -> WorkbookProblem {
        WorkbookProblem(
            "«\(part)», línea \(line), no es XML válido: \(detail); el archivo está dañado o no lo escribió una "
                + "hoja de cálculo: ábrelo y \(saveAgain)")
    }

    static func unexpected(_ part: String, root: String) -> WorkbookProblem {
        WorkbookProblem("«\(part)» no es la parte que debería (empieza con <\(root)>); \(saveAgain)")
    }

    static func incomplete(_ part: String, _ detail: String) -> WorkbookProblem {
        WorkbookProblem("«\(part)» tiene \(detail); el archivo está dañado: ábrelo y \(saveAgain)")
    }

    static func badCell(_ sheet: String, _ detail: String) -> WorkbookProblem {
        WorkbookProblem("la hoja «\(sheet)» \(detail); el archivo está dañado: ábrelo y \(saveAgain)")
    }

    static let tooManyMergedCells = WorkbookProblem(
        "el libro combina demasiadas celdas con datos; separa las celdas combinadas (Inicio › Combinar y "
            + "centrar) y guárdalo de nuevo")
}
