window.LIBRO_BUSQUEDA.recibir("s-ps",["https"]);
