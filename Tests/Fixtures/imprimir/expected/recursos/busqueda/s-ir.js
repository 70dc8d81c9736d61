window.LIBRO_BUSQUEDA.recibir("s-ir",["imprimir"]);
