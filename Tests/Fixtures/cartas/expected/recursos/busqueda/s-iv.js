window.LIBRO_BUSQUEDA.recibir("s-iv",["descriptiv","objetiv"]);
