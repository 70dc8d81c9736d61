// Búsqueda del sitio. libro escribe el índice en trozos (recursos/busqueda/, docs/search.md): cada
// trozo es un script que llama a LIBRO_BUSQUEDA.recibir, así que funciona también con el sitio
// abierto desde una carpeta, donde no hay fetch. Una consulta carga sólo lo que necesita: indice.js,
// el trozo de las dos primeras letras de cada palabra y el texto de las secciones que muestra.
// Las palabras se comparan como lo hace libro al generar el índice: sin mayúsculas ni acentos
// (la ñ cuenta como n), sin palabras vacías y con un lematizador ligero para plurales y género.
(function () {
  "use strict";
  var script = document.currentScript;
  var raiz = script.getAttribute("data-raiz") || "";
  var carpeta = script.getAttribute("data-busqueda") || "";
  var textos = {
    sin: script.getAttribute("data-sin-resultados"),
    uno: script.getAttribute("data-un-resultado"),
    varios: script.getAttribute("data-resultados"),
    alMenos: script.getAttribute("data-al-menos"),
    cargando: script.getAttribute("data-cargando"),
    todos: script.getAttribute("data-ver-todos"),
  };
  var entrada = document.getElementById("libro_busqueda");
  var panel = document.getElementById("libro_resultados");
  var estado = document.getElementById("libro_busqueda_estado");
  var pagina = document.getElementById("libro_resultados_pagina");

  // ---- Texto en español: lo mismo que hace libro (Sources/Render/Search/SpanishText.swift), con
  // los mismos ejemplos (Tests/Fixtures/busqueda/vectores.tsv).

  // Sin mayúsculas ni marcas; la sigma final cuenta como sigma («ΟΔΟΣ», «οδος»).
  function plegar(texto) {
    return texto.toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "").replace(/ς/g, "σ");
  }

  // Una palabra es una racha de letras y cifras; letra es «Alphabetic», como en Swift, que
  // también cuenta las letras en círculo (Ⓐ) y los signos de vocal del devanagari (ि).
  function palabras(texto) {
    return plegar(texto).split(/[^\p{Alphabetic}\p{N}]+/u).filter(Boolean);
  }

  // Sólo las palabras en ASCII tienen raíz: «straße» u «œuvres» quedan enteras, como en Swift.
  function raizDe(palabra) {
    var w = palabra;
    if (w.length <= 3 || /[^\x00-\x7f]/.test(w)) return w;
    if (w.endsWith("iones")) w = w.slice(0, -2);
    else if (w.endsWith("ces") && w.length > 4) w = w.slice(0, -3) + "z";
    else if (w.endsWith("es") && w.length > 4 && "lrndjz".indexOf(w[w.length - 3]) >= 0) w = w.slice(0, -2);
    else if (w.endsWith("s") && "aeiou".indexOf(w[w.length - 2]) >= 0) w = w.slice(0, -1);
    if (w.length > 4 && "aoe".indexOf(w[w.length - 1]) >= 0) w = w.slice(0, -1);
    return w;
  }

  // Lo que `objeto` guarda bajo `clave` y no hereda: «constructor» es una palabra española.
  function propio(objeto, clave) {
    return Object.prototype.hasOwnProperty.call(objeto, clave) ? objeto[clave] : undefined;
  }

  // ---- Los trozos del índice: cada uno se pide una vez, con una etiqueta <script>.

  var datos = {};
  var esperando = {};
  window.LIBRO_BUSQUEDA = {
    recibir: function (nombre, dato) { datos[nombre] = dato; },
  };

  // Carga los trozos que faltan de `nombres` y luego llama a `listo`; un trozo que no existe
  // queda como null.
  function pedir(nombres, listo) {
    var faltan = Array.from(new Set(nombres)).filter(function (nombre) { return !(nombre in datos); });
    var cuenta = faltan.length;
    if (!cuenta) return listo();
    function uno() { if (--cuenta === 0) listo(); }
    faltan.forEach(function (nombre) {
      if (esperando[nombre]) return esperando[nombre].push(uno);
      esperando[nombre] = [uno];
      var etiqueta = document.createElement("script");
      etiqueta.src = carpeta + nombre + ".js";
      etiqueta.onload = etiqueta.onerror = function () {
        if (!(nombre in datos)) datos[nombre] = null;
        esperando[nombre].splice(0).forEach(function (funcion) { funcion(); });
        delete esperando[nombre];
      };
      document.head.appendChild(etiqueta);
    });
  }

  var indice = null;
  var formas = [];

  // indice.js: grupos del glosario, palabras vacías, definiciones y qué trozos hay.
  function cargar(listo) {
    if (indice) return listo();
    pedir(["indice"], function () {
      if (!indice) {
        indice = datos.indice;
        indice.vacias = new Set(indice.vacias);
        indice.comienzos = new Set(indice.comienzos);
        indice.finales = new Set(indice.finales);
        formas = Object.keys(indice.grupos).map(function (forma) {
          var raices = forma.split(" ").filter(function (w) { return !indice.vacias.has(w); }).map(raizDe);
          return { raices: raices.join(" "), token: indice.grupos[forma] };
        });
      }
      listo();
    });
  }

  // El nombre de un trozo, como lo escribe libro (Sources/Render/Search/SearchFileName.swift):
  // letras ASCII y cifras tal cual, cualquier otra letra como _<hex>_.
  function clave(letras) {
    return letras.map(function (c) { return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_"; }).join("");
  }
  function trozoDe(termino) {
    var nombre = clave(Array.from(termino).slice(0, 2));
    return indice.comienzos.has(nombre) ? "t-" + nombre : null;
  }
  function finalDe(termino) {
    var nombre = clave(Array.from(termino).slice(-2));
    return indice.finales.has(nombre) ? "s-" + nombre : null;
  }
  // [páginas, lista, "l/…" si la lista está cortada] de un término, o undefined.
  function datosDe(termino) {
    var trozo = datos[trozoDe(termino)];
    return trozo ? propio(trozo, termino) : undefined;
  }
  // El texto de una sección: [página, ancla, encabezado, texto], y [url, título] de su página.
  function seccionDe(numero) {
    var bloque = datos[bloqueDe(numero)];
    if (!bloque) return null;
    var seccion = bloque.secciones[numero % indice.bloque];
    var datosPagina = bloque.paginas.filter(function (p) { return p[0] === seccion[0]; })[0];
    return { pagina: seccion[0], ancla: seccion[1], encabezado: seccion[2], texto: seccion[3], url: datosPagina[1], titulo: datosPagina[2] };
  }
  function bloqueDe(numero) { return "c/" + Math.floor(numero / indice.bloque); }

  // Las palabras de la consulta; las frases del glosario («organizaciones de la sociedad civil»,
  // «OSC») se cambian por su grupo, que también encuentra sus sinónimos. `grupos` (forma → grupo)
  // y `vacias` vienen del índice.
  function terminos(consulta, grupos, vacias) {
    var ws = palabras(consulta);
    var lista = [];
    var i = 0;
    while (i < ws.length) {
      var grupo = null;
      for (var n = Math.min(8, ws.length - i); n >= 1 && !grupo; n--) {
        var token = propio(grupos, ws.slice(i, i + n).join(" "));
        if (token) {
          grupo = { token: token, palabras: ws.slice(i, i + n) };
          i += n;
        }
      }
      if (grupo) {
        lista.push(grupo);
        continue;
      }
      var palabra = ws[i++];
      if (!vacias.has(palabra)) lista.push({ token: raizDe(palabra), palabras: [palabra] });
    }
    return lista;
  }

  // ---- Búsqueda que perdona: la última palabra mientras se escribe vale como comienzo («alia»
  // encuentra «alianza») y una palabra larga con una errata encuentra la buena («aliansa»). Las
  // coincidencias exactas van antes que las de comienzo, y éstas antes que las erratas; las
  // erratas se buscan sólo cuando lo exacto y los comienzos dan pocas páginas.

  var EXACTA = 0, COMIENZO = 1, ERRATA = 2;

  // Los términos de un trozo que empiezan con `prefijo`.
  function conComienzo(prefijo) {
    var trozo = datos[trozoDe(prefijo)];
    if (!trozo) return [];
    return Object.keys(trozo).filter(function (t) { return t[0] !== "~" && t.startsWith(prefijo); }).sort();
  }

  // Distancia de Damerau–Levenshtein (con transposiciones de letras vecinas) si no pasa de
  // `maximo`; si pasa, maximo + 1, y deja de calcular en cuanto una fila entera lo supera.
  function distancia(a, b, maximo) {
    if (Math.abs(a.length - b.length) > maximo) return maximo + 1;
    var antes = null, previa = [], fila;
    for (var j = 0; j <= b.length; j++) previa.push(j);
    for (var i = 1; i <= a.length; i++) {
      fila = [i];
      var menor = i;
      for (j = 1; j <= b.length; j++) {
        var costo = a[i - 1] === b[j - 1] ? 0 : 1;
        var valor = Math.min(previa[j] + 1, fila[j - 1] + 1, previa[j - 1] + costo);
        if (antes && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) valor = Math.min(valor, antes[j - 2] + 1);
        fila.push(valor);
        if (valor < menor) menor = valor;
      }
      if (menor > maximo) return maximo + 1;
      antes = previa;
      previa = fila;
    }
    return previa[b.length];
  }

  // Los términos del índice que cuentan por una palabra de la consulta, cada uno con su nivel,
  // con los trozos que hacen falta ya cargados. `comienzo`: la palabra es la última que se está
  // escribiendo; `pocas`: con menos páginas que éstas, se buscan también erratas.
  function alternativas(termino, comienzo, pocas, listo) {
    var lista = [{ token: termino.token, nivel: EXACTA }];
    var vistos = new Set([termino.token]);
    function agregar(token, nivel) {
      if (vistos.has(token)) return;
      vistos.add(token);
      lista.push({ token: token, nivel: nivel });
    }
    var palabra = termino.palabras[0];
    pedir([trozoDe(termino.token), trozoDe(palabra)].filter(Boolean), function () {
      if (String(termino.token)[0] === "~") return listo(lista);
      if (comienzo && palabra.length >= 3) {
        conComienzo(termino.token).concat(conComienzo(palabra)).forEach(function (t) { agregar(t, COMIENZO); });
      }
      var maximo = palabra.length >= 9 ? 2 : palabra.length >= 5 ? 1 : 0;
      var paginas = lista.reduce(function (suma, a) { return suma + ((datosDe(a.token) || [0])[0]); }, 0);
      if (!maximo || paginas >= pocas) return listo(lista);
      // Con una errata, las dos primeras o las dos últimas letras siguen en su sitio.
      pedir([finalDe(termino.token)].filter(Boolean), function () {
        var candidatos = Object.keys(datos[trozoDe(termino.token)] || {}).concat(datos[finalDe(termino.token)] || []);
        var erratas = candidatos.filter(function (t) {
          return t[0] !== "~" && distancia(termino.token, t, maximo) <= maximo;
        }).sort();
        pedir(erratas.map(trozoDe).filter(Boolean), function () {
          erratas.forEach(function (t) { agregar(t, ERRATA); });
          listo(lista);
        });
      });
    });
  }

  // Las listas [página, n, sección, peso × n, …] de las alternativas: las mejores páginas que trae
  // el trozo o, con `enteras`, la lista entera de las que la tienen aparte.
  function listasDe(alternativas, enteras, listo) {
    var aparte = alternativas.map(function (a) { return (datosDe(a.token) || [])[2]; }).filter(Boolean);
    pedir(enteras ? aparte : [], function () {
      listo(alternativas.map(function (a) {
        var dato = datosDe(a.token) || [0, []];
        return { nivel: a.nivel, paginas: dato[0], cortada: !!dato[2] && !enteras, lista: (enteras && dato[2] && datos[dato[2]]) || dato[1] };
      }));
    });
  }

  // Sección → { nivel, peso, pagina } de una palabra: de sus alternativas, la de mejor nivel y más peso.
  // Cada página y cada sección de una lista viene como diferencia con la anterior (la primera, con 0).
  function pesosDe(listas) {
    var pesos = new Map();
    listas.forEach(function (l) {
      var lista = l.lista, pagina = 0, seccion = 0;
      for (var k = 0; k < lista.length; k += 2 + 2 * lista[k + 1]) {
        pagina += lista[k];
        for (var j = 0; j < lista[k + 1]; j++) {
          seccion += lista[k + 2 + 2 * j];
          var peso = lista[k + 3 + 2 * j];
          var actual = pesos.get(seccion);
          if (!actual || l.nivel < actual.nivel || (l.nivel === actual.nivel && peso > actual.peso)) {
            pesos.set(seccion, { nivel: l.nivel, peso: peso, pagina: pagina });
          }
        }
      }
    });
    return pesos;
  }

  // El grupo del glosario cuya definición va primero: la consulta entera es una de sus formas
  // («MoU») o el comienzo de las formas de un solo grupo («alianza» de «alianza estratégica»;
  // «mapeo» empieza dos términos y no elige ninguno).
  function grupoDeLaConsulta(lista) {
    if (lista.length === 1 && String(lista[0].token)[0] === "~") return lista[0].token;
    if (lista.some(function (t) { return String(t.token)[0] === "~"; })) return null;
    var raices = lista.map(function (t) { return t.token; }).join(" ");
    var elegidos = new Set();
    formas.forEach(function (forma) {
      if (forma.raices === raices || forma.raices.startsWith(raices + " ")) elegidos.add(forma.token);
    });
    return elegidos.size === 1 ? elegidos.values().next().value : null;
  }

  // Secciones que tienen todos los términos (o sus alternativas), ordenadas por nivel y luego por
  // puntaje: título > encabezado > texto. Llama a `listo` con los resultados y su texto cargado.
  // Una consulta de una palabra se responde con las mejores páginas de cada término; varias
  // palabras o `completa` (la página de resultados) cargan las listas enteras que hagan falta.
  function buscar(consulta, limite, listo, completa) {
    cargar(function () {
      var lista = terminos(consulta, indice.grupos, indice.vacias);
      if (!lista.length) return listo({ terminos: lista, resultados: [], total: 0 });
      var escritas = palabras(consulta);
      var ultima = escritas[escritas.length - 1];
      var enteras = completa || lista.length > 1;
      var pendientes = lista.length;
      lista.forEach(function (termino, posicion) {
        var comienzo = posicion === lista.length - 1 && termino.palabras[termino.palabras.length - 1] === ultima;
        alternativas(termino, comienzo, limite, function (encontradas) {
          termino.alternativas = encontradas;
          listasDe(encontradas, enteras, function (listas) {
            termino.listas = listas;
            if (--pendientes === 0) ordenar(lista, limite, listo);
          });
        });
      });
    });
  }

  function ordenar(lista, limite, listo) {
    var total = null;
    lista.forEach(function (termino) {
      var pesos = pesosDe(termino.listas);
      if (total === null) {
        total = pesos;
        return;
      }
      var siguiente = new Map();
      total.forEach(function (valor, seccion) {
        var otro = pesos.get(seccion);
        if (otro) siguiente.set(seccion, { nivel: Math.max(valor.nivel, otro.nivel), peso: valor.peso + otro.peso, pagina: valor.pagina });
      });
      total = siguiente;
    });
    var resultados = mejoresPorPagina(total);
    var cuantos = cuantasPaginas(lista[0].listas, resultados.length);
    var definicion = propio(indice.definiciones, grupoDeLaConsulta(lista));
    pedir(definicion === undefined ? [] : [bloqueDe(definicion)], function () {
      if (definicion !== undefined) {
        var suya = seccionDe(definicion).pagina;
        var otras = resultados.filter(function (r) { return r.pagina !== suya; });
        if (otras.length === resultados.length) cuantos.n += 1;
        resultados = [{ seccion: definicion, pagina: suya, nivel: EXACTA, peso: Infinity }].concat(otras);
      }
      resultados = resultados.slice(0, limite);
      pedir(resultados.map(function (r) { return bloqueDe(r.seccion); }), function () {
        listo({ terminos: lista, resultados: resultados, total: cuantos.n, alMenos: cuantos.alMenos });
      });
    });
  }

  // Cuántas páginas hay. Con listas cortadas sólo se sabe de cada término por separado: con una
  // sola, su cuenta; con varias, al menos la mayor.
  function cuantasPaginas(listas, vistas) {
    var cortadas = listas.filter(function (l) { return l.cortada; });
    if (!cortadas.length) return { n: vistas, alMenos: false };
    var mayor = Math.max.apply(null, cortadas.map(function (l) { return l.paginas; }));
    var conAlgo = listas.filter(function (l) { return l.paginas > 0; }).length;
    return { n: Math.max(mayor, vistas), alMenos: conAlgo > 1 };
  }

  // La mejor sección de cada página, en orden: nivel, puntaje y orden de lectura.
  function mejoresPorPagina(total) {
    var mejor = new Map();
    total.forEach(function (valor, seccion) {
      var actual = mejor.get(valor.pagina);
      if (!actual || valor.nivel < actual.nivel || (valor.nivel === actual.nivel && valor.peso > actual.peso)) {
        mejor.set(valor.pagina, { seccion: seccion, pagina: valor.pagina, nivel: valor.nivel, peso: valor.peso });
      }
    });
    return Array.from(mejor.values()).sort(function (a, b) {
      return a.nivel - b.nivel || b.peso - a.peso || a.seccion - b.seccion;
    });
  }

  // ---- Resultados: página, sección y un fragmento con lo encontrado resaltado. El enlace lleva
  // las raíces buscadas (?resaltar=), para marcarlas en la sección al llegar.

  function escapar(texto) {
    return texto.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function buscadas(lista) {
    var raices = new Set();
    lista.forEach(function (termino) {
      termino.palabras.forEach(function (w) { raices.add(raizDe(w)); });
      (termino.alternativas || []).forEach(function (a) { raices.add(String(a.token)); });
      Object.keys(indice.grupos).forEach(function (forma) {
        if (indice.grupos[forma] !== termino.token) return;
        forma.split(" ").forEach(function (w) { if (!indice.vacias.has(w)) raices.add(raizDe(w)); });
      });
    });
    raices.forEach(function (r) { if (r[0] === "~") raices.delete(r); });
    return raices;
  }

  function fragmento(texto, raices) {
    var patron = /[\p{Alphabetic}\p{N}]+/gu;
    var marcas = [];
    var coincidencia;
    while ((coincidencia = patron.exec(texto))) {
      if (raices.has(raizDe(plegar(coincidencia[0])))) {
        marcas.push([coincidencia.index, coincidencia.index + coincidencia[0].length]);
      }
    }
    var inicio = marcas.length ? Math.max(0, marcas[0][0] - 70) : 0;
    if (inicio > 0) inicio = texto.indexOf(" ", inicio) + 1;
    var fin = Math.min(texto.length, inicio + 220);
    if (fin < texto.length && texto.lastIndexOf(" ", fin) > inicio) fin = texto.lastIndexOf(" ", fin);
    var html = inicio > 0 ? "… " : "";
    var cursor = inicio;
    marcas.forEach(function (marca) {
      if (marca[0] < cursor || marca[1] > fin) return;
      html += escapar(texto.slice(cursor, marca[0])) + "<mark>" + escapar(texto.slice(marca[0], marca[1])) + "</mark>";
      cursor = marca[1];
    });
    html += escapar(texto.slice(cursor, fin)) + (fin < texto.length ? " …" : "");
    return html;
  }

  function pintar(destino, consulta, limite, conEnlaceATodos, listo) {
    buscar(consulta, limite, function (busqueda) {
      var raices = buscadas(busqueda.terminos);
      var resaltar = "?resaltar=" + encodeURIComponent(Array.from(raices).join(" "));
      var html = "";
      busqueda.resultados.forEach(function (resultado) {
        var seccion = seccionDe(resultado.seccion);
        var enlace = raiz + seccion.url + resaltar + (seccion.ancla ? "#" + seccion.ancla : "");
        html += '<li><a href="' + escapar(enlace) + '"><span class="resultado-titulo">' + escapar(seccion.titulo) + "</span>";
        if (seccion.encabezado) html += '<span class="resultado-seccion">' + escapar(seccion.encabezado) + "</span>";
        html += '<span class="resultado-fragmento">' + fragmento(seccion.texto || seccion.encabezado || seccion.titulo, raices) + "</span></a></li>";
      });
      var cuantos = busqueda.total || 0;
      var mensaje = cuantos === 0 ? textos.sin + " «" + consulta + "»"
        : busqueda.alMenos ? textos.alMenos.replace("{n}", cuantos)
        : cuantos === 1 ? textos.uno : textos.varios.replace("{n}", cuantos);
      var pie = conEnlaceATodos && cuantos > limite
        ? '<p class="resultados-todos"><a href="' + escapar(raiz + "buscar.html?q=" + encodeURIComponent(consulta)) + '">' +
          escapar(textos.todos) + "</a></p>"
        : "";
      destino.innerHTML = '<p class="resultados-cuenta">' + escapar(mensaje) + "</p>" +
        (html ? '<ol class="resultados-lista">' + html + "</ol>" : "") + pie;
      if (listo) listo(mensaje);
      else anunciar(mensaje);
    }, !conEnlaceATodos);
  }

  // Mientras llegan los trozos (en una red lenta se nota), el aviso se ve bajo la caja.
  function mostrarCarga(destino) {
    destino.innerHTML = '<p class="resultados-cuenta resultados-cargando">' + escapar(textos.cargando) + "</p>";
    destino.hidden = false;
  }

  function anunciar(mensaje) {
    if (estado) estado.textContent = mensaje;
  }

  // ---- Al llegar desde un resultado (pagina.html?resaltar=raíces#ancla): las palabras buscadas
  // se marcan en esa sección, y la primera se muestra.

  function resaltarAlLlegar() {
    var pedidas = new URLSearchParams(window.location.search).get("resaltar");
    var contenido = document.getElementById("libro_contenido");
    if (!pedidas || !contenido) return;
    var raices = new Set(pedidas.split(" ").filter(Boolean));
    var ancla = decodeURIComponent(window.location.hash.slice(1));
    var recorrido = document.createTreeWalker(contenido, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    var actual = "";
    var textosDeLaSeccion = [];
    for (var nodo = recorrido.nextNode(); nodo; nodo = recorrido.nextNode()) {
      if (nodo.nodeType === 1 && /^H[23]$/.test(nodo.tagName) && nodo.id) actual = nodo.id;
      else if (nodo.nodeType === 3 && actual === ancla && !nodo.parentNode.closest("script, style, mark")) textosDeLaSeccion.push(nodo);
    }
    var primera = null;
    textosDeLaSeccion.forEach(function (texto) {
      var partes = texto.nodeValue.split(/([\p{Alphabetic}\p{N}]+)/u);
      if (!partes.some(function (p, i) { return i % 2 === 1 && raices.has(raizDe(plegar(p))); })) return;
      var trozo = document.createDocumentFragment();
      partes.forEach(function (parte, i) {
        if (i % 2 === 1 && raices.has(raizDe(plegar(parte)))) {
          var marca = document.createElement("mark");
          marca.textContent = parte;
          trozo.appendChild(marca);
          primera = primera || marca;
        } else if (parte) {
          trozo.appendChild(document.createTextNode(parte));
        }
      });
      texto.parentNode.replaceChild(trozo, texto);
    });
    if (primera) primera.scrollIntoView({ block: "center" });
  }
  resaltarAlLlegar();

  // Para las pruebas (Tests/Browser/reader_check.py): las mismas reglas que libro usa al generar
  // el índice, con los grupos del índice o con otros. `buscar` llama a `listo` con los resultados,
  // cada uno con la url de su página.
  window.LIBRO_BUSCAR = {
    cargar: cargar,
    palabras: palabras,
    terminos: function (consulta, grupos) { return terminos(consulta, grupos || indice.grupos, indice.vacias); },
    buscar: function (consulta, limite, listo, completa) {
      buscar(consulta, limite, function (busqueda) {
        busqueda.resultados.forEach(function (r) { r.url = seccionDe(r.seccion).url; });
        listo(busqueda);
      }, completa);
    },
    distancia: distancia,
  };

  if (!entrada || !panel) return;

  // ---- Interacción: escribir busca; flechas para moverse entre resultados; Escape cierra.

  var espera = null;
  entrada.addEventListener("input", function () {
    clearTimeout(espera);
    var consulta = entrada.value.trim();
    if (!consulta) {
      panel.hidden = true;
      return;
    }
    espera = setTimeout(function () {
      var listo = false;
      pintarSiSigue(consulta, function () { listo = true; });
      if (!listo) mostrarCarga(panel);
    }, 120);
  });
  entrada.addEventListener("focus", function () { cargar(function () {}); });

  // Pinta los resultados de `consulta` si sigue siendo lo escrito cuando llegan sus trozos.
  function pintarSiSigue(consulta, listo) {
    var copia = document.createElement("div");
    pintar(copia, consulta, 8, true, function (mensaje) {
      listo();
      if (entrada.value.trim() !== consulta) return;
      panel.innerHTML = copia.innerHTML;
      panel.hidden = false;
      anunciar(mensaje);
    });
  }

  function enlaces() {
    return Array.prototype.slice.call(panel.querySelectorAll("a"));
  }

  entrada.addEventListener("keydown", function (evento) {
    if (evento.key === "ArrowDown" && !panel.hidden && enlaces().length) {
      evento.preventDefault();
      enlaces()[0].focus();
    } else if (evento.key === "Escape") {
      panel.hidden = true;
    }
  });
  panel.addEventListener("keydown", function (evento) {
    var lista = enlaces();
    var posicion = lista.indexOf(document.activeElement);
    if (evento.key === "ArrowDown" && posicion < lista.length - 1) {
      evento.preventDefault();
      lista[posicion + 1].focus();
    } else if (evento.key === "ArrowUp") {
      evento.preventDefault();
      (posicion > 0 ? lista[posicion - 1] : entrada).focus();
    } else if (evento.key === "Escape") {
      panel.hidden = true;
      entrada.focus();
    }
  });
  document.addEventListener("click", function (evento) {
    if (!panel.contains(evento.target) && evento.target !== entrada) panel.hidden = true;
  });

  // La página de resultados (buscar.html?q=…) muestra todos.
  if (pagina) {
    var consulta = new URLSearchParams(window.location.search).get("q") || "";
    if (consulta.trim()) {
      entrada.value = consulta;
      mostrarCarga(pagina);
      pintar(pagina, consulta.trim(), 50, false);
    }
  }
})();
