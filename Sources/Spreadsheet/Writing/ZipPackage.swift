import Foundation
import ZIPFoundation

/// Parts zipped in the order given, each deflated and dated alike, so the same parts give the
/// same bytes.
enum ZipPackage {
    /// 2000-01-01, as `SiteArchive` dates its entries (zip dates are UTC here).
    private static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    static func zip(_ parts: [(path: String, text: String)]) throws(WorkbookProblem) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WorkbookProblem("no se pudo comprimir el libro") }
            return data
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw WorkbookProblem("no se pudo comprimir el libro: \(error.localizedDescription)")
        }
    }
}
