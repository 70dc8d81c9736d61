/// The spec's `inverted` cases.
extension MustacheSpecCase {
    static let inverted: [MustacheSpecCase] = [
        MustacheSpecCase(
            "Falsey",
            template: #""{{^boolean}}This should be rendered.{{/boolean}}""#,
            data: ["boolean": false],
            expected: #""This should be rendered.""#),
        MustacheSpecCase(
            "Truthy",
            template: #""{{^boolean}}This should not be rendered.{{/boolean}}""#,
            data: ["boolean": true],
            expected: #""""#),
        MustacheSpecCase(
            "Null is falsey",
            template: #""{{^null}}This should be rendered.{{/null}}""#,
            data: ["null": nil],
            expected: #""This should be rendered.""#),
        MustacheSpecCase(
            "Context",
            template: #""{{^context}}Hi {{name}}.{{/context}}""#,
            data: ["context": ["name": "Joe"]],
            expected: #""""#),
        MustacheSpecCase(
            "List",
            template: #""{{^list}}{{n}}{{/list}}""#,
            data: ["list": [["n": 1], ["n": 2], ["n": 3]]],
            expected: #""""#),
        MustacheSpecCase(
            "Empty List",
            template: #""{{^list}}Yay lists!{{/list}}""#,
            data: ["list": []],
            expected: #""Yay lists!""#),
        MustacheSpecCase(
            "Doubled",
            template: """
                {{^bool}}
                * first
                {{/bool}}
                * {{two}}
                {{^bool}}
                * third
                {{/bool}}

                """,
            data: ["bool": false, "two": "second"],
            expected: """
                * first
                * second
                * third

                """),
        MustacheSpecCase(
            "Nested (Falsey)",
            template: "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |",
            data: ["bool": false],
            expected: "| A B C D E |"),
        MustacheSpecCase(
            "Nested (Truthy)",
            template: "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |",
            data: ["bool": true],
            expected: "| A  E |"),
        MustacheSpecCase(
            "Context Misses",
            template: "[{{^missing}}Cannot find key 'missing'!{{/missing}}]",
            expected: "[Cannot find key 'missing'!]"),
        MustacheSpecCase(
            "Dotted Names - Truthy",
            template: #""{{^a.b.c}}Not Here{{/a.b.c}}" == """#,
            data: ["a": ["b": ["c": true]]],
            expected: #""" == """#),
        MustacheSpecCase(
            "Dotted Names - Falsey",
            template: #""{{^a.b.c}}Not Here{{/a.b.c}}" == "Not Here""#,
            data: ["a": ["b": ["c": false]]],
            expected: #""Not Here" == "Not Here""#),
        MustacheSpecCase(
            "Dotted Names - Broken Chains",
            template: #""{{^a.b.c}}Not Here{{/a.b.c}}" == "Not Here""#,
            data: ["a": [:]],
            expected: #""Not Here" == "Not Here""#),
        MustacheSpecCase(
            "Surrounding Whitespace",
            template: " | {{^boolean}}\t|\t{{/boolean}} | \n",
            data: ["boolean": false],
            expected: " | \t|\t | \n"),
        MustacheSpecCase(
            "Internal Whitespace",
            template: " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
            data: ["boolean": false],
            expected: " |  \n  | \n"),
        MustacheSpecCase(
            "Indented Inline Sections",
            template: " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n",
            data: ["boolean": false],
            expected: " NO\n WAY\n"),
        MustacheSpecCase(
            "Standalone Lines",
            template: """
                | This Is
                {{^boolean}}
                |
                {{/boolean}}
                | A Line

                """,
            data: ["boolean": false],
            expected: """
                | This Is
                |
                | A Line

                """),
        MustacheSpecCase(
            "Standalone Indented Lines",
            template: """
                | This Is
                  {{^boolean}}
                |
                  {{/boolean}}
                | A Line

                """,
            data: ["boolean": false],
            expected: """
                | This Is
                |
                | A Line

                """),
        MustacheSpecCase(
            "Standalone Line Endings",
            template: "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|",
            data: ["boolean": false],
            expected: "|\r\n|"),
        MustacheSpecCase(
            "Standalone Without Previous Line",
            template: "  {{^boolean}}\n^{{/boolean}}\n/",
            data: ["boolean": false],
            expected: "^\n/"),
        MustacheSpecCase(
            "Standalone Without Newline",
            template: "^{{^boolean}}\n/\n  {{/boolean}}",
            data: ["boolean": false],
            expected: "^\n/\n"),
        MustacheSpecCase(
            "Padding",
            template: "|{{^ boolean }}={{/ boolean }}|",
            data: ["boolean": false],
            expected: "|=|"),
    ]
}
