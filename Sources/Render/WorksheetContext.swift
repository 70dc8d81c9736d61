import Link
import Model
import Theme

/// What `bloques/hoja` sees for one printed worksheet: blank (no data) or filled from an
/// organization's data tree. Blank sheets keep all their writing space; filled ones print the
/// data and leave room for changes.
struct WorksheetContext {
    let site: LinkedSite
    /// The sheet's title as printed at its top.
    let title: String
    let spec: WorksheetSpec
    let data: DataValue?
    let organization: String?
    /// The record a sheet filled per record is filled for: how a record is called, and its name.
    let record: (label: String, name: String)?
    /// Which copy of which sheet this is, and the kinds of its fields, for filling it in the browser.
    let fill: WorksheetFill
    /// The theme's texts, which each part carries (see `parts`).
    var strings: [String: String] = [:]

    func make() -> [String: Any] {
        [
            "titulo": title,
            "es_hoja": spec.format == .sheet,
            "es_rotafolio": spec.format == .flipchart,
            "es_tarjetas": spec.format == .cards,
            "organizacion": organization ?? "",
            "tiene_organizacion": organization != nil,
            "registro": record?.name ?? "",
            "registro_etiqueta": record?.label ?? "",
            "tiene_registro": record != nil,
            "llena": data != nil,
            "hoja_id": fill.sheet,
            "organizacion_slug": fill.organization,
            "registro_id": fill.record,
            "partes": parts,
        ]
    }

    /// Each part as an object the template may draw once for every sheet that prints it alike: a
    /// part that reads no data is the same on every copy of its worksheet, blank or filled (a
    /// print pack repeats a session's sheets for every organization). The part answers `textos`
    /// itself, so the theme's texts do not make its drawing depend on what is around it.
    private var parts: [TemplateObject] {
        let sheet = site.worksheets[fill.sheet]
        return spec.parts.enumerated().map { index, part in
            let memo = sheet.flatMap { sheet -> TemplateObject.Memo? in
                if data == nil { return TemplateObject.Memo(sheet, index, 0) }
                return part.readsData ? nil : TemplateObject.Memo(sheet, index, 1)
            }
            return TemplateObject(memo: memo, lazily: { self.part(part).merging(["textos": strings]) { $1 } })
        }
    }

    private func part(_ part: WorksheetPart) -> [String: Any] {
        var context: [String: Any] = [
            "es_preguntas": false, "es_tabla": false, "es_casillas": false, "es_tarjetas": false,
            "es_rotafolio": false, "titulo": "", "tiene_titulo": false,
        ]
        func titled(_ title: String?) {
            context["titulo"] = title ?? ""
            context["tiene_titulo"] = !(title ?? "").isEmpty
        }
        switch part {
        case .questions(let title, let items):
            titled(title)
            context["es_preguntas"] = true
            context["elementos"] = items.map { item -> [String: Any] in
                let value = item.data.map { text(at: $0.path) } ?? ""
                // A filled answer takes about one line in eighty characters.
                let used = value.isEmpty ? 0 : (value.count + 79) / 80
                let lines = value.isEmpty ? item.lines : max(1, item.lines - used)
                return fill.field(item.data?.path).merging([
                    "texto": item.text, "valor": value, "tiene_valor": !value.isEmpty,
                    "lineas": Array(repeating: [String: Any](), count: max(0, lines)),
                    "una_linea": item.lines == 1, "renglones": item.lines,
                ]) { $1 }
            }
        case .table(let table):
            titled(table.title)
            context.merge(self.table(table)) { $1 }
        case .checklist(let title, let items):
            titled(title)
            context["es_casillas"] = true
            context["elementos"] = items.map { item -> [String: Any] in
                let ticked = item.data.flatMap { path in
                    data.flatMap { $0.value(at: path.path)?.flag }
                }
                return fill.field(item.data?.path).merging(["texto": item.text, "marcada": ticked ?? false]) { $1 }
            }
        case .cards(let page, let section, _):
            context["es_tarjetas"] = true
            context["tarjetas"] = cards(page: page, section: section)
        case .flipchart(let title, let prompts):
            titled(title)
            context["es_rotafolio"] = true
            context["indicaciones"] = prompts
        }
        return context
    }

