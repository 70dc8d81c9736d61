import Diagnostics
import Markdown

/// The error for a page whose Markdown passes one of `MarkdownLimit`'s limits: it names the
/// limit, where it was passed and what to change. The page is not parsed.
enum ComplexityDiagnostics {
    static func diagnostic(for exceeded: MarkdownLimitExceeded, at location: SourceLocation) -> Diagnostic {
        let limit = exceeded.limit
        return .error(
            limit.rawValue, message(limit, value: exceeded.value, maximum: number(limit.maximum)), at: location)
    }

    private static func message(_ limit: MarkdownLimit, value: Int, maximum: String) -> String {
        switch limit {
        case .tableWidth:
            "esta línea tiene más de \(maximum) barras `|`, el límite para una fila de tabla; divide la tabla en varias más angostas"
        case .tableCells:
            "las tablas de la página suman aquí \(number(value)) celdas (cada fila cuenta tantas como columnas tiene su encabezado) y el límite es \(maximum); reparte las filas en varias páginas o quita columnas del encabezado"
        case .tableSeparators:
            "el párrafo tiene más de \(maximum) líneas con forma de separador de tabla (`|---|`), el límite; deja una línea en blanco antes de cada tabla y da a su encabezado tantas columnas como a su separador"
        case .blockNesting:
            "las listas y citas llegan aquí a más de \(maximum) niveles (cuentan cada `>`, cada viñeta o número de lista y cada dos espacios de sangría), el límite; aplana la estructura o quita sangría"
        case .imageBrackets:
            "el párrafo tiene tantas marcas de imagen `![` y corchetes `]` que, multiplicadas, pasan de \(maximum), el límite; cierra cada imagen con `](archivo)` o separa el texto en párrafos con líneas en blanco"
        case .emphasisMarks:
            "el párrafo tiene más de \(maximum) marcas de énfasis (`*`, `_` o `~`), el límite; sepáralo en párrafos con líneas en blanco o escribe `\\*` donde la marca no es énfasis"
        case .addressRun:
            "este texto sin espacios tiene más de \(maximum) comienzos de dirección (`://`, `www.`, `@`) y paréntesis de cierre, el límite; separa las direcciones con espacios"
        case .atSigns:
            "el párrafo tiene más de \(maximum) arrobas `@`, el límite; reparte las direcciones de correo en varios párrafos o en una lista"
        case .referenceExpansion:
            "la definición de referencia que empieza aquí (`[x]: dirección`) podría copiarse en cada corchete `]` de la página, hasta \(number(value)) bytes de HTML, y el límite es \(maximum); acórtala o escribe los enlaces con su dirección, `[texto](dirección)`"
        }
    }

    /// `1 000 000`, grouped as docs/reliability.md writes numbers.
    private static func number(_ value: Int) -> String {
        var digits = String(value)
        var grouped = ""
        while digits.count > 3 {
            grouped = " " + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped
    }
}
