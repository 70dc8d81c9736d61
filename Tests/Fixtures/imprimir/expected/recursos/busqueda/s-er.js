window.LIBRO_BUSQUEDA.recibir("s-er",["enumer","leer","misner","ver","volver"]);
