import Model
import Spreadsheet

/// An organization's data as a workbook, laid out as `WorkbookPlan` says, so that reading it
/// back gives the same records: the template of `libro nuevo organizacion --excel` and what
/// `libro exportar` writes.
struct OrganizationWorkbook {
    /// Rows offered a drop-down below the data, for what a facilitator adds.
    static let rowsToFill = 200

    let plan: WorkbookPlan
    let method: OrganizationMethod

    init(method: OrganizationMethod) {
        self.method = method
        plan = WorkbookPlan(method: method)
    }

    /// The instructions, then a sheet per plan sheet.
    func layouts(_ organization: Organization) -> [SheetLayout] {
        var items: [String: [SheetItem]] = [:]
        var layouts = [WorkbookInstructions.layout(plan: plan, method: method)]
        for sheet in plan.sheets {
            let rows = self.items(of: sheet, in: organization, parents: sheet.parent.flatMap { items[$0] } ?? [])
            items[sheet.name] = rows
            layouts.append(sheet.single ? fields(sheet, rows.first?.record) : table(sheet, rows))
        }
        return layouts
    }

    /// A record shown in a sheet, with what the tables below name it by and what it names its
    /// parent by.
    struct SheetItem {
        let key: String
        let parent: String
        let record: DataRecord
    }

    private func items(of sheet: SheetPlan, in organization: Organization, parents: [SheetItem]) -> [SheetItem] {
        var items: [SheetItem] = []
        if sheet.parent == nil {
            guard let file = organization.file(sheet.file), file.present else { return [] }
            for (index, record) in file.records.enumerated() {
                let id = index < file.ids.count ? file.ids[index] : ""
                items.append(
                    SheetItem(key: key(of: record, sheet, id: id, position: index + 1), parent: "", record: record))
            }
            return items
        }
        for parent in parents {
            for item in Self.list(at: sheet.path, in: parent.record) {
                items.append(
                    SheetItem(
                        key: key(of: item, sheet, id: "", position: items.count + 1), parent: parent.key, record: item))
            }
        }
        return items
    }

    private func key(of record: DataRecord, _ sheet: SheetPlan, id: String, position: Int) -> String {
        switch sheet.key {
        case .field(let name): record.text(name)
        case .folderID: id
        case .number: String(position)
        case nil: ""
        }
    }

    static func list(at path: [String], in record: DataRecord) -> [DataRecord] {
        guard let first = path.first, let value = record[first] else { return [] }
        if path.count == 1 { return value.list.compactMap(\.record) }
        return value.record.map { list(at: Array(path.dropFirst()), in: $0) } ?? []
    }

    /// `campo` / `valor` rows.
    private func fields(_ sheet: SheetPlan, _ record: DataRecord?) -> SheetLayout {
        var layout = SheetLayout(
            name: sheet.name,
            rows: [[.text(WorkbookPlan.fieldHeader), .text(WorkbookPlan.valueHeader)]])
        layout.headerRows = 1
        for (index, column) in sheet.columns.enumerated() {
            let value = record.flatMap { WorkbookValues.value(at: column.path, in: $0) }
            layout.rows.append([.text(column.header), value.flatMap { WorkbookValues.cell($0, column.field) }])
            if let values = WorkbookValues.choices(column.field) {
                layout.validations.append(
                    ListValidation(column: 2, firstRow: index + 2, lastRow: index + 2, values: values))
            }
        }
        layout.columnWidths = [
            WorkbookValues.width(of: layout.rows.map { $0.first ?? nil }),
            WorkbookValues.width(of: layout.rows.map { $0.count > 1 ? $0[1] : nil }),
        ]
        return layout
    }

    /// A header row, then a row per item.
    private func table(_ sheet: SheetPlan, _ items: [SheetItem]) -> SheetLayout {
        var headers: [String] = []
        if plan.namesParent(sheet), let parent = sheet.parent { headers.append(parent) }
        switch sheet.key {
        case .folderID: headers.append(WorkbookPlan.idHeader)
        case .number: headers.append(WorkbookPlan.numberHeader)
        default: break
        }
        let leading = headers.count
        headers += sheet.columns.map(\.header)
        var layout = SheetLayout(name: sheet.name, rows: [headers.map { .text($0) }])
        layout.headerRows = 1
        for item in items {
            var row: [WrittenCell?] = []
            if plan.namesParent(sheet) { row.append(.text(item.parent)) }
            if leading > row.count { row.append(WorkbookValues.keyCell(item.key, sheet)) }
            for column in sheet.columns {
                row.append(
                    WorkbookValues.value(at: column.path, in: item.record).flatMap {
                        WorkbookValues.cell($0, column.field)
                    })
            }
            layout.rows.append(row)
        }
        let last = items.count + 1 + Self.rowsToFill
        for (index, column) in sheet.columns.enumerated() {
            guard let values = WorkbookValues.choices(column.field) else { continue }
            layout.validations.append(
                ListValidation(column: leading + index + 1, firstRow: 2, lastRow: last, values: values))
        }
        layout.columnWidths = headers.indices.map { index in
            WorkbookValues.width(of: layout.rows.map { index < $0.count ? $0[index] : nil })
        }
        return layout
    }
}
