window.LIBRO_BUSQUEDA.recibir("s-06",["06"]);
