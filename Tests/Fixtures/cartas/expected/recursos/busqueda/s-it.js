window.LIBRO_BUSQUEDA.recibir("s-it",["proposit"]);
