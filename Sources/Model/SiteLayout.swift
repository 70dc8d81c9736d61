/// Fixed places in the built site that the theme, not the content, writes.
public enum SiteLayout {
    /// Theme files (`theme/recursos/`) are copied here.
    public static let assetsFolder = "recursos"
    public static let notFoundPage = "404.html"
    public static let sitemap = "sitemap.xml"
    /// The page that lists search results, and the folder of the index's pieces.
    public static let searchPage = "buscar.html"
    public static let searchFolder = assetsFolder + "/busqueda"
    /// The web app manifest and the service worker of the offline reader; the worker sits at the
    /// root, since it serves only what lies beside and below it.
    public static let manifest = "manifest.webmanifest"
    public static let serviceWorker = "sw.js"
    /// Output paths a page may not take.
    public static let reservedPaths: Set<String> = [notFoundPage, sitemap, searchPage, manifest, serviceWorker]
}
