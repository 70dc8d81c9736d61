window.LIBRO_BUSQUEDA.recibir("s-am",["program"]);
