import Diagnostics
import Load
import Model
import Render
import Theme

/// What a build remembers for the next build into the same folder (`libro serve`): the pages
/// it loaded and what it rendered. With it, a rebuild reads only the files that changed and
/// renders and writes only the pages whose output changes; the site comes out the same, byte
/// for byte, as a full build.
public struct BuildMemory: Sendable {
    var pages: PageCache? = PageCache()
    var render = RenderMemory()
    /// The theme as last loaded, with its compiled templates and what compiling them reported.
    var templates: (theme: LoadedTheme, set: TemplateSet, problems: DiagnosticList)?
    var link: LinkMemory?
    /// The folder that holds the site `render` describes; nil when none does.
    var folder: String?

    public init() {}
}
