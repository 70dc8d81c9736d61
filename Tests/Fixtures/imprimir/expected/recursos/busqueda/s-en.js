window.LIBRO_BUSQUEDA.recibir("s-en",["prueben"]);
