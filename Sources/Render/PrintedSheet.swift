import Link
import Model

/// One worksheet as a page prints it: blank, or filled for an organization (and one of its
/// records), on a named page of its own so that each of its sheets of paper says which form it is.
struct PrintedSheet {
    /// The id of the worksheet's page.
    let id: String
    let spec: WorksheetSpec
    let title: String
    let organization: Organization?
    let view: DataView?
    let record: Record?
    /// The day of the organization's session the sheet is printed for, when its calendar has it.
    let date: CalendarDate?
    /// The sheet's `@page` name, unique on its page.
    var pageName = ""
    /// What marks the sheet's section in the page, so that only this page's style names its pages
    /// (a book that gathers the page leaves them unnamed).
    var marker = ""

    /// The record a sheet filled per record is filled for.
    struct Record {
        let key: String
        let value: DataValue
        /// How the method calls such a record, and this one's name.
        let label: String
        let name: String
    }

    /// The running header of the sheet's pages: its title, its record, its organization.
    func header(separator: String) -> String {
        let record = record.map { "\($0.label): \($0.name)" }
        return [title, record, organization?.name].compactMap { $0 }.joined(separator: separator)
    }
}

extension BlockContext {
    /// The worksheets block `blockIndex` prints, in order; none for other blocks.
    func printedSheets(_ block: PageBlock, blockIndex: Int) -> [PrintedSheet] {
        var sheets: [PrintedSheet]
        switch block.content {
        case .worksheet(let spec):
            sheets = [
                PrintedSheet(
                    id: page.id, spec: spec, title: page.title, organization: nil, view: nil, record: nil, date: nil)
            ]
        case .sheetCopy(let copy):
            sheets = copies(copy.sheet, organization: copy.organization, record: copy.record, session: nil)
        case .printPack(let pack):
            let ids = site.worksheets.sorted { $0.value < $1.value }.map(\.key)
                .filter { id in
                    guard let spec = spec(id) else { return false }
                    return spec.sessions.contains(pack.session) && (pack.audience ?? spec.audience) == spec.audience
                }
            sheets = ids.flatMap { copies($0, organization: pack.organization, record: nil, session: pack.session) }
        default:
            return []
        }
        for position in sheets.indices {
            let name = "\(blockIndex + 1)-\(position + 1)"
            sheets[position].pageName = "hoja-" + name
            sheets[position].marker = page.id + "/" + name
        }
        return sheets
    }

    /// A worksheet printed blank, or filled for an organization: once, or once per record when
    /// the sheet is filled per record and none is named. `session` is the one the print is for;
    /// without it, the sheet's first session on the organization's calendar.
    private func copies(_ id: String, organization slug: String?, record recordID: String?, session: Int?)
        -> [PrintedSheet]
    {
        guard let spec = spec(id), let index = site.worksheets[id] else { return [] }
        let title = site.pages[index].title
        guard let slug, let organization = site.organization(slug), let view = site.views[slug] else {
            return [
                PrintedSheet(id: id, spec: spec, title: title, organization: nil, view: nil, record: nil, date: nil)
            ]
        }
        let date = Self.date(in: organization, sessions: session.map { [$0] } ?? spec.sessions)
        func copy(_ record: PrintedSheet.Record?) -> PrintedSheet {
            PrintedSheet(
                id: id, spec: spec, title: title, organization: organization, view: view, record: record, date: date)
        }
        guard let file = spec.forEach?.text, let records = organization.file(file) else { return [copy(nil)] }
        let label = site.method.organization?.file(named: file)?.label ?? spec.recordName
        return (recordID.map { [$0] } ?? records.ids).compactMap { key in
            view.record(key, in: file).map {
                copy(PrintedSheet.Record(key: key, value: $0, label: label, name: view.title(key, in: file)))
            }
        }
    }

    /// The earliest day the organization's calendar gives one of `sessions`.
    static func date(in organization: Organization, sessions: [Int]) -> CalendarDate? {
        organization.calendar.filter { sessions.contains($0.session) }.compactMap(\.date).min()
    }
}
