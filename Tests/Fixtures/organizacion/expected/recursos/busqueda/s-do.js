window.LIBRO_BUSQUEDA.recibir("s-do",["dado"]);
