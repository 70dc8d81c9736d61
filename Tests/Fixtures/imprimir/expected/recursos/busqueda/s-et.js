window.LIBRO_BUSQUEDA.recibir("s-et",["paquet"]);
