import Foundation
import LibroKit
import Testing
import ZIPFoundation

@testable import LibroKit
@testable import Spreadsheet

/// An organization's data kept in `organizacion.xlsx`: written from the data files, read back to
/// the same site, and every mistake in it located at its sheet and cell.
@Suite struct OrganizationWorkbookTests {
    /// A package copied to a temporary folder, to build and change.
    struct PackageCopy {
        let folder: TemporaryFolder
        let content: URL
        let slug: String

        /// Another organization of the same copy.
        init(sharing copy: PackageCopy, organization slug: String) {
            folder = copy.folder
            content = copy.content
            self.slug = slug
        }

        init(_ package: String, organization slug: String) throws {
            folder = try TemporaryFolder()
            content = folder.url.appendingPathComponent("content")
            try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent(package), to: content)
            self.slug = slug
        }

        var organization: URL { content.appendingPathComponent("organizaciones/\(slug)") }

        func build(_ name: String) -> (BuildReport, URL) {
            let output = folder.url.appendingPathComponent(name)
            var options = Fixtures.options(content: content, output: output)
            options.organizations = [slug]
            return (Libro.build(options), output)
        }

        /// The organization's data as a workbook, in place of its YAML and CSV files.
        func replaceFilesWithWorkbook(_ data: Data) throws {
            try FileManager.default.removeItem(at: organization)
            try FileManager.default.createDirectory(at: organization, withIntermediateDirectories: true)
            try data.write(to: organization.appendingPathComponent("organizacion.xlsx"))
        }

