window.LIBRO_BUSQUEDA.recibir("s-fi",["confi"]);
