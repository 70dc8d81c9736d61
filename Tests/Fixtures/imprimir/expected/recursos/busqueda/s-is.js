window.LIBRO_BUSQUEDA.recibir("s-is",["avis","is"]);
