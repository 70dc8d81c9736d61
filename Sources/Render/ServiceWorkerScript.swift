import Model
import Theme

/// `sw.js`, the offline reader: the theme's worker (`plantillas/sw.mustache`) given the version
/// of the site and the list of its files with their sizes, one a line. The list is made from the
/// folder once every other file is written, so it is the site as it is, PDFs and all.
public enum ServiceWorkerScript {
    public static let template = "sw"

    /// Nil when the theme has no worker: the site then has no offline reader.
    static func make(files: [BuiltFile], templates: TemplateSet) -> OutputFile? {
        guard templates.has(template) else { return nil }
        let listed = files.filter { $0.path != SiteLayout.serviceWorker }
        var list: [UInt8] = Array("[\n".utf8)
        for (index, file) in listed.enumerated() {
            list.append(UInt8(ascii: "["))
            JSON.string(file.path, into: &list)
            list.append(UInt8(ascii: ","))
            JSON.number(file.size, into: &list)
            list.append(contentsOf: index == listed.count - 1 ? Array("]\n".utf8) : Array("],\n".utf8))
        }
        list.append(UInt8(ascii: "]"))
        let context: [String: Any] = [
            "version": BuiltFile.version(of: listed),
            "total": String(listed.reduce(0) { $0 + $1.size }),
            "archivos": String(decoding: list, as: UTF8.self),
        ]
        return OutputFile(
            path: SiteLayout.serviceWorker, contents: .text(templates.render(context, with: template)))
    }
}
