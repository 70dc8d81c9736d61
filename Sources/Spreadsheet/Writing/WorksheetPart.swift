/// One written `xl/worksheets/sheetN.xml`: children of `<worksheet>` in the order of
/// `CT_Worksheet` (ECMA-376 part 1, 18.3.1.99): dimension, sheetViews, sheetFormatPr, cols,
/// sheetData, dataValidations, pageMargins.
struct WorksheetPart {
    let layout: SheetLayout
    /// The list sheet's range for each of the layout's validations, in order.
    let listSources: [String]
    /// Whether the workbook opens on this sheet.
    let selected: Bool

    /// Excel's limit for the text of a cell.
    static let longestText = 32_767
    /// Excel's default column width, in characters, for text that has no width given.
    static let defaultWidth = 8.43

    func xml(strings: inout SharedStringTable) throws(WorkbookProblem) -> String {
        try checkShape()
        let (cells, dimension) = try sheetData(strings: &strings)
        return PartXML.declaration
            + "<worksheet xmlns=\"\(PartXML.mainNamespace)\" xmlns:r=\"\(PartXML.relationshipsNamespace)\">"
            + "<dimension ref=\"\(dimension)\"/>" + sheetViews
            + "<sheetFormatPr defaultRowHeight=\"15\"/>" + columns + cells + (try dataValidations())
            + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
            + "</worksheet>"
    }

    private func checkShape() throws(WorkbookProblem) {
        if layout.rows.count > CellReference.lastRow
            || layout.rows.contains(where: { $0.count > CellReference.lastColumn })
        {
            throw WritingProblem.sheet(layout.name, "no cabe en Excel (1 048 576 filas, 16 384 columnas)")
        }
        guard (0..<CellReference.lastRow).contains(layout.headerRows) else {
            throw WritingProblem.sheet(layout.name, "tiene \(layout.headerRows) filas de encabezado")
        }
        if let width = layout.columnWidths.first(where: { !(0...255).contains($0) }) {
            throw WritingProblem.sheet(layout.name, "pide un ancho de columna de \(width); Excel admite de 0 a 255")
        }
    }

    // MARK: - Cells

    private func sheetData(strings: inout SharedStringTable) throws(WorkbookProblem) -> (String, String) {
        var xml = "<sheetData>"
        var first = CellReference(row: Int.max, column: Int.max)
        var last = CellReference(row: 0, column: 0)
        for (rowIndex, row) in layout.rows.enumerated() {
            var cells = ""
            for (columnIndex, cell) in row.enumerated() {
                guard let cell, cell != .text("") else { continue }
                let reference = CellReference(row: rowIndex + 1, column: columnIndex + 1)
                cells += try cellXML(cell, at: reference, strings: &strings)
                first = CellReference(row: min(first.row, reference.row), column: min(first.column, reference.column))
                last = CellReference(row: max(last.row, reference.row), column: max(last.column, reference.column))
            }
            if !cells.isEmpty { xml += "<row r=\"\(rowIndex + 1)\">\(cells)</row>" }
        }
        let dimension = last.row == 0 ? "A1" : first == last ? "\(first)" : "\(first):\(last)"
        return (xml + "</sheetData>", dimension)
    }

    private func cellXML(_ cell: WrittenCell, at reference: CellReference, strings: inout SharedStringTable)
        throws(WorkbookProblem) -> String
    {
        let header = reference.row <= layout.headerRows
        switch cell {
        case .text(let text):
            guard text.utf16.count <= Self.longestText else {
                throw WritingProblem.cell(layout.name, reference, "tiene más de 32 767 caracteres, el máximo de Excel")
            }
            let wrapped = wraps(text, column: reference.column)
            let style: WrittenStyle = header ? (wrapped ? .wrappedHeader : .header) : (wrapped ? .wrapped : .plain)
            return element(reference, style, "s", String(strings.index(of: text)))
        case .number(let number):
            guard number.isFinite else {
                throw WritingProblem.cell(layout.name, reference, "no tiene un número finito")
            }
            return element(reference, header ? .header : .plain, nil, Self.numberText(number))
        case .date(let year, let month, let day):
            guard let serial = SerialDate.serial(year: year, month: month, day: day) else {
                throw WritingProblem.cell(
                    layout.name, reference, "tiene la fecha \(year)-\(month)-\(day), que Excel no puede guardar")
            }
            return element(reference, .date, nil, String(serial))
        case .time(let minutes):
            guard (0..<1440).contains(minutes) else {
                throw WritingProblem.cell(layout.name, reference, "tiene \(minutes) minutos, fuera de un día")
            }
            return element(reference, .time, nil, Self.numberText(Double(minutes) / 1440))
        }
    }

    private func element(_ reference: CellReference, _ style: WrittenStyle, _ type: String?, _ value: String) -> String
    {
        let styleAttribute = style == .plain ? "" : " s=\"\(style.rawValue)\""
        let typeAttribute = type.map { " t=\"\($0)\"" } ?? ""
        return "<c r=\"\(reference)\"\(styleAttribute)\(typeAttribute)><v>\(value)</v></c>"
    }

    /// Text that breaks lines, or would not fit its column, wraps inside the cell.
    private func wraps(_ text: String, column: Int) -> Bool {
        let width = column <= layout.columnWidths.count ? layout.columnWidths[column - 1] : Self.defaultWidth
        return text.contains("\n") || Double(text.count) > width
    }

    /// The shortest text that reads back as the same number; integers without a decimal point.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(.towardZero), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    // MARK: - What surrounds the cells

    private var sheetViews: String {
        let opening = "<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "")
        guard layout.headerRows > 0 else { return opening + "/></sheetViews>" }
        let top = CellReference(row: layout.headerRows + 1, column: 1)
        return opening
            + "><pane ySplit=\"\(layout.headerRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/></sheetView></sheetViews>"
    }

    private var columns: String {
        guard !layout.columnWidths.isEmpty else { return "" }
        let columns = layout.columnWidths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Self.numberText(width))\" customWidth=\"1\"/>"
        }
        return "<cols>\(columns.joined())</cols>"
    }

    private func dataValidations() throws(WorkbookProblem) -> String {
        guard !layout.validations.isEmpty else { return "" }
        var xml = "<dataValidations count=\"\(layout.validations.count)\">"
        for (validation, source) in zip(layout.validations, listSources) {
            guard (1...CellReference.lastColumn).contains(validation.column), validation.firstRow >= 1,
                validation.firstRow <= validation.lastRow, validation.lastRow <= CellReference.lastRow
            else {
                throw WritingProblem.sheet(
                    layout.name,
                    "pide una lista en la columna \(validation.column), filas \(validation.firstRow) a "
                        + "\(validation.lastRow), fuera de la cuadrícula de Excel")
            }
            let first = CellReference(row: validation.firstRow, column: validation.column)
            let last = CellReference(row: validation.lastRow, column: validation.column)
            xml +=
                "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                + " errorTitle=\"Valor no válido\" error=\"Elige un valor de la lista.\""
                + " sqref=\"\(first == last ? "\(first)" : "\(first):\(last)")\"><formula1>\(source)</formula1>"
                + "</dataValidation>"
        }
        return xml + "</dataValidations>"
    }
}
