"""The libro-shaped corpus as Hugo and bare Markdown read it: every Markdown page of the package
(not its templates, scaffold or organization data, which only libro turns into pages), with
`titulo`/`orden` renamed `title`/`weight`, each `ref:id` link turned into a relative `.md` link
to the page with that id (or plain text when the id is a page libro makes from data), and the
data blocks left as the code blocks they are to any other Markdown tool."""

import os
import re

from corpus import write

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
REFERENCE = re.compile(r"\[([^\]]*)\]\(ref:([^)#\s]+)(#[^)\s]*)?\)")
SKIPPED = ("plantillas/", "andamio/", "organizaciones/")


def sources(libro):
    for path in sorted(libro.rglob("*.md")):
        relative = path.relative_to(libro).as_posix()
        if not relative.startswith(SKIPPED):
            yield relative, path.read_text(encoding="utf-8")


def identity(relative, header):
    found = re.search(r"(?m)^id: *(\S+)", header)
    return found.group(1) if found else None


def front_matter(header):
    lines = [re.sub(r"^titulo:", "title:", line) for line in header.splitlines() if line.startswith(("titulo:", "orden:"))]
    return "---\n" + "\n".join(re.sub(r"^orden:", "weight:", line) for line in lines) + "\n---\n"


def links(text, source, paths):
    def replace(match):
        label, target, fragment = match.group(1), match.group(2), match.group(3) or ""
        if target not in paths:
            return label or target
        link = os.path.relpath("/" + paths[target], "/" + os.path.dirname(source))
        return f"[{label}]({link}{fragment})"
    return REFERENCE.sub(replace, text)


def write_all(libro, hugo, markdown):
    pages = list(sources(libro))
    paths = {}
    for relative, text in pages:
        header = FRONT_MATTER.match(text)
        if header and identity(relative, header.group(1)):
            paths[identity(relative, header.group(1))] = relative
    for relative, text in pages:
        header = FRONT_MATTER.match(text)
        head, body = (header.group(1), text[header.end():]) if header else ("", text)
        body = links(body, relative, paths)
        target = "_index.md" if relative == "index.md" else relative
        write(hugo / "content" / target, front_matter(head) + body)
        write(markdown / relative.replace("/", "--"), body)
