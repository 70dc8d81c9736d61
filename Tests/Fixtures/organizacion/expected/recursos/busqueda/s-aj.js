window.LIBRO_BUSQUEDA.recibir("s-aj",["trabaj"]);
