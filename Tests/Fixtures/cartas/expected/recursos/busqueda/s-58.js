window.LIBRO_BUSQUEDA.recibir("s-58",["196758"]);
