window.LIBRO_BUSQUEDA.recibir("s-pu",["despu"]);
