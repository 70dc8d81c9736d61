window.LIBRO_BUSQUEDA.recibir("s-rl",["ctrl"]);
