window.LIBRO_BUSQUEDA.recibir("s-ma",["suma","tema"]);
