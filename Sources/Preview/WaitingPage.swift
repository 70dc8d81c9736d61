/// What every page request gets before any build has succeeded: a short note, with the
/// live-reload script listing the errors and loading the site once it builds.
enum WaitingPage {
    static func html(version: Int) -> String {
        LiveReload.inject(
            into: """
                <!doctype html>
                <html lang="es">
                <head><meta charset="utf-8"><title>libro: sin sitio todavía</title></head>
                <body>
                <p>Todavía no hay un sitio que mostrar: la compilación tiene errores o no ha terminado. \
                La página se recargará sola cuando se corrijan.</p>
                </body>
                </html>

                """,
            version: version
        )
    }
}
