// «Llenar en el navegador»: cada hoja de trabajo se puede llenar en la página. Las respuestas se
// guardan en este navegador mientras se escriben (nada sale de él), se imprimen como una hoja
// llena y se descargan en un archivo YAML para pasarlas a los datos de la organización.
// Sin JavaScript la hoja se queda como está, para imprimirla y llenarla a mano.
(function () {
  "use strict";
  var guion = document.currentScript;
  var hojas = document.querySelectorAll("section.hoja-formulario[data-hoja]");
  if (!guion) return;
  var textos = guion.dataset;
  // Todas las páginas abiertas desde archivos comparten un solo almacén: la carpeta del sitio
  // distingue un paquete de otro.
  var raiz = new URL(textos.raiz || "./", location.href).href;
  var prefijo = "libro-respuestas|" + raiz + "|";
  var almacen = abrirAlmacen();

  function abrirAlmacen() {
    try {
      var prueba = "libro-prueba";
      window.localStorage.setItem(prueba, "1");
      window.localStorage.removeItem(prueba);
      return { duradero: true, leer: function (clave) { return window.localStorage.getItem(clave); },
        escribir: function (clave, valor) { window.localStorage.setItem(clave, valor); },
        borrar: function (clave) { window.localStorage.removeItem(clave); },
        claves: function () {
          var lista = [];
          for (var indice = 0; indice < window.localStorage.length; indice += 1) lista.push(window.localStorage.key(indice));
          return lista;
        } };
    } catch (error) {
      var memoria = {};
      return { duradero: false, leer: function (clave) { return memoria[clave] || null; },
        escribir: function (clave, valor) { memoria[clave] = valor; },
        borrar: function (clave) { delete memoria[clave]; },
        claves: function () { return Object.keys(memoria); } };
    }
  }

  function elemento(etiqueta, clase, texto) {
    var nuevo = document.createElement(etiqueta);
    if (clase) nuevo.className = clase;
    if (texto !== undefined) nuevo.textContent = texto;
    return nuevo;
  }

  // El texto de una celda sin las marcas invisibles de dónde puede partirse una palabra (guion
  // suave) y dónde no (unión de palabras).
  function textoDe(nodo) {
    return nodo.textContent.replace(/[\u00AD\u2060]/g, "");
  }

  function valores(nodo) {
    try {
      var lista = JSON.parse(nodo.getAttribute("data-valores") || "[]");
      return Array.isArray(lista) ? lista : [];
    } catch (error) {
      return [];
    }
  }

  // Un control para un dato de tipo `tipo`; `renglones` da la altura de un texto largo.
  function control(tipo, opciones, renglones, nombre) {
    var nuevo;
    if (tipo === "meses") return meses(nombre);
    if (tipo === "opcion" || tipo === "si-no") {
      nuevo = elemento("select", "llenar-control");
      nuevo.appendChild(elemento("option", "", textos.elegir)).value = "";
      var lista = tipo === "si-no" ? [textos.si, textos.no] : opciones;
      lista.forEach(function (valor) { nuevo.appendChild(elemento("option", "", valor)).value = valor; });
      return nuevo;
    }
    if (tipo === "lista" || (tipo === "texto" && renglones > 1)) {
      nuevo = elemento("textarea", "llenar-control");
      nuevo.rows = Math.max(2, renglones || 2);
      return nuevo;
    }
    nuevo = elemento("input", "llenar-control");
    nuevo.type = { fecha: "date", hora: "time", numero: "number" }[tipo] || "text";
    if (tipo === "numero") nuevo.inputMode = "numeric";
    return nuevo;
  }

  // Los meses de un plan (1 a 12) como casillas; su valor es el texto que guardan los datos:
  // «1-3», «2;4» o «1-2;5» al empezar, y los meses marcados unidos con «;» al guardar.
  function mesesDe(texto) {
    var marcados = {};
    String(texto || "").split(/[;,\s]+/).forEach(function (parte) {
      var rango = /^(\d+)(?:-(\d+))?$/.exec(parte);
      if (!rango) return;
      var desde = Number(rango[1]);
      var hasta = rango[2] ? Number(rango[2]) : desde;
      for (var mes = desde; mes <= hasta && mes <= 12; mes += 1) if (mes >= 1) marcados[mes] = true;
    });
    return marcados;
  }

  function meses(nombre) {
    var grupo = elemento("fieldset", "llenar-control llenar-meses");
    grupo.appendChild(elemento("legend", "llenar-columna", nombre || ""));
    var casillas = [];
    for (var mes = 1; mes <= 12; mes += 1) {
      var etiqueta = grupo.appendChild(elemento("label", "llenar-mes"));
      var casilla = etiqueta.appendChild(elemento("input"));
      casilla.type = "checkbox";
      casilla.value = String(mes);
      casilla.setAttribute("aria-label", textos.mes + " " + mes);
      etiqueta.appendChild(elemento("span", "", String(mes))).setAttribute("aria-hidden", "true");
      casillas.push(casilla);
    }
    Object.defineProperty(grupo, "value", {
      get: function () {
        return casillas.filter(function (casilla) { return casilla.checked; }).map(function (casilla) {
          return casilla.value;
        }).join(";");
      },
      set: function (texto) {
        var marcados = mesesDe(texto);
        casillas.forEach(function (casilla) { casilla.checked = marcados[casilla.value] === true; });
      },
    });
    grupo.focus = function () { casillas[0].focus(); };
    return grupo;
  }

  function poner(campo, valor) {
    if (campo.tagName === "SELECT" && valor && !Array.prototype.some.call(campo.options, function (opcion) {
      return opcion.value === valor;
    })) {
      campo.appendChild(elemento("option", "", valor)).value = valor;
    }
    campo.value = valor;
  }

  // El archivo de respuestas (docs/respuestas.md): las cadenas van
  // entre comillas dobles con los escapes de JSON, que YAML lee igual.
  function cadena(texto) {
    return JSON.stringify(String(texto));
  }

  function llave(texto) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.\-]*$/.test(texto) ? texto : cadena(texto);
  }

  // Un valor como lo guardan los datos de la organización, o undefined si está vacío.
  function valorDato(tipo, valor) {
    if (tipo === "si-no" && typeof valor !== "boolean") {
      if (valor === textos.si) return true;
      if (valor === textos.no) return false;
      return undefined;
    }
    if (typeof valor === "boolean") return valor;
    var texto = String(valor || "").trim();
    if (!texto) return undefined;
    if (tipo === "numero" && /^-?[0-9]+$/.test(texto)) return Number(texto);
    if (tipo === "lista") {
      var partes = texto.split(/\s*(?:;|\n)\s*/).filter(function (parte) { return parte; });
      return partes.length ? partes : undefined;
    }
    return texto;
  }

  function escalar(valor) {
    return typeof valor === "string" ? cadena(valor) : String(valor);
  }

  function lineasDe(valor, sangria) {
    if (!Array.isArray(valor)) return [" " + escalar(valor)];
    return [""].concat(valor.map(function (parte) { return sangria + "- " + escalar(parte); }));
  }

  // Las filas de las tablas de una misma ruta de datos (una hoja puede dibujar la misma lista en
  // dos tablas, con columnas distintas): la fila N reúne lo escrito en la fila N de cada una.
  function filasYaml(partes) {
    var lineas = [];
    var total = Math.max.apply(Math, partes.map(function (parte) { return parte.filas.length; }));
    for (var numero = 0; numero < total; numero += 1) {
      var campos = [];
      var fila = {};
      partes.forEach(function (parte) {
        parte.tabla.columnas.forEach(function (columna, indice) {
          var valor = columna.campo ? valorDato(columna.tipo, (parte.filas[numero] || [])[indice]) : undefined;
          if (valor === undefined || Object.prototype.hasOwnProperty.call(fila, columna.campo)) return;
          fila[columna.campo] = valor;
          campos.push(columna.campo);
        });
      });
      var pares = [];
      campos.forEach(function (campo) {
        var resto = lineasDe(fila[campo], "  ");
        pares.push(llave(campo) + ":" + resto[0]);
        pares = pares.concat(resto.slice(1));
      });
      pares.forEach(function (par, indice) { lineas.push((indice ? "          " : "        - ") + par); });
    }
    return lineas;
  }

  // Lo que necesita el archivo de una hoja guardada, guardado junto a sus respuestas para
  // descargar todas desde otra página: qué hoja y registro son, y las rutas y tipos de sus datos.
  function descripcion(hoja) {
    var datos = hoja.seccion.dataset;
    var titulo = hoja.seccion.querySelector(".hoja-titulo");
    return {
      hoja: datos.hoja, titulo: titulo ? titulo.textContent.trim() : datos.hoja, registro: datos.registro || "",
      organizacion: datos.organizacion || "", pagina: location.href.split("#")[0],
      campos: hoja.campos.map(function (entrada) { return { clave: entrada.clave, tipo: entrada.tipo }; }),
      tablas: hoja.tablas.map(function (tabla) {
        return { clave: tabla.clave, guardada: tabla.guardada, columnas: tabla.columnas.map(function (columna) {
          return { campo: columna.campo, tipo: columna.tipo };
        }) };
      }),
    };
  }

  // Una entrada de `hojas:`, o null si no tiene ninguna respuesta con ruta de datos. Lo que no
  // tiene ruta de datos se imprime y se guarda aquí, pero no va en el archivo.
  function entradaYaml(hoja, guardado) {
    var campos = guardado.campos || {};
    var tablas = guardado.tablas || {};
    var lineas = [
      "  - hoja: " + cadena(hoja.hoja),
      "    titulo: " + cadena(hoja.titulo),
    ];
    if (hoja.registro) lineas.push("    registro: " + cadena(hoja.registro));
    lineas.push("    respuestas:");
    var vacias = lineas.length;
    hoja.campos.forEach(function (entrada) {
      if (entrada.clave.indexOf("sin-dato.") === 0) return;
      var valor = valorDato(entrada.tipo, campos[entrada.clave]);
      if (valor === undefined) return;
      lineas.push("      " + llave(entrada.clave) + ":" + lineasDe(valor, "        ").join("\n"));
    });
    var rutas = [];
    var partes = {};
    hoja.tablas.forEach(function (tabla) {
      var filas = tablas[tabla.guardada || tabla.clave];
      if (tabla.clave.indexOf("sin-dato.") === 0 || !Array.isArray(filas)) return;
      if (!partes[tabla.clave]) rutas.push(tabla.clave);
      (partes[tabla.clave] = partes[tabla.clave] || []).push({ tabla: tabla, filas: filas });
    });
    rutas.forEach(function (ruta) {
      var filas = filasYaml(partes[ruta]);
      if (!filas.length) return;
      lineas.push("      " + llave(ruta) + ":");
      lineas = lineas.concat(filas);
    });
    if (lineas.length === vacias) return null;
    return lineas;
  }

  function yaml(organizacion, entradas) {
    var lineas = [
      "# " + textos.archivoEncabezado,
      "# " + textos.archivoImportar,
      "formato: libro-respuestas-1",
      "organizacion: " + cadena(organizacion || ""),
      "hojas:",
    ];
    return lineas.concat.apply(lineas, entradas).join("\n") + "\n";
  }

  function bajar(texto, nombre) {
    var enlace = document.createElement("a");
    enlace.href = URL.createObjectURL(new Blob([texto], { type: "application/x-yaml;charset=utf-8" }));
    enlace.download = nombre;
    document.body.appendChild(enlace);
    enlace.click();
    enlace.remove();
    setTimeout(function () { URL.revokeObjectURL(enlace.href); }, 1000);
  }

  // Las hojas guardadas en este navegador para este sitio, con lo necesario para escribirlas.
  function guardadas() {
    var lista = [];
    almacen.claves().forEach(function (clave) {
      if (!clave || clave.indexOf(prefijo) !== 0) return;
      try {
        var guardado = JSON.parse(almacen.leer(clave) || "null");
        if (guardado && guardado.hoja && guardado.hoja.hoja) lista.push(guardado);
      } catch (error) {
        return;
      }
    });
    return lista;
  }

  function Hoja(seccion, numero) {
    this.seccion = seccion;
    this.numero = numero;
    this.clave = ["libro-respuestas", raiz, seccion.dataset.organizacion, seccion.dataset.hoja,
      seccion.dataset.registro].join("|");
    this.campos = [];
    this.tablas = [];
    this.armada = false;
    this.barra = this.armarBarra();
    var guardado = this.leer();
    if (guardado) {
      this.llenar(guardado);
      // Lo guardado antes de llevar la descripción de la hoja la recibe ahora.
      if (!guardado.hoja) this.guardar();
    }
  }

  Hoja.prototype.leer = function () {
    try {
      return JSON.parse(almacen.leer(this.clave) || "null");
    } catch (error) {
      return null;
    }
  };

  Hoja.prototype.armarBarra = function () {
    var hoja = this;
    var barra = elemento("div", "llenar-barra");
    var llenar = barra.appendChild(elemento("button", "llenar-boton", textos.llenar));
    llenar.type = "button";
    llenar.addEventListener("click", function () { hoja.llenar(null); hoja.enfocar(); });
    var acciones = barra.appendChild(elemento("div", "llenar-acciones"));
    acciones.hidden = true;
    var descargar = acciones.appendChild(elemento("button", "llenar-boton", textos.descargar));
    descargar.type = "button";
    descargar.addEventListener("click", function () { hoja.descargar(); });
    var borrar = acciones.appendChild(elemento("button", "llenar-boton llenar-borrar", textos.borrar));
    borrar.type = "button";
    borrar.addEventListener("click", function () {
      if (window.confirm(textos.confirmarBorrar)) hoja.borrar();
    });
    var aviso = barra.appendChild(elemento("p", "llenar-aviso" + (almacen.duradero ? "" : " llenar-sin-guardar")));
    aviso.setAttribute("role", "status");
    aviso.hidden = true;
    aviso.textContent = almacen.duradero ? textos.guardado : textos.sinAlmacen;
    var encabezado = this.seccion.querySelector(".hoja-encabezado");
    this.seccion.insertBefore(barra, encabezado ? encabezado.nextSibling : this.seccion.firstChild);
    return { llenar: llenar, acciones: acciones, aviso: aviso };
  };

  Hoja.prototype.enfocar = function () {
    var primero = this.seccion.querySelector(".llenar-control");
    if (primero) primero.focus();
  };

  // Cambia los espacios en blanco por controles, con lo que ya tiene la hoja o lo guardado.
  Hoja.prototype.llenar = function (guardado) {
    if (this.armada) return;
    this.armada = true;
    var hoja = this;
    var sinDato = 0;
    function clave(nodo) {
      return nodo.getAttribute("data-dato") || "sin-dato." + (sinDato += 1);
    }
    this.seccion.querySelectorAll(".pregunta, .casillas > li, .parte-tabla").forEach(function (nodo) {
      if (nodo.classList.contains("pregunta")) hoja.pregunta(nodo, clave(nodo));
      else if (nodo.classList.contains("parte-tabla")) hoja.tabla(nodo, clave(nodo));
      else hoja.casilla(nodo, clave(nodo));
    });
    if (guardado) this.restaurar(guardado);
    this.seccion.classList.add("llenando");
    this.barra.llenar.hidden = true;
    this.barra.acciones.hidden = false;
    this.barra.aviso.hidden = false;
    this.seccion.addEventListener("input", function () { hoja.guardar(); });
    this.seccion.addEventListener("change", function () { hoja.guardar(); });
  };

  Hoja.prototype.pregunta = function (nodo, clave) {
    var tipo = nodo.getAttribute("data-tipo") || "texto";
    var texto = nodo.querySelector(".pregunta-texto");
    var respuesta = nodo.querySelector(".respuesta");
    var campo = control(tipo, valores(nodo), Number(nodo.getAttribute("data-lineas")) || 1,
      texto ? texto.textContent : clave);
    var id = "llenar-" + this.numero + "-" + this.campos.length;
    campo.id = id;
    // Un grupo de casillas no lleva etiqueta: la pregunta, a la vista, es su leyenda para lectores.
    var etiqueta = elemento(tipo === "meses" ? "span" : "label", "llenar-etiqueta");
    if (tipo === "meses") campo.querySelector("legend").className = "solo-lectores";
    else etiqueta.htmlFor = id;
    if (texto) {
      while (texto.firstChild) etiqueta.appendChild(texto.firstChild);
      texto.appendChild(etiqueta);
    } else if (tipo !== "meses") {
      campo.setAttribute("aria-label", clave);
    }
    var inicial = respuesta ? respuesta.textContent : "";
    poner(campo, tipo === "lista" ? inicial.split("; ").join("\n") : inicial);
    var impresa = elemento("p", "respuesta llenar-impresa");
    nodo.insertBefore(campo, texto ? texto.nextSibling : nodo.firstChild);
    nodo.insertBefore(impresa, campo.nextSibling);
    var entrada = { clave: clave, tipo: tipo, pregunta: etiqueta.textContent, campo: campo,
      leer: function () { return campo.value; },
      poner: function (valor) { poner(campo, valor); },
      mostrar: function () { impresa.textContent = campo.value; impresa.hidden = !campo.value; } };
    entrada.mostrar();
    this.campos.push(entrada);
  };

  Hoja.prototype.casilla = function (nodo, clave) {
    var marca = nodo.querySelector(".casilla");
    var lectores = nodo.querySelector(".solo-lectores");
    if (lectores) lectores.remove();
    var etiqueta = elemento("label", "llenar-casilla");
    while (nodo.firstChild) etiqueta.appendChild(nodo.firstChild);
    var campo = elemento("input", "llenar-control");
    campo.type = "checkbox";
    campo.checked = nodo.hasAttribute("data-marcada");
    etiqueta.insertBefore(campo, etiqueta.firstChild);
    nodo.appendChild(etiqueta);
    var entrada = { clave: clave, tipo: "si-no", pregunta: etiqueta.textContent.replace(/[☐☑]/g, "").trim(),
      casilla: true, campo: campo,
      leer: function () { return campo.checked; },
      poner: function (valor) { campo.checked = valor === true; },
      mostrar: function () { if (marca) marca.textContent = campo.checked ? "☑" : "☐"; } };
    this.campos.push(entrada);
  };

  Hoja.prototype.tabla = function (nodo, clave) {
    var hoja = this;
    var columnas = Array.prototype.map.call(nodo.querySelectorAll("thead th"), function (th) {
      return { nombre: textoDe(th), campo: th.getAttribute("data-campo") || "",
        tipo: th.getAttribute("data-tipo") || "texto", valores: valores(th),
        mes: Number(th.getAttribute("data-mes")) || 0, de: th.getAttribute("data-de") || "" };
    });
    var original = nodo.querySelector("tbody");
    var impresas = original ? original.rows.length : 0;
    var filas = Array.prototype.map.call(original ? original.rows : [], function (fila) {
      return Array.prototype.map.call(fila.cells, function (celda) { return textoDe(celda); });
    }).filter(function (fila) { return fila.some(function (celda) { return celda; }); });
    // Lo guardado de una segunda tabla de la misma ruta va aparte.
    var repetidas = this.tablas.filter(function (otra) { return otra.clave === clave; }).length;
    var tabla = { clave: clave, guardada: repetidas ? clave + "#" + (repetidas + 1) : clave, columnas: columnas, nodo: nodo, original: original, impresas: impresas,
      cuerpo: elemento("div", "llenar-filas") };
    var titulo = nodo.querySelector(".parte-titulo");
    tabla.titulo = titulo ? titulo.textContent : textos.tabla;
    nodo.appendChild(tabla.cuerpo);
    var agregar = nodo.appendChild(elemento("button", "llenar-boton llenar-agregar", textos.agregarFila));
    agregar.type = "button";
    agregar.addEventListener("click", function () {
      hoja.fila(tabla, []);
      hoja.guardar();
      var nueva = tabla.cuerpo.lastChild.querySelector(".llenar-control");
      if (nueva) nueva.focus();
    });
    this.tablas.push(tabla);
    (filas.length ? filas : [[]]).forEach(function (fila) { hoja.fila(tabla, fila); });
  };

  // Una fila de una tabla como una tarjeta de pares columna: control.
  Hoja.prototype.fila = function (tabla, valoresFila) {
    var hoja = this;
    var fila = tabla.cuerpo.appendChild(elemento("div", "llenar-fila"));
    fila.setAttribute("role", "group");
    var numero = tabla.cuerpo.children.length;
    fila.setAttribute("aria-label", textos.fila + " " + numero);
    tabla.columnas.forEach(function (columna, indice) {
      var grupo = columna.tipo === "meses";
      var celda = fila.appendChild(elemento(grupo ? "div" : "label", "llenar-celda"));
      if (!grupo) celda.appendChild(elemento("span", "llenar-columna", columna.nombre));
      var campo = celda.appendChild(control(columna.tipo === "lista" ? "texto" : columna.tipo, columna.valores, 1,
        columna.nombre));
      campo.setAttribute("aria-label", columna.nombre + ", " + textos.fila.toLowerCase() + " " + numero);
      // Una columna de un mes no se escribe: se marca, al imprimir, con los meses de la fila.
      if (columna.mes) celda.style.display = "none";
      poner(campo, columna.mes ? "" : valoresFila[indice] || "");
    });
    var quitar = fila.appendChild(elemento("button", "llenar-boton llenar-quitar", textos.quitarFila));
    quitar.type = "button";
    quitar.setAttribute("aria-label", textos.quitarFila + " " + numero);
    quitar.addEventListener("click", function () {
      fila.remove();
      hoja.renumerar(tabla);
      hoja.guardar();
    });
  };

  Hoja.prototype.renumerar = function (tabla) {
    Array.prototype.forEach.call(tabla.cuerpo.children, function (fila, indice) {
      var numero = indice + 1;
      fila.setAttribute("aria-label", textos.fila + " " + numero);
      fila.querySelectorAll(".llenar-control").forEach(function (campo, columna) {
        campo.setAttribute("aria-label", tabla.columnas[columna].nombre + ", " + textos.fila.toLowerCase() + " " + numero);
      });
      fila.querySelector(".llenar-quitar").setAttribute("aria-label", textos.quitarFila + " " + numero);
    });
  };

  Hoja.prototype.filas = function (tabla) {
    return Array.prototype.map.call(tabla.cuerpo.children, function (fila) {
      return Array.prototype.map.call(fila.querySelectorAll(".llenar-control"), function (campo) {
        return campo.value;
      });
    });
  };

  // La tabla impresa con las filas llenas y, como en una hoja llena, renglones en blanco debajo.
  Hoja.prototype.imprimirTabla = function (tabla) {
    if (!tabla.original) return;
    var llenas = this.filas(tabla).filter(function (fila) { return fila.some(function (valor) { return valor; }); });
    var total = Math.max(tabla.impresas, llenas.length + 2);
    tabla.original.textContent = "";
    for (var indice = 0; indice < total; indice += 1) {
      var fila = tabla.original.insertRow();
      tabla.columnas.forEach(function (columna, columnaIndice) {
        var celda = fila.insertCell();
        celda.textContent = (llenas[indice] || [])[columnaIndice] || "";
        if (columna.mes) marcarMes(celda, tabla.columnas, llenas[indice] || [], columna);
      });
    }
  };

  // La celda de un mes, oscura y con ■ si la columna de meses de su fila lo incluye.
  function marcarMes(celda, columnas, valoresFila, columna) {
    var de = -1;
    columnas.forEach(function (otra, indice) { if (otra.campo === columna.de) de = indice; });
    var marcada = de >= 0 && mesesDe(valoresFila[de])[columna.mes] === true;
    celda.textContent = marcada ? "■" : "";
    if (marcada) celda.className = "mes-marcado";
  }

  Hoja.prototype.restaurar = function (guardado) {
    var hoja = this;
    var campos = guardado.campos || {};
    this.campos.forEach(function (entrada) {
      if (Object.prototype.hasOwnProperty.call(campos, entrada.clave)) entrada.poner(campos[entrada.clave]);
    });
    this.tablas.forEach(function (tabla) {
      var filas = (guardado.tablas || {})[tabla.guardada];
      if (!Array.isArray(filas)) return;
      tabla.cuerpo.textContent = "";
      filas.forEach(function (fila) { hoja.fila(tabla, Array.isArray(fila) ? fila : []); });
    });
    this.mostrar();
  };

  Hoja.prototype.mostrar = function () {
    var hoja = this;
    this.campos.forEach(function (entrada) { entrada.mostrar(); });
    this.tablas.forEach(function (tabla) { hoja.imprimirTabla(tabla); });
  };

  Hoja.prototype.respuestas = function () {
    var hoja = this;
    var campos = {};
    var tablas = {};
    this.campos.forEach(function (entrada) { campos[entrada.clave] = entrada.leer(); });
    this.tablas.forEach(function (tabla) { tablas[tabla.guardada] = hoja.filas(tabla); });
    return { campos: campos, tablas: tablas };
  };

  Hoja.prototype.guardar = function () {
    this.mostrar();
    var guardado = this.respuestas();
    guardado.hoja = descripcion(this);
    try {
      almacen.escribir(this.clave, JSON.stringify(guardado));
    } catch (error) {
      this.barra.aviso.textContent = textos.sinAlmacen;
      this.barra.aviso.classList.add("llenar-sin-guardar");
    }
  };

  Hoja.prototype.borrar = function () {
    var hoja = this;
    almacen.borrar(this.clave);
    this.campos.forEach(function (entrada) { entrada.poner(entrada.casilla ? false : ""); });
    this.tablas.forEach(function (tabla) {
      tabla.cuerpo.textContent = "";
      hoja.fila(tabla, []);
    });
    this.mostrar();
  };

  Hoja.prototype.descargar = function () {
    var datos = this.seccion.dataset;
    var hoja = descripcion(this);
    var entrada = entradaYaml(hoja, this.respuestas());
    if (!entrada) {
      entrada = ["  - hoja: " + cadena(hoja.hoja), "    titulo: " + cadena(hoja.titulo)];
      if (hoja.registro) entrada.push("    registro: " + cadena(hoja.registro));
      entrada.push("    respuestas: {}");
    }
    var nombre = ["respuestas", datos.hoja, datos.organizacion, datos.registro].filter(function (parte) {
      return parte;
    }).join("-") + ".yml";
    bajar(yaml(datos.organizacion, [entrada]), nombre);
  };

  // «Descargar todas mis respuestas»: un archivo con cada hoja que este navegador guardó para el
  // sitio y la organización, en las páginas que reúnen hojas (un paquete de impresión, o el
  // índice de hojas cuando enlaza alguna hoja guardada).
  function descargarTodas(organizacion, aviso) {
    var entradas = guardadas().filter(function (guardado) {
      return (guardado.hoja.organizacion || "") === organizacion;
    }).sort(function (una, otra) {
      var a = una.hoja.hoja + "|" + una.hoja.registro;
      var b = otra.hoja.hoja + "|" + otra.hoja.registro;
      return a < b ? -1 : a > b ? 1 : 0;
    }).map(function (guardado) { return entradaYaml(guardado.hoja, guardado); }).filter(function (entrada) {
      return entrada;
    });
    if (!entradas.length) {
      aviso.textContent = textos.nadaGuardado;
      aviso.hidden = false;
      return;
    }
    aviso.hidden = true;
    bajar(yaml(organizacion, entradas), ["respuestas", organizacion].filter(function (parte) {
      return parte;
    }).join("-") + ".yml");
  }

  function botonTodas(antes, organizacion) {
    var caja = elemento("div", "llenar-todas");
    var boton = caja.appendChild(elemento("button", "llenar-boton", textos.descargarTodas));
    boton.type = "button";
    var aviso = caja.appendChild(elemento("p", "llenar-aviso"));
    aviso.setAttribute("role", "status");
    aviso.hidden = true;
    boton.addEventListener("click", function () { descargarTodas(organizacion, aviso); });
    antes.parentNode.insertBefore(caja, antes);
  }

  // Un índice de hojas: una página de carpeta que enlaza hojas guardadas de su misma carpeta.
  function organizacionDelIndice() {
    var aqui = location.href.split("#")[0];
    var carpeta = aqui.slice(0, aqui.lastIndexOf("/") + 1);
    if (aqui !== carpeta && aqui !== carpeta + "index.html") return null;
    var paginas = {};
    guardadas().forEach(function (guardado) { paginas[guardado.hoja.pagina] = guardado.hoja.organizacion || ""; });
    var enlaces = document.querySelectorAll("main a[href]");
    for (var indice = 0; indice < enlaces.length; indice += 1) {
      var destino = enlaces[indice].href.split("#")[0];
      if (destino.indexOf(carpeta) === 0 && Object.prototype.hasOwnProperty.call(paginas, destino)) {
        return paginas[destino];
      }
    }
    return null;
  }

  Array.prototype.forEach.call(hojas, function (seccion, numero) { new Hoja(seccion, numero); });
  if (hojas.length > 1) {
    botonTodas(hojas[0], hojas[0].dataset.organizacion || "");
  } else if (!hojas.length) {
    var organizacion = organizacionDelIndice();
    var cuerpo = document.querySelector("main .cuerpo") || document.querySelector("main");
    if (organizacion !== null && cuerpo) botonTodas(cuerpo.firstChild || cuerpo.appendChild(elemento("span")), organizacion);
  }
})();
