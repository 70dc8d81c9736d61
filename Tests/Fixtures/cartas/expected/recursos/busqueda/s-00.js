window.LIBRO_BUSQUEDA.recibir("s-00",["00","2000"]);
