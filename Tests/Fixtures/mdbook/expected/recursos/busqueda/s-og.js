window.LIBRO_BUSQUEDA.recibir("s-og",["prolog"]);
