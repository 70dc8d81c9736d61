import Model

/// A worksheet filled for an organization (and one of its records, for a sheet filled per record).
struct FilledSheet {
    let worksheet: Worksheet
    /// The record's id and how it is named.
    let record: (id: String, name: String)?
    let organization: String

    var file: String { record.map { "\(worksheet.fileStem)-\($0.id)" } ?? worksheet.fileStem }
    var title: String { record.map { "\(worksheet.title): \($0.name)" } ?? worksheet.title }
    var sessions: [Int] { worksheet.spec.sessions }

    var listing: [String: Any] {
        ["titulo": title, "enlace": "\(file).md", "sesiones": sessions.map(String.init).joined(separator: ", ")]
    }

    var context: [String: Any] {
        [
            "hoja_id": worksheet.id,
            "hoja_titulo": worksheet.title,
            "registro_id": record?.id ?? "",
            "tiene_registro": record != nil,
            "registro_nombre": record?.name ?? "",
        ]
    }

    /// One filled copy per worksheet that names data the organization has; one per record when
    /// the sheet is filled per record.
    static func all(for organization: Organization, from worksheets: [Worksheet], context: OrganizationContext)
        -> [FilledSheet]
    {
        var sheets: [FilledSheet] = []
        for worksheet in worksheets {
            if let file = worksheet.spec.forEach?.text {
                for id in organization.file(file)?.ids ?? [] {
                    sheets.append(
                        FilledSheet(
                            worksheet: worksheet, record: (id, context.view.title(id, in: file)),
                            organization: organization.slug))
                }
            } else if worksheet.dataRoots.contains(where: { hasData($0, in: organization) }) {
                sheets.append(FilledSheet(worksheet: worksheet, record: nil, organization: organization.slug))
            }
        }
        return sheets
    }

    /// Whether the top of a data path names something the organization has: a file, or a file's
    /// records grouped (`<archivo>_por_<campo>`).
    private static func hasData(_ root: String, in organization: Organization) -> Bool {
        organization.files.contains { file in
            (root == file.name || root.hasPrefix("\(file.name)_por_")) && organization.hasData(file.name)
        }
    }
}
