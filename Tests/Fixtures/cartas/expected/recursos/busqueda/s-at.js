window.LIBRO_BUSQUEDA.recibir("s-at",["what"]);
