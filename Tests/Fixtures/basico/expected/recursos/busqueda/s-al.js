window.LIBRO_BUSQUEDA.recibir("s-al",["general"]);
