window.LIBRO_BUSQUEDA.recibir("s-st",["compost"]);
