window.LIBRO_BUSQUEDA.recibir("s-av",["clav"]);
