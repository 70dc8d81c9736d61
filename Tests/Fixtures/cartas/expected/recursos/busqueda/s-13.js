window.LIBRO_BUSQUEDA.recibir("s-13",["13"]);
