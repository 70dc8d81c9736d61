window.LIBRO_BUSQUEDA.recibir("s-15",["15"]);
