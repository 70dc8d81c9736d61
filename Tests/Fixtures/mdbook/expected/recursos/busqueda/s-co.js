window.LIBRO_BUSQUEDA.recibir("s-co",["seco"]);
