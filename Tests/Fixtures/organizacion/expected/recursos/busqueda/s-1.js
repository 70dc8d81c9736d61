window.LIBRO_BUSQUEDA.recibir("s-1",["1"]);
