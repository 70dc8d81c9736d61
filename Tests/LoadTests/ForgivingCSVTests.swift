import Diagnostics
import Foundation
import Model
import Testing

@testable import Load

/// The fixture's `actores.csv` as Excel on a Spanish-language Windows saves it: `;` between
/// columns, CRLF, and quotes only around the cell that holds a `;`.
private enum ExcelExport {
    static let rows = [
        "id;actor;sector;tipo;roles;recurso;relacion;reglas;resultado;notas",
        "vivero-tlaloc;Vivero Comunitario Tláloc;comunidad;formal;\"Proveedor de plántulas;Convocante\";instalaciones;fuerte;Acuerdos en asamblea, por escrito;positivo;",
        "bodega-cachanilla;Bodega Cachanilla, S.A.;sector privado;formal;Comprador;recursos económicos;débil;Solo compra por contrato anual;positivo;Pide volumen, no calidad",
        "coyotes-del-valle;Intermediarios del valle;comunidad;informal;Acaparador;contactos;conflictiva;Pagan en efectivo y sin recibo;negativo;“Coyotes” – así les dicen",
    ]
    static let text = rows.joined(separator: "\r\n") + "\r\n"

    /// The same rows as «Texto Unicode» saves them: tabs between columns, no quotes needed.
    static let tabbed =
        text.replacingOccurrences(of: ";", with: "\t")
        .replacingOccurrences(of: "\"Proveedor de plántulas\tConvocante\"", with: "Proveedor de plántulas;Convocante")

    /// `text` in Windows-1252, byte by byte as Excel writes it.
    static func windows1252(_ text: String) -> [UInt8] {
        let high: [Unicode.Scalar: UInt8] = ["€": 0x80, "“": 0x93, "”": 0x94, "–": 0x96]
        return text.unicodeScalars.map { high[$0] ?? UInt8($0.value) }
    }

    /// `text` in UTF-16, little-endian, after its byte-order mark.
    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
}

extension OrganizationCopy {
    func write(_ file: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: organization.appendingPathComponent(file))
    }
}

/// One way a spreadsheet may save a CSV that libro reads without a word.
struct SilentVariant: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let bytes: [UInt8]

    static let all = [
        SilentVariant(
            testDescription: "«;», marca de orden de bytes y CRLF",
            bytes: TextDecoding.utf8Mark + Array(ExcelExport.text.utf8)),
        SilentVariant(
            testDescription: "tabuladores y LF",
            bytes: Array(ExcelExport.tabbed.replacingOccurrences(of: "\r\n", with: "\n").utf8)),
        SilentVariant(
            testDescription: "«;», CR solo y líneas vacías al final",
            bytes: Array((ExcelExport.text.replacingOccurrences(of: "\r\n", with: "\r") + "\r\r").utf8)),
    ]
}

/// Organization CSV files as Excel on a Spanish-language computer saves them, read through the
/// whole loader with the fixture package's method.
@Suite struct ForgivingCSVTests {
    static let actores = "content/organizaciones/luz-del-valle/actores.csv"

    /// The records libro must read from every variant of the export.
    func expectFixtureActors(_ organizations: [Organization]) throws {
        let actors = try #require(organizations.first?.file("actores"))
        #expect(actors.ids == ["vivero-tlaloc", "bodega-cachanilla", "coyotes-del-valle"])
        #expect(actors.records[0].text("actor") == "Vivero Comunitario Tláloc")
        #expect(actors.records[0]["roles"] == .list([.text("Proveedor de plántulas"), .text("Convocante")]))
        #expect(actors.records[0].text("reglas") == "Acuerdos en asamblea, por escrito")
        #expect(actors.records[1].text("relacion") == "débil")
        #expect(actors.records[2].text("notas") == "“Coyotes” – así les dicen")
    }

