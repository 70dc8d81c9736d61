window.LIBRO_BUSQUEDA.recibir("s-8",["8"]);
