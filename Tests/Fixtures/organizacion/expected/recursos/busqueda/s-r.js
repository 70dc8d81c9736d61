window.LIBRO_BUSQUEDA.recibir("s-r",["r"]);
