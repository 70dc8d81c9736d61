"""A deterministic corpus for the benchmark: N pages of Spanish prose (about 5 KB each) with
accents, headings, lists, a GFM table, links to other pages and to their headings, spread over
parts and sections; written twice, as a libro package and as a Hugo site with the layout of
hugo_layout.py (what libro's theme draws on every page), so both tools build the same text.

Usage: corpus.py N FOLDER   (writes FOLDER/libro/content, FOLDER/hugo and FOLDER/markdown)
"""

import pathlib
import random
import sys

PAGES_PER_SECTION = 50
SECTIONS_PER_PART = 20

WORDS = (
    "alianza estratégica organización sociedad civil colaboración red trabajo comunidad gobierno "
    "empresa universidad recursos relación reglas resultados actores sistema local pensamiento "
    "sistémico ruta crítica diligencia implementación evaluación sustentabilidad misión visión "
    "participación jóvenes niñas niños mujeres derechos humanos justicia prevención violencia "
    "información difusión comunicación presentación memorándum entendimiento acción estrategia "
    "línea objetivo indicador plazo logro excepcional confianza credibilidad intimidad influencia "
    "incidencia municipio estado región frontera ciudad colonia barrio escuela salud educación "
    "compañía año señal diseño pequeño enseñanza mañana también además después según través "
    "cómo qué cuándo dónde quién cuál"
).split()
JOINERS = "de la el en y con para por que los las del una un sus entre sobre hacia desde".split()


def sentence(rng):
    words = [rng.choice(WORDS if rng.random() < 0.6 else JOINERS) for _ in range(rng.randint(8, 18))]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))


def title(rng, number):
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4)))
    return f"{words[0].upper()}{words[1:]} {number}"


class Page:
    def __init__(self, number, part, section):
        self.number = number
        self.part = part
        self.section = section

    @property
    def id(self):
        return f"pagina-{self.number:05d}"

    @property
    def folder(self):
        return f"parte-{self.part:02d}/seccion-{self.section:02d}"


def layout(count):
    pages = []
    for number in range(count):
        section_number = number // PAGES_PER_SECTION
        pages.append(Page(number, section_number // SECTIONS_PER_PART + 1, section_number % SECTIONS_PER_PART + 1))
    return pages


def body(rng, page, pages, link):
    """The page's Markdown; `link(target, anchor, text)` writes a link in the tool's syntax."""
    parts = [paragraph(rng)]
    for heading in range(1, 4):
        parts.append(f"## Sección {heading}")
        parts.append(f"*{title(rng, page.number)}*")
        parts.append(paragraph(rng))
        target = pages[rng.randrange(len(pages))]
        other = pages[rng.randrange(len(pages))]
        parts.append(
            f"Ver {link(target, None, 'la página ' + str(target.number))} y "
            f"{link(other, 'seccion-2', 'su segunda sección')}; también {paragraph(rng)}")
        parts.append(f"### Detalle {heading}")
        parts.append("\n".join(f"- {sentence(rng)}" for _ in range(4)))
    parts.append("| Actor | Rol | Relación | Resultado |\n| --- | --- | --- | --- |")
    parts[-1] += "".join(
        f"\n| {rng.choice(WORDS)} {i} | {rng.choice(WORDS)} | {rng.choice(['fuerte', 'débil', 'colaborativa'])} | "
        f"{rng.choice(['positivo', 'negativo'])} |" for i in range(5))
    parts.append(paragraph(rng))
    return "\n\n".join(parts) + "\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    count = int(sys.argv[1])
    folder = pathlib.Path(sys.argv[2])
    pages = layout(count)
    libro = folder / "libro" / "content"
    hugo = folder / "hugo"
    markdown = folder / "markdown"

    def libro_link(target, anchor, text):
        return f"[{text}](ref:{target.id}" + (f"#{anchor}" if anchor else "") + ")"

    def hugo_link(target, anchor, text):
        return f"[{text}](/{target.folder}/{target.id}/" + (f"#{anchor}" if anchor else "") + ")"

    write(libro / "index.md", "---\ntitulo: Corpus de prueba\n---\nUn corpus generado para medir.\n")
    write(libro / "libro.yml", "titulo: Corpus\n")
    write(hugo / "content" / "_index.md", "---\ntitle: Corpus de prueba\n---\nUn corpus generado para medir.\n")
    for part in sorted({page.part for page in pages}):
        write(libro / f"parte-{part:02d}" / "_index.md", f"---\ntitulo: Parte {part}\norden: {part}\n---\nParte {part}.\n")
        write(hugo / "content" / f"parte-{part:02d}" / "_index.md", f"---\ntitle: Parte {part}\nweight: {part}\n---\nParte {part}.\n")
    for part, section in sorted({(page.part, page.section) for page in pages}):
        folder_name = f"parte-{part:02d}/seccion-{section:02d}"
        write(libro / folder_name / "_index.md", f"---\ntitulo: Sección {section}\norden: {section}\n---\nSección {section}.\n")
        write(hugo / "content" / folder_name / "_index.md", f"---\ntitle: Sección {section}\nweight: {section}\n---\nSección {section}.\n")
    for page in pages:
        rng = random.Random(page.number)
        heading = title(rng, page.number)
        state = rng.getstate()
        write(libro / page.folder / f"{page.id}.md",
              f"---\ntitulo: {heading}\nid: {page.id}\norden: {page.number}\n---\n" + body(rng, page, pages, libro_link))
        rng.setstate(state)
        hugo_body = body(rng, page, pages, hugo_link)
        write(hugo / "content" / page.folder / f"{page.id}.md",
              f"---\ntitle: \"{heading}\"\nweight: {page.number}\n---\n" + hugo_body)
        rng.setstate(state)
        write(markdown / f"{page.id}.md", body(rng, page, pages, libro_link))

    import hugo_layout  # it imports write() from here

    hugo_layout.write_site(hugo, "Corpus")
    print(f"corpus: {count} páginas en {folder}")


if __name__ == "__main__":
    main()
