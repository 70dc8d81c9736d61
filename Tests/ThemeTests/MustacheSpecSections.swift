/// The spec's `sections` cases.
extension MustacheSpecCase {
    static let sections: [MustacheSpecCase] = [
        MustacheSpecCase(
            "Truthy",
            template: #""{{#boolean}}This should be rendered.{{/boolean}}""#,
            data: ["boolean": true],
            expected: #""This should be rendered.""#),
        MustacheSpecCase(
            "Falsey",
            template: #""{{#boolean}}This should not be rendered.{{/boolean}}""#,
            data: ["boolean": false],
            expected: #""""#),
        MustacheSpecCase(
            "Null is falsey",
            template: #""{{#null}}This should not be rendered.{{/null}}""#,
            data: ["null": nil],
            expected: #""""#),
        MustacheSpecCase(
            "Context",
            template: #""{{#context}}Hi {{name}}.{{/context}}""#,
            data: ["context": ["name": "Joe"]],
            expected: #""Hi Joe.""#),
        MustacheSpecCase(
            "Parent contexts",
            template: #""{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}""#,
            data: ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]],
            expected: #""foo, bar, baz""#),
        MustacheSpecCase(
            "Variable test",
            template: #""{{#foo}}{{.}} is {{foo}}{{/foo}}""#,
            data: ["foo": "bar"],
            expected: #""bar is bar""#),
        MustacheSpecCase(
            "List Contexts",
            template:
                "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}",
            data: [
                "tops": [
                    [
                        "tname": ["upper": "A", "lower": "a"],
                        "middles": [["mname": "1", "bottoms": [["bname": "x"], ["bname": "y"]]]],
                    ]
                ]
            ],
            expected: "a1.A1x.A1y."),
        MustacheSpecCase(
            "Deeply Nested Contexts",
            template: """
                {{#a}}
                {{one}}
                {{#b}}
                {{one}}{{two}}{{one}}
                {{#c}}
                {{one}}{{two}}{{three}}{{two}}{{one}}
                {{#d}}
                {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
                {{#five}}
                {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
                {{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}
                {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
                {{/five}}
                {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
                {{/d}}
                {{one}}{{two}}{{three}}{{two}}{{one}}
                {{/c}}
                {{one}}{{two}}{{one}}
                {{/b}}
                {{one}}
                {{/a}}

                """,
            data: ["a": ["one": 1], "b": ["two": 2], "c": ["three": 3, "d": ["four": 4, "five": 5]]],
            expected: """
                1
                121
                12321
                1234321
                123454321
                12345654321
                123454321
                1234321
                12321
                121
                1

                """),
        MustacheSpecCase(
            "List",
            template: #""{{#list}}{{item}}{{/list}}""#,
            data: ["list": [["item": 1], ["item": 2], ["item": 3]]],
            expected: #""123""#),
        MustacheSpecCase(
            "Empty List",
            template: #""{{#list}}Yay lists!{{/list}}""#,
            data: ["list": []],
            expected: #""""#),
        MustacheSpecCase(
            "Doubled",
            template: """
                {{#bool}}
                * first
                {{/bool}}
                * {{two}}
                {{#bool}}
                * third
                {{/bool}}

                """,
            data: ["bool": true, "two": "second"],
            expected: """
                * first
                * second
                * third

                """),
        MustacheSpecCase(
            "Nested (Truthy)",
            template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |",
            data: ["bool": true],
            expected: "| A B C D E |"),
        MustacheSpecCase(
            "Nested (Falsey)",
            template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |",
            data: ["bool": false],
            expected: "| A  E |"),
        MustacheSpecCase(
            "Context Misses",
            template: "[{{#missing}}Found key 'missing'!{{/missing}}]",
            expected: "[]"),
        MustacheSpecCase(
            "Implicit Iterator - String",
            template: #""{{#list}}({{.}}){{/list}}""#,
            data: ["list": ["a", "b", "c", "d", "e"]],
            expected: #""(a)(b)(c)(d)(e)""#),
        MustacheSpecCase(
            "Implicit Iterator - Integer",
            template: #""{{#list}}({{.}}){{/list}}""#,
            data: ["list": [1, 2, 3, 4, 5]],
            expected: #""(1)(2)(3)(4)(5)""#),
        MustacheSpecCase(
            "Implicit Iterator - Decimal",
            template: #""{{#list}}({{.}}){{/list}}""#,
            data: ["list": [1.1, 2.2, 3.3, 4.4, 5.5]],
            expected: #""(1.1)(2.2)(3.3)(4.4)(5.5)""#),
        MustacheSpecCase(
            "Implicit Iterator - Array",
            template: #""{{#list}}({{#.}}{{.}}{{/.}}){{/list}}""#,
            data: ["list": [[1, 2, 3], ["a", "b", "c"]]],
            expected: #""(123)(abc)""#),
        MustacheSpecCase(
            "Implicit Iterator - HTML Escaping",
            template: #""{{#list}}({{.}}){{/list}}""#,
            data: ["list": ["&", #"""#, "<", ">"]],
            expected: #""(&amp;)(&quot;)(&lt;)(&gt;)""#),
        MustacheSpecCase(
            "Implicit Iterator - Triple mustache",
            template: #""{{#list}}({{{.}}}){{/list}}""#,
            data: ["list": ["&", #"""#, "<", ">"]],
            expected: #""(&)(")(<)(>)""#),
        MustacheSpecCase(
            "Implicit Iterator - Ampersand",
            template: #""{{#list}}({{&.}}){{/list}}""#,
            data: ["list": ["&", #"""#, "<", ">"]],
            expected: #""(&)(")(<)(>)""#),
        MustacheSpecCase(
            "Implicit Iterator - Root-level",
            template: #""{{#.}}({{value}}){{/.}}""#,
            data: [["value": "a"], ["value": "b"]],
            expected: #""(a)(b)""#),
        MustacheSpecCase(
            "Dotted Names - Truthy",
            template: #""{{#a.b.c}}Here{{/a.b.c}}" == "Here""#,
            data: ["a": ["b": ["c": true]]],
            expected: #""Here" == "Here""#),
        MustacheSpecCase(
            "Dotted Names - Falsey",
            template: #""{{#a.b.c}}Here{{/a.b.c}}" == """#,
            data: ["a": ["b": ["c": false]]],
            expected: #""" == """#),
        MustacheSpecCase(
            "Dotted Names - Broken Chains",
            template: #""{{#a.b.c}}Here{{/a.b.c}}" == """#,
            data: ["a": [:]],
            expected: #""" == """#),
        MustacheSpecCase(
            "Surrounding Whitespace",
            template: " | {{#boolean}}\t|\t{{/boolean}} | \n",
            data: ["boolean": true],
            expected: " | \t|\t | \n"),
        MustacheSpecCase(
            "Internal Whitespace",
            template: " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
            data: ["boolean": true],
            expected: " |  \n  | \n"),
        MustacheSpecCase(
            "Indented Inline Sections",
            template: " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n",
            data: ["boolean": true],
            expected: " YES\n GOOD\n"),
        MustacheSpecCase(
            "Standalone Lines",
            template: """
                | This Is
                {{#boolean}}
                |
                {{/boolean}}
                | A Line

                """,
            data: ["boolean": true],
            expected: """
                | This Is
                |
                | A Line

                """),
        MustacheSpecCase(
            "Indented Standalone Lines",
            template: """
                | This Is
                  {{#boolean}}
                |
                  {{/boolean}}
                | A Line

                """,
            data: ["boolean": true],
            expected: """
                | This Is
                |
                | A Line

                """),
        MustacheSpecCase(
            "Standalone Line Endings",
            template: "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|",
            data: ["boolean": true],
            expected: "|\r\n|"),
        MustacheSpecCase(
            "Standalone Without Previous Line",
            template: "  {{#boolean}}\n#{{/boolean}}\n/",
            data: ["boolean": true],
            expected: "#\n/"),
        MustacheSpecCase(
            "Standalone Without Newline",
            template: "#{{#boolean}}\n/\n  {{/boolean}}",
            data: ["boolean": true],
            expected: "#\n/\n"),
        MustacheSpecCase(
            "Padding",
            template: "|{{# boolean }}={{/ boolean }}|",
            data: ["boolean": true],
            expected: "|=|"),
    ]
}
