window.LIBRO_BUSQUEDA.recibir("s-je",["eje"]);
