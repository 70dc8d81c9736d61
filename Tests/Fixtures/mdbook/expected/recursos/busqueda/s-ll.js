window.LIBRO_BUSQUEDA.recibir("s-ll",["semill"]);
