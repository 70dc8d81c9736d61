window.LIBRO_BUSQUEDA.recibir("s-ou",["mou"]);
