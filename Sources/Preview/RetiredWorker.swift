/// What `libro serve` answers for `/sw.js`: never the site's offline reader, whose saved copy
/// would hide each rebuild, but a worker that takes the place of one a published copy of the
/// site left at this address, deletes that copy and unregisters itself.
enum RetiredWorker {
    /// True for `/sw.js` however it is spelled (`/./sw.js`, `/sw%2Ejs`).
    static func isRequested(_ rawPath: String) -> Bool {
        guard let path = rawPath.removingPercentEncoding else { return false }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return segments == ["sw.js"]
    }

    /// Cache names as the theme's `sw.mustache` makes them: `libro <scope> <version>` and
    /// `libro-ajustes <scope>`.
    static let script = """
        // libro servir: la vista previa no guarda nada sin conexión. Este trabajador reemplaza al
        // de una copia publicada del sitio en esta misma dirección, borra lo que guardó y se retira.
        self.addEventListener("install", () => self.skipWaiting());
        self.addEventListener("activate", (evento) => {
          evento.waitUntil((async () => {
            const raiz = self.registration.scope;
            for (const nombre of await caches.keys()) {
              if (nombre.startsWith("libro " + raiz + " ") || nombre === "libro-ajustes " + raiz) {
                await caches.delete(nombre);
              }
            }
            await self.registration.unregister();
          })());
        });

        """
}