    @Test func excelOnSpanishWindowsLoadsWithOneWarning() throws {
        let copy = try OrganizationCopy()
        try copy.write("actores.csv", ExcelExport.windows1252(ExcelExport.text))
        let (organizations, problems) = copy.load()
        #expect(
            problems == [
                "\(Self.actores):1:1: aviso: el archivo está en Windows-1252 (Latin-1), no en UTF-8; libro lo leyó así, pero guárdalo como UTF-8 para que los acentos y la ñ no dependan de la computadora que lo abre (en Excel: Archivo › Guardar como › «CSV UTF-8 (delimitado por comas)») [codificacion-windows-1252]"
            ])
        try expectFixtureActors(organizations)
    }

    @Test func unicodeTextFromExcelLoadsWithOneWarning() throws {
        let copy = try OrganizationCopy()
        try copy.write("actores.csv", ExcelExport.utf16(ExcelExport.tabbed))
        let (organizations, problems) = copy.load()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("\(Self.actores):1:1: aviso: el archivo está en UTF-16") == true)
        #expect(problems.first?.hasSuffix("[codificacion-utf16]") == true)
        try expectFixtureActors(organizations)
    }

    @Test(arguments: SilentVariant.all)
    func spreadsheetVariantsLoadWithoutAWord(_ variant: SilentVariant) throws {
        let copy = try OrganizationCopy()
        try copy.write("actores.csv", variant.bytes)
        let (organizations, problems) = copy.load()
        #expect(problems == [])
        try expectFixtureActors(organizations)
    }

    @Test func errorsCountColumnsInCharactersOfTheDecodedText() throws {
        let copy = try OrganizationCopy()
        let text = ExcelExport.text.replacingOccurrences(of: "débil", with: "amistosa")
        try copy.write("actores.csv", ExcelExport.windows1252(text))
        let (_, problems) = copy.load()
        #expect(
            problems.contains {
                $0.hasPrefix("\(Self.actores):3:95: error: «amistosa» no es un valor válido para `relacion`")
            }, "\(problems)")
    }

    @Test func semicolonFileKeepsTheSemicolonsOfQuotedCells() throws {
        let copy = try OrganizationCopy()
        let plan = """
            numero;actividad;responsables;equipo;producto;meses
            1;Diagnóstico;Equipo facilitador;Coordinación;Mapa del sistema;1
            1.1;Sesión 2;Equipo facilitador;Todo el equipo;Matriz de las 5R;1-2
            2;Mapeo de resultados;Equipo facilitador;Coordinación;Plan de alianzas;"3;5"

            """
        try copy.write("plan-de-trabajo.csv", Array(plan.utf8))
        let (organizations, problems) = copy.load()
        #expect(problems == [])
        let meses = organizations.first?.file("plan_de_trabajo")?.records.map { $0["meses"] }
        #expect(meses == [.list([.number(1)]), .list([.number(1), .number(2)]), .list([.number(3), .number(5)])])
    }

    @Test func unquotedMultiValueCellInSemicolonFileSaysToQuoteIt() throws {
        let copy = try OrganizationCopy()
        let text = ExcelExport.text.replacingOccurrences(
            of: "\"Proveedor de plántulas;Convocante\"", with: "Proveedor de plántulas;Convocante")
        try copy.write("actores.csv", Array(text.utf8))
        let (_, problems) = copy.load()
        #expect(
            problems == [
                "\(Self.actores):2:1: error: esta fila tiene 11 campos y el encabezado 10; revisa los «;» (un campo con «;», como varios valores, va entre comillas: \"a;b\") [csv-fila-incompleta]"
            ])
    }

    @Test func headerOfAnotherFileIsOneErrorNamingTheSeparatorAndTheExpectedHeader() throws {
        let copy = try OrganizationCopy()
        let text = ExcelExport.text.replacingOccurrences(
            of: ExcelExport.rows[0], with: "id;name;sector;type;roles;resource;relationship;rules;result;notes")
        try copy.write("actores.csv", Array(text.utf8))
        let (_, problems) = copy.load()
        #expect(
            problems == [
                "\(Self.actores):1:1: error: el encabezado (primera línea) no coincide con el de `actores`: libro separó las columnas con «;» (punto y coma) y encontró 10 columnas: «id», «name», «sector», «type», «roles», «resource», …; el encabezado esperado es: id;actor;sector;tipo;roles;recurso;relacion;reglas;resultado;notas [encabezado-no-coincide]"
            ])
    }

    @Test func headerWithAnotherSeparatorIsOneErrorShowingWhatLibroSaw() throws {
        let copy = try OrganizationCopy()
        let text = ExcelExport.text.replacingOccurrences(of: ";", with: "|")
        try copy.write("actores.csv", Array(text.utf8))
        let (_, problems) = copy.load()
        #expect(problems.count == 1, "\(problems)")
        #expect(
            problems.first?.hasPrefix(
                "\(Self.actores):1:1: error: el encabezado (primera línea) no coincide con el de `actores`: libro separó las columnas con «,» (coma) y encontró una sola columna, «id|actor|sector|tipo|roles|recurso|relacion|reglas|resultado…»; el encabezado esperado es: id,actor,sector,"
            ) == true, "\(problems)")
    }

    @Test(arguments: [",", ";"])
    func oneMisspeltColumnIsStillNamedWithASuggestion(_ separator: String) throws {
        let copy = try OrganizationCopy()
        if separator == ";" { try copy.write("actores.csv", Array(ExcelExport.text.utf8)) }
        try copy.change("actores.csv", "\(separator)relacion\(separator)", "\(separator)relacon\(separator)")
        let (_, problems) = copy.load()
        #expect(
            problems == [
                "\(Self.actores):1:1: error: falta la columna `relacion`; agrégala al encabezado (primera línea) [falta-columna]",
                "\(Self.actores):1:36: error: columna desconocida «relacon»; ¿quisiste decir «relacion»? (columnas válidas: id, actor, sector, tipo, roles, recurso, relacion, reglas, resultado, notas) [columna-desconocida]",
            ])
    }

    @Test func yamlStaysStrictUTF8() throws {
        let copy = try OrganizationCopy()
        let perfil = try String(
            contentsOf: OrganizationCopy.fixture.appendingPathComponent("perfil.yml"), encoding: .utf8)
        try copy.write("perfil.yml", ExcelExport.windows1252(perfil))
        let (_, problems) = copy.load()
        #expect(problems.contains { $0.hasSuffix("[utf8-invalido]") }, "\(problems)")
    }
}
