window.LIBRO_BUSQUEDA.recibir("s-re",["tre"]);