    private func table(_ table: WorksheetTable) -> [String: Any] {
        var rows: [[String]] = []
        if let path = table.data?.path, let tree = data {
            for item in tree.value(at: path)?.list ?? [] {
                rows.append(table.fields.map { field in Self.cell(item, field) })
            }
        }
        let blank = data == nil ? table.rows : max(2, table.rows - rows.count)
        rows += Array(repeating: Array(repeating: "", count: table.columns.count), count: blank)
        let list = table.data.flatMap { fill.schema?.child(path: $0.path) } ?? .record([])
        let fields = table.columns.indices.map { index in index < table.fields.count ? table.fields[index] : "" }
        let sizing = WorksheetColumns(
            columns: zip(table.columns, fields).map { heading, field in
                let found = field.isEmpty ? nil : list.child(path: field)
                let choices: [String] = if case .choice(let values) = found { values } else { [] }
                // A month column holds one mark: as narrow as a yes or no.
                let kind = MonthColumn(field) == nil ? WorksheetFill.kind(found) : WorksheetFill.kind(.flag)
                return .init(kind: kind, heading: heading, choices: choices)
            }, sheetWidth: spec.format == .flipchart ? WorksheetColumns.flipchartWidth : WorksheetColumns.formWidth)
        let widths = sizing.percentages
        // Only words longer than their column get soft hyphens.
        func fitted(_ text: String, _ limit: Int) -> String {
            SoftHyphens.insert(into: text, minimumLetters: max(SoftHyphens.minimumLetters, limit + 1))
        }
        let (headingLimits, cellLimits) = (sizing.wordLimits(heading: true), sizing.wordLimits(heading: false))
        let columns = table.columns.enumerated().map { index, column in
            fill.field(MonthColumn(fields[index]) == nil ? fields[index] : "", below: list).merging([
                "nombre": fitted(column, headingLimits[index]), "ancho": widths[index],
            ]) { $1 }.merging(Self.monthMark(fields[index])) { $1 }
        }
        let cells = rows.map { row in
            Self.cells(row, of: table).enumerated().map { index, cell in
                cell.merging([
                    "texto": fitted(cell["texto"] as? String ?? "", cellLimits[index]),
                    "etiqueta": index < table.columns.count ? table.columns[index] : "",
                ]) { $1 }
            }
        }
        return [
            "es_tabla": true, "datos": table.data?.path ?? "", "columnas": columns, "fichas": table.stacksOnPhones,
            "filas": cells.map { ["celdas": $0] },
            "renglones_fila": sizing.lines, "ancho_minimo": sizing.minimumWidth,
        ]
    }

    /// A table cell's text: the item's field, or the mark of a month column (`meses:3`) whose
    /// month the item's months field holds.
    private static func cell(_ item: DataValue, _ field: String) -> String {
        guard let column = MonthColumn(field) else { return field.isEmpty ? "" : text(item.value(at: field)) }
        let months = item.value(at: column.field)?.list.compactMap(\.number) ?? []
        return months.contains(column.month) ? "■" : ""
    }

    /// What a month column tells the browser: which month of which field it marks, so a sheet
    /// filled there marks it from the months written in that field.
    private static func monthMark(_ field: String) -> [String: Any] {
        guard let column = MonthColumn(field) else { return ["es_mes": false] }
        return ["es_mes": true, "mes": column.month, "de": column.field]
    }

    /// A row's cells as the template sees them, month columns' marks flagged to print dark.
    private static func cells(_ row: [String], of table: WorksheetTable) -> [[String: Any]] {
        row.enumerated().map { index, text in
            let month = index < table.fields.count && MonthColumn(table.fields[index]) != nil
            return ["texto": text, "marcada": month && !text.isEmpty]
        }
    }

    private func text(at path: String) -> String {
        guard let tree = data else { return "" }
        return Self.text(tree.value(at: path))
    }

    /// A value as it prints in a field or a cell: lists one item after another, records as
    /// their first field and then the others (`acción: responsable, fecha`).
    static func text(_ value: DataValue?) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "sí" : "no"
        case .list(let items): items.map { text($0) }.filter { !$0.isEmpty }.joined(separator: "; ")
        case .record(let record): record.summary
        case nil: ""
        }
    }

    /// The headings one level below `section` on page `page`, each with its first paragraph.
    private func cards(page: String, section: String) -> [[String: Any]] {
        guard let index = site.pages.firstIndex(where: { $0.id == page }) else { return [] }
        let target = site.pages[index]
        guard let start = target.heading(anchored: section) else { return [] }
        let level = target.headings[start].level
        var cards: [[String: Any]] = []
        for heading in target.headings[(start + 1)...] {
            if heading.level <= level { break }
            if heading.level == level + 1 { cards.append(["titulo": heading.text, "texto": heading.lead ?? ""]) }
        }
        return cards
    }
}

extension WorksheetPart {
    /// Whether the part prints values from the sheet's data: only such parts differ between
    /// copies of a worksheet filled for different organizations.
    fileprivate var readsData: Bool {
        switch self {
        case .questions(_, let items): items.contains { $0.data != nil }
        case .table(let table): table.data != nil
        case .checklist(_, let items): items.contains { $0.data != nil }
        case .cards, .flipchart: false
        }
    }
}
