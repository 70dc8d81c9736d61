window.LIBRO_BUSQUEDA.recibir("s-ci",["inici","referenci"]);
