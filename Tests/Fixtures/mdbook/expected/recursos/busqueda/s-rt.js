window.LIBRO_BUSQUEDA.recibir("s-rt",["cort","huert"]);
