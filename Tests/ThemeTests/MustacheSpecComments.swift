/// The spec's `comments` cases.
extension MustacheSpecCase {
    static let comments: [MustacheSpecCase] = [
        MustacheSpecCase(
            "Inline",
            template: "12345{{! Comment Block! }}67890",
            expected: "1234567890"),
        MustacheSpecCase(
            "Multiline",
            template: """
                12345{{!
                  This is a
                  multi-line comment...
                }}67890

                """,
            expected: "1234567890\n"),
        MustacheSpecCase(
            "Standalone",
            template: """
                Begin.
                {{! Comment Block! }}
                End.

                """,
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            "Indented Standalone",
            template: """
                Begin.
                  {{! Indented Comment Block! }}
                End.

                """,
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            "Standalone Line Endings",
            template: "|\r\n{{! Standalone Comment }}\r\n|",
            expected: "|\r\n|"),
        MustacheSpecCase(
            "Standalone Without Previous Line",
            template: "  {{! I'm Still Standalone }}\n!",
            expected: "!"),
        MustacheSpecCase(
            "Standalone Without Newline",
            template: "!\n  {{! I'm Still Standalone }}",
            expected: "!\n"),
        MustacheSpecCase(
            "Multiline Standalone",
            template: """
                Begin.
                {{!
                Something's going on here...
                }}
                End.

                """,
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            "Indented Multiline Standalone",
            template: """
                Begin.
                  {{!
                    Something's going on here...
                  }}
                End.

                """,
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            "Indented Inline",
            template: "  12 {{! 34 }}\n",
            expected: "  12 \n"),
        MustacheSpecCase(
            "Surrounding Whitespace",
            template: "12345 {{! Comment Block! }} 67890",
            expected: "12345  67890"),
        MustacheSpecCase(
            "Variable Name Collision",
            template: "comments never show: >{{! comment }}<",
            data: ["! comment": 1, "! comment ": 2, "!comment": 3, "comment": 4],
            expected: "comments never show: ><"),
    ]
}
