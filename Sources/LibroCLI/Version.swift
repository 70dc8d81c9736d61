/// libro's version; equal to the `VERSION` file at the repository's root, which packaging reads
/// (a test checks the two agree).
enum LibroVersion {
    static let number = "0.9.0"
}
