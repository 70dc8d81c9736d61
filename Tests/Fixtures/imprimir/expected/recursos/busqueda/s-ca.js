window.LIBRO_BUSQUEDA.recibir("s-ca",["ca"]);
