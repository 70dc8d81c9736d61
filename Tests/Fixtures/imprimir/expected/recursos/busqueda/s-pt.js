window.LIBRO_BUSQUEDA.recibir("s-pt",["concept"]);
