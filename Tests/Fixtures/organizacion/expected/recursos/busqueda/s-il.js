window.LIBRO_BUSQUEDA.recibir("s-il",["debil"]);
