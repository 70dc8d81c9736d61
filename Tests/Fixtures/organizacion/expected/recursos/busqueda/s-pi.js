window.LIBRO_BUSQUEDA.recibir("s-pi",["copi"]);
