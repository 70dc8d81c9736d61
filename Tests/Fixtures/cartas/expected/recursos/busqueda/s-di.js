window.LIBRO_BUSQUEDA.recibir("s-di",["intermedi"]);
