window.LIBRO_BUSQUEDA.recibir("s-ia",["dia"]);
