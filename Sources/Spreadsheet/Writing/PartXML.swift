/// Namespaces and content types the written parts share.
enum PartXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let spreadsheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    /// `<Relationships>` with one `<Relationship>` for each (id, type, target).
    static func relationships(_ list: [(id: String, type: String, target: String)]) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        for item in list {
            xml += "<Relationship Id=\"\(item.id)\" Type=\"\(item.type)\" Target=\"\(item.target)\"/>"
        }
        return xml + "</Relationships>"
    }
}
