window.LIBRO_BUSQUEDA.recibir("s-rr",["tierr"]);
