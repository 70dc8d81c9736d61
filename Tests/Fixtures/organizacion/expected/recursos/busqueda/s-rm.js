window.LIBRO_BUSQUEDA.recibir("s-rm",["form"]);
