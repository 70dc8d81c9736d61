window.LIBRO_BUSQUEDA.recibir("s-11",["11"]);
