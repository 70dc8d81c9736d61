window.LIBRO_BUSQUEDA.recibir("s-er",["fortalecer","ver","volver"]);
