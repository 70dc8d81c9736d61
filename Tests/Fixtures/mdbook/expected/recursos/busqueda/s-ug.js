window.LIBRO_BUSQUEDA.recibir("s-ug",["lechug"]);
