/// The parts around the sheets: content types, relationships, the workbook and its properties.
enum PackageTexts {
    /// `xl/workbook.xml`: children in the order of `CT_Workbook` (ECMA-376 part 1, 18.2.27).
    /// The workbook opens on `active`, the first visible sheet (Excel refuses a hidden one).
    static func workbook(_ sheets: [SheetLayout], active: Int) -> String {
        var xml = PartXML.declaration
        xml += "<workbook xmlns=\"\(PartXML.mainNamespace)\" xmlns:r=\"\(PartXML.relationshipsNamespace)\">"
        xml += "<workbookPr/>"
        xml += "<bookViews><workbookView firstSheet=\"\(active)\" activeTab=\"\(active)\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            let state = sheet.hidden ? " state=\"hidden\"" : ""
            xml +=
                "<sheet name=\"\(XMLEscaping.attribute(sheet.name))\" sheetId=\"\(index + 1)\"\(state)"
                + " r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets as `rId1`… in order, then styles and strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            (id: "rId\($0)", type: PartXML.officeRelationship + "worksheet", target: "worksheets/sheet\($0).xml")
        }
        return PartXML.relationships(
            sheets + [
                (id: "rId\(sheetCount + 1)", type: PartXML.officeRelationship + "styles", target: "styles.xml"),
                (
                    id: "rId\(sheetCount + 2)", type: PartXML.officeRelationship + "sharedStrings",
                    target: "sharedStrings.xml"
                ),
            ])
    }

    static let packageRelationships = PartXML.relationships([
        (id: "rId1", type: PartXML.officeRelationship + "officeDocument", target: "xl/workbook.xml"),
        (
            id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            target: "docProps/core.xml"
        ),
        (id: "rId3", type: PartXML.officeRelationship + "extended-properties", target: "docProps/app.xml"),
    ])

    static func contentTypes(sheetCount: Int) -> String {
        let spreadsheet = PartXML.spreadsheetContentType
        var xml = PartXML.declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(spreadsheet)sheet.main+xml\"/>"
        for index in 1...sheetCount {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(spreadsheet)worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(spreadsheet)styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(spreadsheet)sharedStrings+xml\"/>"
        xml +=
            "<Override PartName=\"/docProps/core.xml\""
            + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml +=
            "<Override PartName=\"/docProps/app.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    /// No creation or modification date: both are optional, and leaving them out keeps the same
    /// sheets writing the same bytes.
    static let coreProperties =
        PartXML.declaration
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>libro</dc:creator></cp:coreProperties>"

    static let appProperties =
        PartXML.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>libro</Application></Properties>"
}
