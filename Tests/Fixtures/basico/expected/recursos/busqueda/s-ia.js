window.LIBRO_BUSQUEDA.recibir("s-ia",["guia"]);
