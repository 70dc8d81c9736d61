/// The spec's `delimiters` cases.
extension MustacheSpecCase {
    static let delimiters: [MustacheSpecCase] = [
        MustacheSpecCase(
            "Pair Behavior",
            template: "{{=<% %>=}}(<%text%>)",
            data: ["text": "Hey!"],
            expected: "(Hey!)"),
        MustacheSpecCase(
            "Special Characters",
            template: "({{=[ ]=}}[text])",
            data: ["text": "It worked!"],
            expected: "(It worked!)"),
        MustacheSpecCase(
            "Sections",
            template: """
                [
                {{#section}}
                  {{data}}
                  |data|
                {{/section}}

                {{= | | =}}
                |#section|
                  {{data}}
                  |data|
                |/section|
                ]

                """,
            data: ["section": true, "data": "I got interpolated."],
            expected: """
                [
                  I got interpolated.
                  |data|

                  {{data}}
                  I got interpolated.
                ]

                """),
        MustacheSpecCase(
            "Inverted Sections",
            template: """
                [
                {{^section}}
                  {{data}}
                  |data|
                {{/section}}

                {{= | | =}}
                |^section|
                  {{data}}
                  |data|
                |/section|
                ]

                """,
            data: ["section": false, "data": "I got interpolated."],
            expected: """
                [
                  I got interpolated.
                  |data|

                  {{data}}
                  I got interpolated.
                ]

                """),
        MustacheSpecCase(
            "Partial Inheritence",
            template: """
                [ {{>include}} ]
                {{= | | =}}
                [ |>include| ]

                """,
            data: ["value": "yes"],
            partials: ["include": ".{{value}}."],
            expected: "[ .yes. ]\n[ .yes. ]\n"),
        MustacheSpecCase(
            "Post-Partial Behavior",
            template: "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n",
            data: ["value": "yes"],
            partials: ["include": ".{{value}}. {{= | | =}} .|value|."],
            expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
        MustacheSpecCase(
            "Surrounding Whitespace",
            template: "| {{=@ @=}} |",
            expected: "|  |"),
        MustacheSpecCase(
            "Outlying Whitespace (Inline)",
            template: " | {{=@ @=}}\n",
            expected: " | \n"),
        MustacheSpecCase(
            "Standalone Tag",
            template: """
                Begin.
                {{=@ @=}}
                End.

                """,
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            "Indented Standalone Tag",
            template: """
                Begin.
                  {{=@ @=}}
                End.

                """,
            expected: "Begin.\nEnd.\n"),
        MustacheSpecCase(
            "Standalone Line Endings",
            template: "|\r\n{{= @ @ =}}\r\n|",
            expected: "|\r\n|"),
        MustacheSpecCase(
            "Standalone Without Previous Line",
            template: "  {{=@ @=}}\n=",
            expected: "="),
        MustacheSpecCase(
            "Standalone Without Newline",
            template: "=\n  {{=@ @=}}",
            expected: "=\n"),
        MustacheSpecCase(
            "Pair with Padding",
            template: "|{{= @   @ =}}|",
            expected: "||"),
    ]
}
