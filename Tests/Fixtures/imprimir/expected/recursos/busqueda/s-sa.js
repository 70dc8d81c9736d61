window.LIBRO_BUSQUEDA.recibir("s-sa",["pasa"]);
