window.LIBRO_BUSQUEDA.recibir("s-cs",["ics"]);
