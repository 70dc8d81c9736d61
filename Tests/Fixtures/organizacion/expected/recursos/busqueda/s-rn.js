window.LIBRO_BUSQUEDA.recibir("s-rn",["gobiern"]);
