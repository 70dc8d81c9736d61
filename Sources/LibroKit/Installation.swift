import Foundation

/// What libro ships beside its executable: the default theme and the package `libro nuevo taller`
/// copies. Installed (the `.deb`, the tarball) they live in `<bin>/../share/libro/`; a libro built
/// inside the repository uses the repository's own `theme/` and `content/`.
public struct Installation: Sendable {
    /// The default theme, when one was found.
    public var theme: URL?
    /// The shipped package, when one was found.
    public var package: URL?
    /// Every folder looked at, in order, for messages that say where libro looked.
    public var searched: [String]

    /// The installation of the running libro.
    public static let current = Installation(executable: runningExecutable)

    /// The installation around `executable` (its links already resolved).
    public init(executable: URL) {
        let bin = executable.deletingLastPathComponent().standardizedFileURL
        let share = bin.deletingLastPathComponent().appendingPathComponent("share/libro").standardizedFileURL
        let installedTheme = share.appendingPathComponent("tema")
        let packages = share.appendingPathComponent("paquetes")
        searched = [installedTheme.path, packages.path]
        if Self.isFolder(installedTheme.appendingPathComponent("plantillas")) {
            theme = installedTheme
            package = Self.firstPackage(in: packages)
            return
        }
        guard let repository = Self.repository(around: bin) else { return }
        theme = repository.appendingPathComponent("theme")
        package = repository.appendingPathComponent("content")
    }

    /// `/proc/self/exe` on Linux names the binary itself, wherever the link that ran it lives.
    private static var runningExecutable: URL {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: path)
            }
        #endif
        let named = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return named.resolvingSymlinksInPath()
    }

    /// The first package (a folder with `libro.yml`) in alphabetical order.
    private static func firstPackage(in folder: URL) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("libro.yml").path)
        }
    }

    /// The repository a development build sits in (`<repo>/.build/<triple>/debug/libro`): the
    /// nearest folder above with `Package.swift`, `theme/plantillas/` and `content/libro.yml`.
    private static func repository(around bin: URL) -> URL? {
        var folder = bin
        for _ in 0..<5 {
            let manager = FileManager.default
            if manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                isFolder(folder.appendingPathComponent("theme/plantillas")),
                manager.fileExists(atPath: folder.appendingPathComponent("content/libro.yml").path)
            {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
