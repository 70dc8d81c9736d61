import Foundation
import LibroKit
import Testing

@Suite struct InstallationTests {
    /// An unpacked tarball: `bin/libro` beside `share/libro/{tema,paquetes}`.
    static func installed(in folder: TemporaryFolder) throws -> Installation {
        try folder.write("bin/libro", "")
        try folder.write("share/libro/tema/plantillas/pagina.mustache", "")
        try folder.write("share/libro/paquetes/zeta/libro.yml", "titulo: Z\n")
        try folder.write("share/libro/paquetes/beta/libro.yml", "titulo: B\n")
        try folder.write("share/libro/paquetes/notas/leeme.txt", "")
        return Installation(executable: folder.url.appendingPathComponent("bin/libro"))
    }

    @Test func anInstalledLibroFindsItsThemeAndPackageBesideItsFolder() throws {
        let folder = try TemporaryFolder()
        let installation = try Self.installed(in: folder)
        #expect(installation.theme?.path == folder.url.appendingPathComponent("share/libro/tema").path)
        #expect(installation.package?.path == folder.url.appendingPathComponent("share/libro/paquetes/beta").path)
    }

    @Test func aBuildInsideTheRepositoryUsesTheRepositorysThemeAndContent() {
        let binary = Fixtures.repository.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/libro")
        let installation = Installation(executable: binary)
        #expect(installation.theme?.path == Fixtures.theme.path)
        #expect(installation.package?.path == Fixtures.repository.appendingPathComponent("content").path)
    }

    @Test func theThemeInTheWorkingFolderComesBeforeTheInstalledOneAndAGivenOneBeforeBoth() throws {
        let folder = try TemporaryFolder()
        let installation = try Self.installed(in: folder)
        let work = folder.url.appendingPathComponent("taller")
        let installedTheme = BuildOptions(workingDirectory: work, installation: installation)
        #expect(installedTheme.themeFolder.path == folder.url.appendingPathComponent("share/libro/tema").path)
        #expect(installedTheme.themeSearched.isEmpty)

        try folder.write("taller/theme/plantillas/pagina.mustache", "")
        let local = BuildOptions(workingDirectory: work, installation: installation)
        #expect(local.themeFolder.path == work.appendingPathComponent("theme").path)
        #expect(local.themeDisplayName == "theme")

        let given = BuildOptions(theme: "otro", workingDirectory: work, installation: installation)
        #expect(given.themeFolder.path == work.appendingPathComponent("otro").path)
    }

    @Test func withoutAnyThemeTheBuildSaysWhereItLooked() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            at: Fixtures.content("basico"), to: folder.url.appendingPathComponent("content"))
        let nowhere = Installation(executable: folder.url.appendingPathComponent("bin/libro"))
        #expect(nowhere.theme == nil && nowhere.package == nil)
        let options = BuildOptions(workingDirectory: folder.url, installation: nowhere)
        let report = Libro.check(options)
        let share = folder.url.appendingPathComponent("share/libro/tema").path
        #expect(
            report.diagnostics.all.map(\.description) == [
                "theme: error: no se encuentra el tema: libro lo buscó en «\(folder.url.path)/theme» y «\(share)»; indica la carpeta con --theme o reinstala libro [tema-no-encontrado]"
            ])
    }
}
