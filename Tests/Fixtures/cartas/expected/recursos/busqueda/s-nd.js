window.LIBRO_BUSQUEDA.recibir("s-nd",["agend","entiend"]);
