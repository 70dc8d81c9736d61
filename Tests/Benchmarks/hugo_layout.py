"""A Hugo site configuration and layout that draw what libro's theme draws on every page: the
site navigation (every section, the current one open, a large one as a window of 40 pages around
the current one with a link to the section's page, as libro's `navegacion_maxima`), breadcrumbs, a table of contents and
previous/next links, with relative `.md` links resolved to the page they name and a JSON search
index of every page (Hugo's usual way to give a static site search)."""

from corpus import write

CONFIG = '''baseURL = "/"
languageCode = "es"
title = "{title}"
relativeURLs = true
disableKinds = ["taxonomy", "term", "RSS"]
[outputs]
home = ["HTML", "JSON"]
[markup.goldmark.renderer]
unsafe = false
[markup.tableOfContents]
startLevel = 2
endLevel = 3
'''

BASEOF = '''<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head><body>
<nav><p><a href="{{ .Site.Home.RelPermalink }}">Inicio</a></p>{{ partial "arbol.html" (dict "nodo" .Site.Home "pagina" .) }}</nav>
<nav aria-label="Ruta">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main>
<nav aria-label="Páginas vecinas">{{/* Hugo's PrevInSection is the page after in weight order. */}}{{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</body></html>
'''

# The navigation tree as libro's theme draws it: every entry of the top level, and each section on
# the way to the page open, to any depth; a list longer than libro's window (navegacion_maxima,
# 40) shows the 40 entries around the one on the way to the page, «…» and a link to the section's
# page where it is cut.
TREE = '''{{- $node := .nodo }}{{ $page := .pagina }}{{ $limit := 40 }}<ul>
{{- $pages := $node.Pages }}{{ $count := len $pages }}{{ $start := 0 }}{{ $shown := $count }}
{{- if gt $count $limit }}{{ $shown = $limit }}
{{- range $i, $p := $pages }}{{ if or (eq $p $page) ($page.IsDescendant $p) }}{{ $start = sub $i (div $limit 2) }}{{ end }}{{ end }}
{{- $start = math.Max 0 (math.Min $start (sub $count $limit)) | int }}{{ end }}
{{- $rest := cond (gt $count $limit) (printf `<li class="resto"><a href="%s#libro_paginas">Ver las %d páginas de «%s»</a></li>` $node.RelPermalink $count ($node.Title | htmlEscape)) "" }}
{{- $cutsAfter := lt (add $start $shown) $count }}
{{- if and (gt $start 0) $cutsAfter }}<li class="corte" aria-hidden="true">…</li>{{ end }}
{{- if and (gt $start 0) (not $cutsAfter) }}{{ $rest | safeHTML }}{{ end }}
{{- range first $shown (after $start $pages) }}<li><a href="{{ .RelPermalink }}"{{ if eq . $page }} aria-current="page"{{ end }}>{{ .Title }}</a>
{{- if and .IsSection (or (eq . $page) ($page.IsDescendant .)) }}{{ partial "arbol.html" (dict "nodo" . "pagina" $page) }}{{ end }}</li>
{{- end }}
{{- if $cutsAfter }}{{ $rest | safeHTML }}{{ end }}</ul>
'''

SINGLE = '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}{{ end }}\n'
LIST = ('{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul id="libro_paginas">{{ range .Pages }}'
        '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')

# A relative `.md` link becomes the link to that page, as libro resolves it; an empty text
# becomes the page's title, as libro writes `[](ref:id)`.
RENDER_LINK = '''{{- $destination := .Destination -}}{{- $text := .Text | safeHTML -}}
{{- $url := urls.Parse .Destination -}}
{{- if and (not $url.IsAbs) (strings.HasSuffix $url.Path ".md") -}}
{{- with site.GetPage (path.Join "/" $.Page.File.Dir $url.Path) -}}
{{- $destination = .RelPermalink -}}{{- with $url.Fragment }}{{ $destination = printf "%s#%s" $destination . }}{{ end -}}
{{- if eq $text "" }}{{ $text = .Title }}{{ end -}}
{{- end -}}
{{- end -}}
<a href="{{ $destination | safeURL }}">{{ $text }}</a>'''

INDEX_JSON = '''{{- $pages := slice -}}
{{- range .Site.RegularPages -}}
{{- $pages = $pages | append (dict "titulo" .Title "url" .RelPermalink "texto" .Plain) -}}
{{- end -}}
{{- $pages | jsonify -}}
'''


def write_site(hugo, title):
    write(hugo / "config.toml", CONFIG.format(title=title))
    layouts = hugo / "layouts"
    write(layouts / "_default" / "baseof.html", BASEOF)
    write(layouts / "partials" / "arbol.html", TREE)
    write(layouts / "_default" / "single.html", SINGLE)
    write(layouts / "_default" / "list.html", LIST)
    write(layouts / "_default" / "_markup" / "render-link.html", RENDER_LINK)
    write(layouts / "index.json", INDEX_JSON)
