window.LIBRO_BUSQUEDA.recibir("s-re",["monitore","tre"]);
