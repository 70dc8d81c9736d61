window.LIBRO_BUSQUEDA.recibir("s-se",["mese"]);
