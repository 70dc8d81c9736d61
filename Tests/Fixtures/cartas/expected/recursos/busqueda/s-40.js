window.LIBRO_BUSQUEDA.recibir("s-40",["40"]);
