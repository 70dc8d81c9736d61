window.LIBRO_BUSQUEDA.recibir("s-le",["asamble"]);
