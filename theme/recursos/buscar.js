// Búsqueda del sitio. El índice lo genera libro al compilar y llega como un script
// (recursos/indice-busqueda.js), así que funciona también con el sitio abierto desde una carpeta.
// Las palabras se comparan como lo hace libro al generar el índice: sin mayúsculas ni acentos
// (la ñ cuenta como n), sin palabras vacías y con un lematizador ligero para plurales y género.
(function () {
  "use strict";
  var script = document.currentScript;
  var raiz = script.getAttribute("data-raiz") || "";
  var textos = {
    sin: script.getAttribute("data-sin-resultados"),
    uno: script.getAttribute("data-un-resultado"),
    varios: script.getAttribute("data-resultados"),
    cargando: script.getAttribute("data-cargando"),
    todos: script.getAttribute("data-ver-todos"),
  };
  var entrada = document.getElementById("libro_busqueda");
  var panel = document.getElementById("libro_resultados");
  var estado = document.getElementById("libro_busqueda_estado");
  var pagina = document.getElementById("libro_resultados_pagina");
  if (!entrada || !panel) return;

  var indice = null;
  var seccionesDe = [];
  var pendientes = [];

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

  // ---- El índice: se carga la primera vez que alguien busca.

  function cargar(listo) {
    if (indice) return listo();
    pendientes.push(listo);
    if (pendientes.length > 1) return;
    anunciar(textos.cargando);
    var etiqueta = document.createElement("script");
    etiqueta.src = script.getAttribute("data-indice");
    etiqueta.onload = function () {
      indice = window.LIBRO_INDICE;
      indice.vacias = new Set(indice.vacias);
      indice.secciones.forEach(function (seccion, numero) {
        (seccionesDe[seccion[0]] = seccionesDe[seccion[0]] || []).push(numero);
      });
      preparar();
      pendientes.splice(0).forEach(function (funcion) { funcion(); });
    };
    document.head.appendChild(etiqueta);
  }

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
  // coincidencias exactas van antes que las de comienzo, y éstas antes que las erratas.

  var EXACTA = 0, COMIENZO = 1, ERRATA = 2;
  var ordenados = [];
  var definiciones = {};
  var formas = [];

  // Al cargar: los términos ordenados (para buscar comienzos) y dónde define el glosario cada grupo.
  function preparar() {
    var vistos = new Set(Object.keys(indice.terminos).concat(Object.keys(indice.titulos)));
    ordenados = Array.from(vistos).filter(function (t) { return t[0] !== "~"; }).sort();
    formas = Object.keys(indice.grupos).map(function (forma) {
      var raices = forma.split(" ").filter(function (w) { return !indice.vacias.has(w); }).map(raizDe);
      return { raices: raices.join(" "), token: indice.grupos[forma] };
    });
    definiciones = definicionesDelGlosario();
  }

  // La definición de un término es la sección cuyo encabezado es una de sus formas, en la página
  // con más encabezados así: el glosario, aunque otra página titule una sección igual.
  function definicionesDelGlosario() {
    var porPagina = new Map();
    indice.secciones.forEach(function (seccion, numero) {
      var token = propio(indice.grupos, palabras(seccion[2] || "").join(" "));
      if (!token) return;
      if (!porPagina.has(seccion[0])) porPagina.set(seccion[0], {});
      var definidas = porPagina.get(seccion[0]);
      if (definidas[token] === undefined) definidas[token] = numero;
    });
    var mejor = {};
    porPagina.forEach(function (definidas) {
      if (Object.keys(definidas).length > Object.keys(mejor).length) mejor = definidas;
    });
    return mejor;
  }

  // Los términos del índice que empiezan con `prefijo`, por búsqueda binaria en la lista ordenada.
  function conComienzo(prefijo) {
    var bajo = 0, alto = ordenados.length;
    while (bajo < alto) {
      var medio = (bajo + alto) >> 1;
      if (ordenados[medio] < prefijo) bajo = medio + 1; else alto = medio;
    }
    var encontrados = [];
    while (bajo < ordenados.length && ordenados[bajo].startsWith(prefijo)) encontrados.push(ordenados[bajo++]);
    return encontrados;
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

  // Los términos del índice que cuentan por una palabra de la consulta, cada uno con su nivel.
  // `comienzo`: la palabra es la última que se está escribiendo.
  function alternativas(termino, comienzo) {
    var lista = [{ token: termino.token, nivel: EXACTA }];
    if (String(termino.token)[0] === "~") return lista;
    var palabra = termino.palabras[0];
    var vistos = new Set([termino.token]);
    function agregar(token, nivel) {
      if (vistos.has(token)) return;
      vistos.add(token);
      lista.push({ token: token, nivel: nivel });
    }
    if (comienzo && palabra.length >= 3) {
      conComienzo(termino.token).concat(conComienzo(palabra)).forEach(function (t) { agregar(t, COMIENZO); });
    }
    var maximo = palabra.length >= 9 ? 2 : palabra.length >= 5 ? 1 : 0;
    if (maximo) {
      ordenados.forEach(function (t) {
        if (distancia(termino.token, t, maximo) <= maximo) agregar(t, ERRATA);
      });
    }
    return lista;
  }

  // Sección → { nivel, peso } de una palabra: de sus alternativas, la de mejor nivel y más peso.
  function pesosDe(alternativas) {
    var pesos = new Map();
    alternativas.forEach(function (alternativa) {
      var propios = new Map();
      var apariciones = propio(indice.terminos, alternativa.token) || [];
      for (var k = 0; k < apariciones.length; k += 2) propios.set(apariciones[k], apariciones[k + 1]);
      (propio(indice.titulos, alternativa.token) || []).forEach(function (numero) {
        seccionesDe[numero].forEach(function (seccion) {
          propios.set(seccion, (propios.get(seccion) || 0) + indice.pesos.titulo);
        });
      });
      propios.forEach(function (peso, seccion) {
        var actual = pesos.get(seccion);
        if (!actual || alternativa.nivel < actual.nivel || (alternativa.nivel === actual.nivel && peso > actual.peso)) {
          pesos.set(seccion, { nivel: alternativa.nivel, peso: peso });
        }
      });
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
  // puntaje: título > encabezado > texto.
  function buscar(consulta, limite) {
    var lista = terminos(consulta, indice.grupos, indice.vacias);
    if (!lista.length) return { terminos: lista, resultados: [] };
    var escritas = palabras(consulta);
    var ultima = escritas[escritas.length - 1];
    var total = null;
    lista.forEach(function (termino, posicion) {
      var comienzo = posicion === lista.length - 1 && termino.palabras[termino.palabras.length - 1] === ultima;
      termino.alternativas = alternativas(termino, comienzo);
      var pesos = pesosDe(termino.alternativas);
      if (total === null) {
        total = pesos;
        return;
      }
      var siguiente = new Map();
      total.forEach(function (valor, seccion) {
        var otro = pesos.get(seccion);
        if (otro) siguiente.set(seccion, { nivel: Math.max(valor.nivel, otro.nivel), peso: valor.peso + otro.peso });
      });
      total = siguiente;
    });
    var resultados = mejoresPorPagina(total);
    var definicion = propio(definiciones, grupoDeLaConsulta(lista));
    if (definicion !== undefined) {
      var pagina = indice.secciones[definicion][0];
      resultados = [{ seccion: definicion, nivel: EXACTA, peso: Infinity }].concat(resultados.filter(function (r) {
        return indice.secciones[r.seccion][0] !== pagina;
      }));
    }
    return { terminos: lista, resultados: resultados.slice(0, limite), total: resultados.length };
  }

  // La mejor sección de cada página, en orden: nivel, puntaje y orden de lectura.
  function mejoresPorPagina(total) {
    var mejor = new Map();
    total.forEach(function (valor, seccion) {
      var numero = indice.secciones[seccion][0];
      var actual = mejor.get(numero);
      if (!actual || valor.nivel < actual.nivel || (valor.nivel === actual.nivel && valor.peso > actual.peso)) {
        mejor.set(numero, { seccion: seccion, nivel: valor.nivel, peso: valor.peso });
      }
    });
    return Array.from(mejor.values()).sort(function (a, b) {
      return a.nivel - b.nivel || b.peso - a.peso || a.seccion - b.seccion;
    });
  }

  // ---- Resultados: página, sección y un fragmento con lo encontrado resaltado.

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

  function pintar(destino, consulta, limite, conEnlaceATodos) {
    var busqueda = buscar(consulta, limite);
    var raices = buscadas(busqueda.terminos);
    var html = "";
    busqueda.resultados.forEach(function (resultado) {
      var seccion = indice.secciones[resultado.seccion];
      var datos = indice.paginas[seccion[0]];
      var enlace = raiz + datos[0] + (seccion[1] ? "#" + seccion[1] : "");
      html += '<li><a href="' + escapar(enlace) + '"><span class="resultado-titulo">' + escapar(datos[1]) + "</span>";
      if (seccion[2]) html += '<span class="resultado-seccion">' + escapar(seccion[2]) + "</span>";
      html += '<span class="resultado-fragmento">' + fragmento(seccion[3] || seccion[2] || datos[1], raices) + "</span></a></li>";
    });
    var cuantos = busqueda.total || 0;
    var mensaje = cuantos === 0 ? textos.sin + " «" + consulta + "»"
      : cuantos === 1 ? textos.uno : textos.varios.replace("{n}", cuantos);
    var pie = conEnlaceATodos && cuantos > limite
      ? '<p class="resultados-todos"><a href="' + escapar(raiz + "buscar.html?q=" + encodeURIComponent(consulta)) + '">' +
        escapar(textos.todos) + "</a></p>"
      : "";
    destino.innerHTML = '<p class="resultados-cuenta">' + escapar(mensaje) + "</p>" +
      (html ? '<ol class="resultados-lista">' + html + "</ol>" : "") + pie;
    anunciar(mensaje);
  }

  // Mientras llega el índice (más de un megabyte en un paquete grande), el aviso se ve bajo la caja.
  function mostrarCarga(destino) {
    destino.innerHTML = '<p class="resultados-cuenta resultados-cargando">' + escapar(textos.cargando) + "</p>";
    destino.hidden = false;
  }

  function anunciar(mensaje) {
    if (estado) estado.textContent = mensaje;
  }

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
      if (!indice) mostrarCarga(panel);
      cargar(function () {
        if (entrada.value.trim() !== consulta) return;
        pintar(panel, consulta, 8, true);
        panel.hidden = false;
      });
    }, 120);
  });
  entrada.addEventListener("focus", function () { cargar(function () {}); });

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
      cargar(function () { pintar(pagina, consulta.trim(), 50, false); });
    }
  }

  // Para las pruebas (Tests/Browser/reader_check.py): las mismas reglas que libro usa al generar
  // el índice, con los grupos del índice o con otros.
  window.LIBRO_BUSCAR = {
    cargar: cargar,
    palabras: palabras,
    terminos: function (consulta, grupos) { return terminos(consulta, grupos || indice.grupos, indice.vacias); },
    buscar: buscar,
    distancia: distancia,
  };
})();
