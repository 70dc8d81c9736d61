window.LIBRO_BUSQUEDA.recibir("s-ma",["arma","suma","toma"]);
