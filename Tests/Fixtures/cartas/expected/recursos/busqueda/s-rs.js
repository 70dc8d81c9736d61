window.LIBRO_BUSQUEDA.recibir("s-rs",["conocers"]);
