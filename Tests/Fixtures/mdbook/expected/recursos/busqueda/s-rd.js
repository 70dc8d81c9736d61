window.LIBRO_BUSQUEDA.recibir("s-rd",["tard"]);
