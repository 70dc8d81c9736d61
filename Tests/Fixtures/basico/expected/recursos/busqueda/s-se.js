window.LIBRO_BUSQUEDA.recibir("s-se",["fase"]);
