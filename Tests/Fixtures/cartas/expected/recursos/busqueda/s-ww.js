window.LIBRO_BUSQUEDA.recibir("s-ww",["www"]);
