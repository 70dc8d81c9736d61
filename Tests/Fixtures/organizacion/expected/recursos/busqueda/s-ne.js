window.LIBRO_BUSQUEDA.recibir("s-ne",["line"]);
