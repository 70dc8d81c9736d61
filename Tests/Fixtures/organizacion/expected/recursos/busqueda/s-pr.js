window.LIBRO_BUSQUEDA.recibir("s-pr",["compr"]);
