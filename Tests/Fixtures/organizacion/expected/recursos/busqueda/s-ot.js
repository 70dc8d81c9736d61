window.LIBRO_BUSQUEDA.recibir("s-ot",["anot","pilot"]);
