import Foundation
import Testing

/// The pipeline runs one way: a module imports only modules earlier in this list.
@Suite struct ImportDirectionTests {
    static let order = [
        "CCmarkGFM", "CSwap", "Markdown", "Diagnostics", "Files", "Workers", "Model", "Load", "Theme", "Derive", "Link",
        "Render", "Emit",
        "LibroKit", "Preview", "LibroCLI", "libro",
    ]

    @Test func modulesImportOnlyEarlierStages() throws {
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        #expect(Set(modules) == Set(Self.order), "every module has a place in the pipeline")
        var violations: [String] = []
        for module in modules {
            let position = try #require(Self.order.firstIndex(of: module))
            let folder = sources.appendingPathComponent(module)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift")
            {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { continue }
                    let imported = String(words[index + 1])
                    if let other = Self.order.firstIndex(of: imported), other >= position {
                        violations.append("\(module)/\(file) importa \(imported)")
                    }
                }
            }
        }
        #expect(violations == [])
    }

    @Test func onlyMarkdownTouchesCmark() throws {
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        var users: Set<String> = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            let folder = sources.appendingPathComponent(module)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                if text.contains("import CCmarkGFM") { users.insert(module) }
            }
        }
        #expect(users == ["Markdown"])
    }
}
