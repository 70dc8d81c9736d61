/// How a section numbers what it holds (`numeracion` in a section's `_index.md`).
public enum Numbering: String, Sendable, CaseIterable {
    /// I, II, III … for the section's children (the guide's parts).
    case roman = "romana"
    /// 1, 2 … then 1.1, 1.1.1 deeper down (the workbook's chapters).
    case decimal
    case none = "ninguna"
}
