window.LIBRO_BUSQUEDA.recibir("s-ok",["mdbook"]);
