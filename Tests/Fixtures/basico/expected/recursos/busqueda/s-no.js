window.LIBRO_BUSQUEDA.recibir("s-no",["nino"]);
