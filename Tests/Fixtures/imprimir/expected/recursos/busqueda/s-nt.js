window.LIBRO_BUSQUEDA.recibir("s-nt",["altament","gent"]);
