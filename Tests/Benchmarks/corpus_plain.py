"""The plain corpus: N pages of Spanish prose (about 5 KB each) in 10 sections, linked to one
another with relative `.md` links, one GFM table per page and no libro-specific block; written
as a libro package, as a Hugo site whose layout draws the features libro's theme draws (site
navigation, breadcrumbs, table of contents, previous/next, a JSON search index) and as bare
Markdown. Deterministic: page k's text comes from random.Random(k).

Usage: corpus_plain.py N FOLDER   (writes FOLDER/libro/content, FOLDER/hugo and FOLDER/markdown)
"""

import pathlib
import random
import sys

import hugo_layout
from corpus import WORDS, paragraph, sentence, title, write

SECTIONS = 10


def section_of(number, count):
    return number * SECTIONS // count + 1


def page_path(number, count):
    return f"seccion-{section_of(number, count):02d}/pagina-{number:05d}.md"


def relative(source, target):
    """A link from one page's file to another's, as a facilitator writes it."""
    source_folder, target_folder = source.split("/")[0], target.split("/")[0]
    return target.split("/")[1] if source_folder == target_folder else "../" + target


def table(rng):
    rows = "".join(f"\n| {rng.choice(WORDS)} {i} | {rng.choice(WORDS)} | {rng.choice(['alta', 'media', 'baja'])} | "
                   f"{rng.randint(1, 99)} |" for i in range(6))
    return "| Actor | Papel | Prioridad | Meses |\n| --- | --- | --- | --- |" + rows


def body(rng, number, count):
    own = page_path(number, count)
    parts = [paragraph(rng)]
    for heading in range(1, 5):
        parts.append(f"## Tema {heading}")
        parts.append(paragraph(rng))
        target, other = rng.randrange(count), rng.randrange(count)
        parts.append(f"Ver [la página {target}]({relative(own, page_path(target, count))}) y "
                     f"[su segundo tema]({relative(own, page_path(other, count))}#tema-2); {paragraph(rng)}")
        parts.append("\n".join(f"- {sentence(rng)}" for _ in range(3)))
    parts.insert(5, table(rng))
    return "\n\n".join(parts) + "\n"


def write_sections(libro, hugo, count):
    write(libro / "index.md", "---\ntitulo: Corpus sencillo\n---\nUn corpus generado para medir.\n")
    write(libro / "libro.yml", "titulo: Corpus sencillo\n")
    write(hugo / "content" / "_index.md", "---\ntitle: Corpus sencillo\n---\nUn corpus generado para medir.\n")
    for section in sorted({section_of(number, count) for number in range(count)}):
        text = f"Sección {section}.\n"
        write(libro / f"seccion-{section:02d}" / "_index.md", f"---\ntitulo: Sección {section}\norden: {section}\n---\n{text}")
        write(hugo / "content" / f"seccion-{section:02d}" / "_index.md",
              f"---\ntitle: Sección {section}\nweight: {section}\n---\n{text}")


def main():
    count, folder = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    libro, hugo, markdown = folder / "libro" / "content", folder / "hugo", folder / "markdown"
    write_sections(libro, hugo, count)
    for number in range(count):
        rng = random.Random(number)
        heading = title(rng, number)
        text = body(rng, number, count)
        path = page_path(number, count)
        write(libro / path, f"---\ntitulo: {heading}\norden: {number + 1}\n---\n{text}")
        write(hugo / "content" / path, f"---\ntitle: \"{heading}\"\nweight: {number + 1}\n---\n{text}")
        write(markdown / f"pagina-{number:05d}.md", text)
    hugo_layout.write_site(hugo, "Corpus sencillo")
    print(f"corpus sencillo: {count} páginas en {folder}")


if __name__ == "__main__":
    main()
