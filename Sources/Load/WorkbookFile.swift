import Diagnostics
import Foundation
import Model
import Spreadsheet

/// An organization's data kept in one workbook, `organizacion.xlsx`, instead of YAML and CSV
/// files.
struct WorkbookFile {
    /// Larger than any organization's data; a file past it is not read whole.
    static let largest = 50 * 1024 * 1024

    let folder: URL
    let displayRoot: String
    let method: OrganizationMethod

    /// Excel's `~$organizacion.xlsx` and LibreOffice's `.~lock.organizacion.xlsx#`, written while
    /// the workbook is open.
    static func isLock(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix("~$") || (name.hasPrefix(".~lock.") && name.hasSuffix("#"))
    }

    static func bothKinds(_ files: [String], at file: String) -> Diagnostic {
        .error(
            "datos-en-dos-formas",
            "la organización tiene sus datos en \(WorkbookPlan.fileName) y también en \(files.joined(separator: ", ")); deja una sola forma: borra o mueve a otra carpeta el libro o esos archivos",
            at: SourceLocation(file: file))
    }

    /// Every data file's records, read from the workbook; nil when it cannot be read at all.
    func files(_ diagnostics: inout DiagnosticList) -> [DataFileRecords]? {
        let shown = "\(displayRoot)/\(WorkbookPlan.fileName)"
        let url = folder.appendingPathComponent(WorkbookPlan.fileName)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Self.largest, let data = try? Data(contentsOf: url) else {
            diagnostics.append(
                .error(
                    "archivo-ilegible",
                    size > Self.largest
                        ? "el libro pesa más de 50 MB; deja en él solo los datos de la organización"
                        : "no se pudo leer el libro; revisa que no esté dañado",
                    at: SourceLocation(file: shown)))
            return nil
        }
        let workbook: Workbook
        do throws(WorkbookProblem) {
            workbook = try WorkbookReader.read(data)
        } catch {
            diagnostics.append(.error("libro-no-valido", error.message, at: SourceLocation(file: shown)))
            return nil
        }
        let records = WorkbookRecords(plan: WorkbookPlan(method: method), method: method, file: shown)
        return records.read(workbook, diagnostics: &diagnostics)
    }
}