        func exported() throws -> Data {
            let (data, problems) = WorkbookExport.export(
                slug: slug, options: Fixtures.options(content: content, output: folder.url.appendingPathComponent("x")))
            #expect(problems.errors.map(\.description) == [])
            return try #require(data)
        }
    }

    @Test(arguments: [
        ("content", "voces-del-bravo"), ("ejemplos/movilizacion-de-recursos", "letras-del-altiplano"),
    ])
    func theSiteBuiltFromTheExportedWorkbookAloneIsTheSame(_ package: String, _ slug: String) throws {
        let copy = try PackageCopy(package, organization: slug)
        let (before, first) = copy.build("antes")
        #expect(before.diagnostics.errors.map(\.description) == [])
        try copy.replaceFilesWithWorkbook(try copy.exported())
        let (after, second) = copy.build("despues")
        #expect(after.diagnostics.errors.map(\.description) == [])
        let (old, new) = (try snapshot(of: first), try snapshot(of: second))
        #expect(Set(old.keys) == Set(new.keys))
        let different = old.keys.filter { old[$0] != new[$0] }.sorted()
        #expect(different == [], "distintos: \(different.prefix(10))")
    }

    @Test func theTemplateHoldsThePackagesExampleWithItsListsAndBuilds() throws {
        let copy = try PackageCopy("content", organization: "cuenca-viva")
        let run = CapturedRun(
            ["new", "organizacion", "cuenca-viva", "--excel", "--content", copy.content.path], in: copy.folder.url)
        #expect(run.status == 0, "\(run.error)")
        let workbook = copy.organization.appendingPathComponent("organizacion.xlsx")
        let sheets = try WorkbookReader.read(Data(contentsOf: workbook)).sheets
        #expect(sheets.first?.name == "Instrucciones")
        #expect(sheets.filter { !$0.hidden }.map(\.name).contains("Actores"))
        // The drop-downs offer the method's lists, kept in a hidden sheet.
        let lists = try #require(sheets.first { $0.name == "listas" })
        #expect(lists.hidden)
        let offered = Set(lists.cells.values.compactMap { if case .text(let text) = $0 { text } else { nil } })
        #expect(offered.isSuperset(of: ["fuerte", "colaborativa", "débil", "conflictiva", "básico", "avanzado"]))
        let archive = try Archive(url: workbook, accessMode: .read)
        var validations = 0
        for entry in archive where entry.path.hasPrefix("xl/worksheets/") {
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            validations += String(decoding: xml, as: UTF8.self).components(separatedBy: "<dataValidation ").count - 1
        }
        #expect(validations > 10)
        let (report, _) = copy.build("sitio")
        #expect(report.diagnostics.errors.map(\.description) == [])
    }

    @Test func aWorkbookBesideTheDataFilesIsAnError() throws {
        let copy = try PackageCopy("content", organization: "voces-del-bravo")
        try copy.exported().write(to: copy.organization.appendingPathComponent("organizacion.xlsx"))
        try Data().write(to: copy.organization.appendingPathComponent("~$organizacion.xlsx"))
        let (report, _) = copy.build("sitio")
        let errors = report.diagnostics.errors
        #expect(errors.map(\.code) == ["datos-en-dos-formas"])
        #expect(errors.first?.message.contains("perfil.yml") == true)
    }

    @Test func anotherOrganizationsWorkbookNeverReachesTheSite() throws {
        let sample = try PackageCopy("content", organization: "voces-del-bravo")
        let fixture = Fixtures.content("organizacion").appendingPathComponent("organizaciones/luz-del-valle")
        try FileManager.default.copyItem(
            at: fixture, to: sample.content.appendingPathComponent("organizaciones/luz-del-valle"))
        let other = PackageCopy(sharing: sample, organization: "luz-del-valle")
        let (sampleData, otherData) = (try sample.exported(), try other.exported())
        try sample.replaceFilesWithWorkbook(sampleData)
        try other.replaceFilesWithWorkbook(otherData)
        let (sampleReport, sampleSite) = sample.build("sitio-voces")
        let (otherReport, otherSite) = other.build("sitio-luz")
        #expect(sampleReport.diagnostics.errors.map(\.description) == [])
        #expect(otherReport.diagnostics.errors.map(\.description) == [])
        for (path, data) in try snapshot(of: sampleSite) {
            let text = String(decoding: data, as: UTF8.self)
            for word in ["Luz del Valle", "Cachanilla", "Tláloc", "Rosaura Quintero"] {
                #expect(!text.contains(word), "\(path) contiene «\(word)»")
            }
        }
        for (path, data) in try snapshot(of: otherSite) {
            #expect(!String(decoding: data, as: UTF8.self).contains("Voces del Bravo"), "\(path)")
        }
    }

    /// Session 2 of the shipped organization leaves `recesos` out: its cell stays empty, where it
    /// used to read 0 (a number the facilitator never wrote).
    @Test func aNumberLeftOutStaysAnEmptyCell() throws {
        let copy = try PackageCopy("content", organization: "voces-del-bravo")
        let sheet = try #require(try WorkbookReader.read(try copy.exported()).sheet(named: "Sesiones"))
        let headers = (1...20).map { sheet[1, $0] }
        let breaks = try #require(headers.firstIndex(of: .text("recesos"))) + 1
        let sessions = try #require(headers.firstIndex(of: .text("sesion"))) + 1
        let second = try #require((2...sheet.lastRow).first { sheet[$0, sessions] == .number(2) })
        let first = try #require((2...sheet.lastRow).first { sheet[$0, sessions] == .number(1) })
        #expect(sheet[first, breaks] == .number(15))
        #expect(sheet[second, breaks] == nil)
    }

    @Test func exportarWritesTheWorkbookWhereAsked() throws {
        let copy = try PackageCopy("ejemplos/movilizacion-de-recursos", organization: "letras-del-altiplano")
        let run = CapturedRun(
            ["exportar", "--organizacion", "letras-del-altiplano", "--excel", "--content", copy.content.path],
            in: copy.folder.url)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.out.contains("organizacion-letras-del-altiplano.xlsx"))
        let written = copy.folder.url.appendingPathComponent("organizacion-letras-del-altiplano.xlsx")
        let workbook = try WorkbookReader.read(Data(contentsOf: written))
        #expect(workbook.sheets.map(\.name).contains("donantes"))
        let missing = CapturedRun(
            ["export", "--organizacion", "nadie", "--content", copy.content.path], in: copy.folder.url)
        #expect(missing.status == 1)
        #expect(missing.error.contains("[organizacion-no-encontrada]"))
    }
}
