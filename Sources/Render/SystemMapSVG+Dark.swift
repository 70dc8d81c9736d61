extension SystemMapSVG {
    /// The map's colours on a dark page, the theme's dark palette (`estilo.css`). The map is an
    /// `<img>`, which the page's styles do not reach; browsers answer `prefers-color-scheme`
    /// inside an image with the colour scheme of the page that shows it, so the map follows the
    /// reader's switch, and the page's print styles (always light) print it black on white.
    /// Opened on its own, it follows the system. The colours written on each element are the
    /// light ones, for programs that read no styles.
    static let darkStyle = """
        <style>
        @media (prefers-color-scheme: dark) {
          .fondo, .cuna { fill: #12171d; }
          .cuna.sombreada { fill: #1c232b; }
          .cuna, .anillo { stroke: #3d4650; }
          .grupo { fill: #a3adb8; stroke: #12171d; }
          text.tinta, .nombre { fill: #e6edf3; }
          line.tinta { stroke: #c9d1d9; }
          .nombre { stroke: #12171d; }
          .guia { stroke: #6e7781; }
          .leyenda { fill: #1c232b; stroke: #3d4650; }
          .negativo { fill: #12171d; stroke: #f28b82; }
          .signo-negativo { fill: #f28b82; }
        }
        </style>
        """
}
