/// The cell formats a written workbook uses, in the order of `cellXfs` in `xl/styles.xml`.
enum WrittenStyle: Int {
    case plain = 0
    case header
    case date
    case time
    case wrapped
    case wrappedHeader
}

/// `xl/styles.xml`: children in the order of `CT_Stylesheet` (ECMA-376 part 1, 18.8.39), the two
/// fills Excel requires first (none, gray125), and one cell format for each `WrittenStyle`.
enum StylesPart {
    static let dateFormat = 164
    static let timeFormat = 165

    static var xml: String {
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        let base = "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        let bold = "numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
        let wrap = "<alignment vertical=\"top\" wrapText=\"1\"/>"
        let formats = [
            "<xf \(base)/>",
            "<xf \(bold)/>",
            "<xf numFmtId=\"\(dateFormat)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
            "<xf numFmtId=\"\(timeFormat)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
            "<xf \(base) applyAlignment=\"1\">\(wrap)</xf>",
            "<xf \(bold) applyAlignment=\"1\">\(wrap)</xf>",
        ]
        return PartXML.declaration
            + "<styleSheet xmlns=\"\(PartXML.mainNamespace)\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"\(dateFormat)\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"\(timeFormat)\" formatCode=\"hh:mm\"/></numFmts>"
            + "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">\(formats.joined())</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"0\"/>"
            + "<tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
            + "</styleSheet>"
    }
}
