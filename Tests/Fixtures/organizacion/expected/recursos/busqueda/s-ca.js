window.LIBRO_BUSQUEDA.recibir("s-ca",["poca","toca"]);
