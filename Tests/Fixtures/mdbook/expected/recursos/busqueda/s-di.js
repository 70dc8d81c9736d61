window.LIBRO_BUSQUEDA.recibir("s-di",["remedi"]);
