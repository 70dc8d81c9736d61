window.LIBRO_BUSQUEDA.recibir("s-i",["i"]);
