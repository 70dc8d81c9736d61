window.LIBRO_BUSQUEDA.recibir("s-er",["comer","leer","misner","ver"]);
