window.LIBRO_BUSQUEDA.recibir("s-rn",["extern"]);
