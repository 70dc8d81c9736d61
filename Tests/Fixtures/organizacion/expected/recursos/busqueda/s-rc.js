window.LIBRO_BUSQUEDA.recibir("s-rc",["marc","zarc"]);
