window.LIBRO_BUSQUEDA.recibir("s-19",["19"]);
