import Diagnostics
import Foundation
import Link
import Load
import Markdown
import Model
import Theme

/// RENDER: Markdown bodies through cmark, pages through the theme's templates, plus the 404
/// page, the sitemap and the files to copy. Returns files; writes nothing.
public enum SiteRenderer {
    /// `documents[i]` is the parsed body of loaded page `i`; each is rendered once, in place.
    public static func render(
        _ site: LinkedSite,
        documents: [MarkdownDocument],
        theme: LoadedTheme,
        templates: TemplateSet,
        contentFolder: URL,
        progress: (Int, Int) -> Void = { _, _ in }
    ) -> ([OutputFile], DiagnosticList) {
        let diagnostics = DiagnosticList()
        let context = PageContext(site: site, strings: theme.strings)
        let body = PageBodyRenderer(site: site, templates: templates, strings: theme.strings)
        var files: [OutputFile] = []
        files.reserveCapacity(site.pages.count + site.staticFiles.count + theme.assets.count + 2)

        var search = SearchIndex(glossary: site.glossary)
        // Books gather other pages, so they are rendered once every other body is.
        let books = Set(site.pages.indices.filter { site.pages[$0].gathersPages })
        var bodies: [Int: String] = [:]
        var done = 0
        for index in site.pages.indices.filter({ !books.contains($0) }) + books.sorted() {
            let page = site.pages[index]
            let content = body.render(page: index, document: documents[page.source], bodies: bodies)
            if books.contains(index) {
                files.append(
                    OutputFile(
                        path: page.outputPath,
                        contents: .text(
                            templates.render(context.make(page: index, content: content), with: TemplateSet.page))))
            } else {
                bodies[index] = content
            }
            done += 1
            progress(done, site.pages.count)
        }
        // Pages are written and indexed in reading order, whatever order they were rendered in.
        for (index, page) in site.pages.enumerated() where !books.contains(index) {
            let content = bodies[index] ?? ""
            search.add(url: page.outputPath, title: page.numberedTitle, body: content)
            let html = templates.render(context.make(page: index, content: content), with: TemplateSet.page)
            files.append(OutputFile(path: page.outputPath, contents: .text(html)))
        }
        files.append(
            OutputFile(
                path: SiteLayout.notFoundPage,
                contents: .text(
                    templates.render(context.common(at: SiteLayout.notFoundPage), with: TemplateSet.notFound))
            )
        )
        files.append(
            OutputFile(
                path: SiteLayout.searchPage,
                contents: .text(templates.render(context.common(at: SiteLayout.searchPage), with: TemplateSet.search))
            )
        )
        files.append(OutputFile(path: SiteLayout.searchIndex, contents: .text(search.script())))
        files.append(OutputFile(path: SiteLayout.sitemap, contents: .text(Sitemap.make(site))))
        for organization in site.organizations where !organization.actors.isEmpty {
            let map = SystemMapSVG(organization: organization, strings: theme.strings).make()
            files.append(OutputFile(path: SystemMapFile.path(for: organization), contents: .text(map)))
        }
        for file in site.staticFiles {
            files.append(OutputFile(path: file.path, contents: .copy(contentFolder.appendingPathComponent(file.path))))
        }
        for asset in theme.assets {
            files.append(
                OutputFile(
                    path: SiteLayout.assetsFolder + "/" + asset,
                    contents: .copy(theme.assetsFolder.appendingPathComponent(asset))
                )
            )
        }
        return (files, diagnostics)
    }
}
