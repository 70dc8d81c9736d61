window.LIBRO_BUSQUEDA.recibir("s-gr",["logr"]);
