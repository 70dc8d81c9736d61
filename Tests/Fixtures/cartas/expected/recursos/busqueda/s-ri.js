window.LIBRO_BUSQUEDA.recibir("s-ri",["criteri","glosari","horari"]);
