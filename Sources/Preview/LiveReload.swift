import Foundation

/// The script every served page carries: it asks for the build status and waits for the next
/// build's, reloads the page when a new site is built and, while the last build failed, lists
/// its errors over the page.
enum LiveReload {
    static let statusPath = "/__libro/estado"
    static let panelHeading = "La última compilación tiene errores; se muestra la versión anterior"

    /// Puts the script before the last `</body>`, or at the end when there is none.
    static func inject(into html: String, version: Int) -> String {
        let tag = script(version: version)
        guard let body = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag)
    }

    /// `version` is the site version the page came from; errors reach the page only as
    /// `textContent`, so their text is never read as HTML.
    static func script(version: Int) -> String {
        opening(version: version) + errorPanel + statusPolling + closing
    }

    private static func opening(version: Int) -> String {
        """
        <script>
        (() => {
          // The page's offline reader stays off: the preview changes under it (sin-conexion.js).
          document.documentElement.setAttribute("data-vista-previa", "");
          const version = \(version);

        """
    }

    /// `show(errores)`: the failed build's errors in a panel over the page, or none.
    private static let errorPanel =
        """
          let panel = null;
          function show(errores) {
            if (errores.length === 0) {
              if (panel) { panel.remove(); panel = null; }
              return;
            }
            const texto = errores.join("\\n");
            if (panel && panel.dataset.errores === texto) return;  // keep a selection the reader made
            if (!panel) {
              panel = document.createElement("div");
              panel.setAttribute("role", "alert");
              panel.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:50vh;"
                + "overflow:auto;margin:0;padding:1em;background:#fff3f3;color:#5c0000;"
                + "border-top:3px solid #b00020;font:14px/1.4 system-ui,sans-serif;";
              document.body.appendChild(panel);
            }
            const titulo = document.createElement("strong");
            titulo.textContent = "\(panelHeading)";
            const lista = document.createElement("pre");
            lista.style.cssText = "white-space:pre-wrap;margin:.5em 0 0;font:13px/1.4 ui-monospace,monospace;";
            lista.textContent = texto;
            panel.dataset.errores = texto;
            panel.replaceChildren(titulo, lista);
          }

        """

    /// Asks for the build status and waits for the next one's; reloads when the site changed.
    private static let statusPolling =
        """
          // The status last seen: the server answers once a build changes it, so the page
          // reloads as soon as the new site is written. A hidden page asks without waiting, once a
          // second, and holds no connection: a browser opens only six to one server.
          let cambio = -1;
          let temporizador = null;
          let peticion = null;
          function programar(espera) {
            clearTimeout(temporizador);
            temporizador = setTimeout(consultar, espera);
          }
          async function consultar() {
            const visible = document.visibilityState !== "hidden";
            const control = new AbortController();
            peticion = control;
            try {
              const respuesta = await fetch("\(statusPath)?cambio=" + (visible ? cambio : -1),
                { cache: "no-store", signal: control.signal });
              const estado = await respuesta.json();
              if (estado.version !== version) { location.reload(); return; }
              show(estado.errores);
              cambio = estado.cambio;
              if (peticion === control) programar(visible ? 0 : 1000);
            } catch (error) {
              // The server is restarting or gone; keep the page as it is and try again.
              if (peticion === control) programar(1000);
            }
          }
          document.addEventListener("visibilitychange", () => {
            if (peticion) peticion.abort();
            peticion = null;
            programar(0);
          });
          consultar();

        """

    private static let closing =
        """
        })();
        </script>

        """
}
