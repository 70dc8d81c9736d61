window.LIBRO_BUSQUEDA.recibir("s-20",["20"]);
