window.LIBRO_BUSQUEDA.recibir("s-fi",["fotografi"]);
