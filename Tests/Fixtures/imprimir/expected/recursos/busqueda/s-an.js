window.LIBRO_BUSQUEDA.recibir("s-an",["ivan","san"]);
