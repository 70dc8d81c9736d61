window.LIBRO_BUSQUEDA.recibir("s-ti",["siti"]);
