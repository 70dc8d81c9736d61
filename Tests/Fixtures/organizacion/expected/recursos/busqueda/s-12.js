window.LIBRO_BUSQUEDA.recibir("s-12",["12"]);
