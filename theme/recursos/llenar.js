// «Llenar en el navegador»: cada hoja de trabajo se puede llenar en la página. Las respuestas se
// guardan en este navegador mientras se escriben (nada sale de él), se imprimen como una hoja
// llena y se descargan en un archivo YAML para pasarlas a los datos de la organización.
// Sin JavaScript la hoja se queda como está, para imprimirla y llenarla a mano.
(function () {
  "use strict";
  var guion = document.currentScript;
  var hojas = document.querySelectorAll("section.hoja-formulario[data-hoja]");
  if (!guion || !hojas.length) return;
  var textos = guion.dataset;
  // Todas las páginas abiertas desde archivos comparten un solo almacén: la carpeta del sitio
  // distingue un paquete de otro.
  var raiz = new URL(textos.raiz || "./", location.href).href;
  var almacen = abrirAlmacen();

  function abrirAlmacen() {
    try {
      var prueba = "libro-prueba";
      window.localStorage.setItem(prueba, "1");
      window.localStorage.removeItem(prueba);
      return { duradero: true, leer: function (clave) { return window.localStorage.getItem(clave); },
        escribir: function (clave, valor) { window.localStorage.setItem(clave, valor); },
        borrar: function (clave) { window.localStorage.removeItem(clave); } };
    } catch (error) {
      var memoria = {};
      return { duradero: false, leer: function (clave) { return memoria[clave] || null; },
        escribir: function (clave, valor) { memoria[clave] = valor; },
        borrar: function (clave) { delete memoria[clave]; } };
    }
  }

  function elemento(etiqueta, clase, texto) {
    var nuevo = document.createElement(etiqueta);
    if (clase) nuevo.className = clase;
    if (texto !== undefined) nuevo.textContent = texto;
    return nuevo;
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
  function control(tipo, opciones, renglones) {
    var nuevo;
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
    if (tipo === "meses") nuevo.placeholder = textos.mesesEjemplo;
    if (tipo === "numero") nuevo.inputMode = "numeric";
    return nuevo;
  }

  function poner(campo, valor) {
    if (campo.tagName === "SELECT" && valor && !Array.prototype.some.call(campo.options, function (opcion) {
      return opcion.value === valor;
    })) {
      campo.appendChild(elemento("option", "", valor)).value = valor;
    }
    campo.value = valor;
  }

  // El archivo de respuestas (README, «Respuestas llenadas en el navegador»): las cadenas van
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

  function filasYaml(tabla, filas) {
    var lineas = [];
    filas.forEach(function (fila) {
      var pares = [];
      tabla.columnas.forEach(function (columna, indice) {
        var valor = columna.campo ? valorDato(columna.tipo, fila[indice]) : undefined;
        if (valor === undefined) return;
        var resto = lineasDe(valor, "  ");
        pares.push(llave(columna.campo) + ":" + resto[0]);
        pares = pares.concat(resto.slice(1));
      });
      pares.forEach(function (par, indice) { lineas.push((indice ? "          " : "        - ") + par); });
    });
    return lineas;
  }

  // Lo que no tiene ruta de datos se imprime y se guarda aquí, pero no va en el archivo.
  function yaml(hoja) {
    var datos = hoja.seccion.dataset;
    var titulo = hoja.seccion.querySelector(".hoja-titulo");
    var lineas = [
      "# " + textos.archivoEncabezado,
      "# " + textos.archivoImportar,
      "formato: libro-respuestas-1",
      "organizacion: " + cadena(datos.organizacion || ""),
      "hojas:",
      "  - hoja: " + cadena(datos.hoja),
      "    titulo: " + cadena(titulo ? titulo.textContent.trim() : datos.hoja),
    ];
    if (datos.registro) lineas.push("    registro: " + cadena(datos.registro));
    lineas.push("    respuestas:");
    var vacias = lineas.length;
    hoja.campos.forEach(function (entrada) {
      if (entrada.clave.indexOf("sin-dato.") === 0) return;
      var valor = valorDato(entrada.tipo, entrada.leer());
      if (valor === undefined) return;
      lineas.push("      " + llave(entrada.clave) + ":" + lineasDe(valor, "        ").join("\n"));
    });
    hoja.tablas.forEach(function (tabla) {
      if (tabla.clave.indexOf("sin-dato.") === 0) return;
      var filas = filasYaml(tabla, hoja.filas(tabla));
      if (!filas.length) return;
      lineas.push("      " + llave(tabla.clave) + ":");
      lineas = lineas.concat(filas);
    });
    if (lineas.length === vacias) lineas[vacias - 1] = "    respuestas: {}";
    return lineas.join("\n") + "\n";
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
    if (guardado) this.llenar(guardado);
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
    var campo = control(tipo, valores(nodo), Number(nodo.getAttribute("data-lineas")) || 1);
    var id = "llenar-" + this.numero + "-" + this.campos.length;
    campo.id = id;
    var etiqueta = elemento("label", "llenar-etiqueta");
    etiqueta.htmlFor = id;
    if (texto) {
      while (texto.firstChild) etiqueta.appendChild(texto.firstChild);
      texto.appendChild(etiqueta);
    } else {
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
      return { nombre: th.textContent, campo: th.getAttribute("data-campo") || "",
        tipo: th.getAttribute("data-tipo") || "texto", valores: valores(th) };
    });
    var original = nodo.querySelector("tbody");
    var impresas = original ? original.rows.length : 0;
    var filas = Array.prototype.map.call(original ? original.rows : [], function (fila) {
      return Array.prototype.map.call(fila.cells, function (celda) { return celda.textContent; });
    }).filter(function (fila) { return fila.some(function (celda) { return celda; }); });
    var tabla = { clave: clave, columnas: columnas, nodo: nodo, original: original, impresas: impresas,
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
      var celda = fila.appendChild(elemento("label", "llenar-celda"));
      celda.appendChild(elemento("span", "llenar-columna", columna.nombre));
      var campo = celda.appendChild(control(columna.tipo === "lista" ? "texto" : columna.tipo, columna.valores, 1));
      campo.setAttribute("aria-label", columna.nombre + ", " + textos.fila.toLowerCase() + " " + numero);
      poner(campo, valoresFila[indice] || "");
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
        fila.insertCell().textContent = (llenas[indice] || [])[columnaIndice] || "";
      });
    }
  };

  Hoja.prototype.restaurar = function (guardado) {
    var hoja = this;
    var campos = guardado.campos || {};
    this.campos.forEach(function (entrada) {
      if (Object.prototype.hasOwnProperty.call(campos, entrada.clave)) entrada.poner(campos[entrada.clave]);
    });
    this.tablas.forEach(function (tabla) {
      var filas = (guardado.tablas || {})[tabla.clave];
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
    this.tablas.forEach(function (tabla) { tablas[tabla.clave] = hoja.filas(tabla); });
    return { campos: campos, tablas: tablas };
  };

  Hoja.prototype.guardar = function () {
    this.mostrar();
    try {
      almacen.escribir(this.clave, JSON.stringify(this.respuestas()));
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
    var texto = yaml(this);
    var nombre = ["respuestas", datos.hoja, datos.organizacion, datos.registro].filter(function (parte) {
      return parte;
    }).join("-") + ".yml";
    var enlace = document.createElement("a");
    enlace.href = URL.createObjectURL(new Blob([texto], { type: "application/x-yaml;charset=utf-8" }));
    enlace.download = nombre;
    document.body.appendChild(enlace);
    enlace.click();
    enlace.remove();
    setTimeout(function () { URL.revokeObjectURL(enlace.href); }, 1000);
  };

  Array.prototype.forEach.call(hojas, function (seccion, numero) { new Hoja(seccion, numero); });
})();
