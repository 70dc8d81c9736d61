window.LIBRO_BUSQUEDA.recibir("s-il",["civil"]);
