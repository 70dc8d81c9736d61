window.LIBRO_BUSQUEDA.recibir("s-la",["sala"]);
