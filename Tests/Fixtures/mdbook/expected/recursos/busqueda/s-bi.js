window.LIBRO_BUSQUEDA.recibir("s-bi",["escribi"]);
