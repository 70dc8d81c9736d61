window.LIBRO_BUSQUEDA.recibir("s-rn",["intern"]);
