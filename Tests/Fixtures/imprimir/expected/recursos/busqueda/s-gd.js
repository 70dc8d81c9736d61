window.LIBRO_BUSQUEDA.recibir("s-gd",["agregd"]);
