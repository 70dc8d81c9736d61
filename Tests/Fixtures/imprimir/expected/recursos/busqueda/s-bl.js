window.LIBRO_BUSQUEDA.recibir("s-bl",["habl"]);
