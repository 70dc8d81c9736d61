window.LIBRO_BUSQUEDA.recibir("s-ua",["agua"]);
