window.LIBRO_BUSQUEDA.recibir("s-21",["21"]);
