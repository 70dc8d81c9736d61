window.LIBRO_BUSQUEDA.recibir("s-nt",["component","herramient"]);
