window.LIBRO_BUSQUEDA.recibir("s-c",["c"]);
