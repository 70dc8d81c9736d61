window.LIBRO_BUSQUEDA.recibir("s-id",["bienvenid","repetid"]);
