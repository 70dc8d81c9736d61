window.LIBRO_BUSQUEDA.recibir("s-rg",["larg"]);
