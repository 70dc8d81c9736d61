window.LIBRO_BUSQUEDA.recibir("s-ni",["californi"]);
