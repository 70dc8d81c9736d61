extension Unicode.Scalar {
    /// Whether the scalar is a character of its own whatever stands beside it, so text made of
    /// such scalars can be read a scalar at a time instead of a character at a time (which finds
    /// each grapheme's end and costs far more). True for Latin-1, Latin Extended and IPA, below
    /// the combining accents, and for the general punctuation's dashes, quotes and dots: none of
    /// them joins a neighbour, except a carriage return, which joins a line feed after it.
    public var isCharacterAlone: Bool {
        value < 0x300 || (0x2010...0x205E).contains(value)
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` (what `Character.isWhitespace` reads), ASCII answered without
    /// looking the property up.
    public var isWhitespaceScalar: Bool {
        switch value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80: false
        default: properties.isWhitespace
        }
    }
}
