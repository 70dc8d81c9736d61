import Diagnostics

/// Data written in a fenced block of a page (```` ```actividad ````), as LOAD decoded it.
/// The block stays valid CommonMark, so editors preview it; the build draws it with the theme.
public struct PageBlock: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case carta
        case actividad
        case receso
        case termino
        case referencias
        case hoja
        case copia
        case paquete
        case compilacion
        case agenda
        case mapaDelSistema = "mapa-del-sistema"
        case gantt

        /// Kinds that describe the heading right above them.
        public var belongsToHeading: Bool { self == .actividad || self == .receso || self == .termino }
    }

    public enum Content: Sendable, Equatable {
        case carta(CartaHeader)
        case activity(ActivitySpec)
        case pause(PauseSpec)
        case term(TermSpec)
        case references([Reference])
        case worksheet(WorksheetSpec)
        case sheetCopy(SheetCopy)
        /// A session's print pack: every worksheet it uses, blank or filled for an organization.
        case printPack(PrintPackSpec)
        case agenda(AgendaSpec)
        /// An organization's system map, drawn from its actors.
        case systemMap(organization: String)
        /// An organization's work plan as a Gantt chart.
        case gantt(organization: String)
        /// Every page of some sections on one page, to print a whole book (ids of section pages).
        case compilation(sections: [String])
    }

    /// Index into the page's fenced code blocks, in document order.
    public let codeBlock: Int
    /// Index into the page's headings of the heading the block describes.
    public let heading: Int?
    /// Where the opening fence is.
    public let location: SourceLocation
    public let content: Content

    public init(codeBlock: Int, heading: Int?, location: SourceLocation, content: Content) {
        self.codeBlock = codeBlock
        self.heading = heading
        self.location = location
        self.content = content
    }
}
