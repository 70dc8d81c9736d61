/// One theme template, compiled once: parsed into a tree, then laid out as the flat program the
/// renderer walks for every page.
struct Template: Sendable {
    let name: String
    let program: TemplateProgram
    /// How `{{valor}}` escapes here: HTML for pages, Markdown for the `paginas/` templates.
    let escaping: TemplateEscaping
    /// Partials and layouts this template names, with where, so a missing one is reported
    /// before anything renders.
    let references: [TemplateReference]

    init(name: String, nodes: [TemplateNode], escaping: TemplateEscaping, references: [TemplateReference]) {
        self.name = name
        program = TemplateProgram(nodes)
        self.escaping = escaping
        self.references = references
    }
}

/// A partial or layout named by a template, and where.
struct TemplateReference: Sendable {
    let name: String
    let line: Int
    let column: Int
}

/// A part of a parsed template. Text is kept as UTF-8 bytes, ready to copy into the output.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// `{{nombre}}` (escaped) or `{{{nombre}}}` / `{{&nombre}}` (as is).
    case variable(TemplateKey, escaped: Bool)
    /// `{{#nombre}}…{{/nombre}}`, or `{{^nombre}}…{{/nombre}}` when inverted.
    case section(TemplateKey, inverted: Bool, [TemplateNode])
    /// `{{> nombre}}`; the indentation applies to every line after the first.
    case partial(String, indentation: [UInt8])
    /// `{{< nombre}}{{$bloque}}…{{/bloque}}{{/nombre}}`: a layout with its blocks replaced.
    case parent(String, indentation: [UInt8], blocks: [String: [TemplateNode]])
    /// `{{$nombre}}…{{/nombre}}`: what a page extending this layout may replace.
    case block(String, indentation: [UInt8], [TemplateNode])
}

/// A dotted name (`pagina.titulo`), split once; `.` alone names the current value.
struct TemplateKey: Sendable {
    let parts: [String]

    init(_ name: String) {
        parts = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
