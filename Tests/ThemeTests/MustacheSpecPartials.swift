/// The spec's `partials` cases.
extension MustacheSpecCase {
    static let partials: [MustacheSpecCase] = [
        MustacheSpecCase(
            "Basic Behavior",
            template: #""{{>text}}""#,
            partials: ["text": "from partial"],
            expected: #""from partial""#),
        MustacheSpecCase(
            "Failed Lookup",
            template: #""{{>text}}""#,
            expected: #""""#),
        MustacheSpecCase(
            "Context",
            template: #""{{>partial}}""#,
            data: ["text": "content"],
            partials: ["partial": "*{{text}}*"],
            expected: #""*content*""#),
        MustacheSpecCase(
            "Recursion",
            template: "{{>node}}",
            data: ["content": "X", "nodes": [["content": "Y", "nodes": []]]],
            partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"],
            expected: "X<Y<>>"),
        MustacheSpecCase(
            "Nested",
            template: "{{>outer}}",
            data: ["a": "hello", "b": "world"],
            partials: ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"],
            expected: "*hello world!*"),
        MustacheSpecCase(
            "Surrounding Whitespace",
            template: "| {{>partial}} |",
            partials: ["partial": "\t|\t"],
            expected: "| \t|\t |"),
        MustacheSpecCase(
            "Inline Indentation",
            template: "  {{data}}  {{> partial}}\n",
            data: ["data": "|"],
            partials: ["partial": ">\n>"],
            expected: "  |  >\n>\n"),
        MustacheSpecCase(
            "Standalone Line Endings",
            template: "|\r\n{{>partial}}\r\n|",
            partials: ["partial": ">"],
            expected: "|\r\n>|"),
        MustacheSpecCase(
            "Standalone Without Previous Line",
            template: "  {{>partial}}\n>",
            partials: ["partial": ">\n>"],
            expected: "  >\n  >>"),
        MustacheSpecCase(
            "Standalone Without Newline",
            template: ">\n  {{>partial}}",
            partials: ["partial": ">\n>"],
            expected: ">\n  >\n  >"),
        MustacheSpecCase(
            "Standalone Indentation",
            template: #"""
                \
                 {{>partial}}
                /

                """#,
            data: ["content": "<\n->"],
            partials: [
                "partial": """
                |
                {{{content}}}
                |

                """
            ],
            expected: #"""
                \
                 |
                 <
                ->
                 |
                /

                """#),
        MustacheSpecCase(
            "Padding Whitespace",
            template: "|{{> partial }}|",
            data: ["boolean": true],
            partials: ["partial": "[]"],
            expected: "|[]|"),
    ]
}
