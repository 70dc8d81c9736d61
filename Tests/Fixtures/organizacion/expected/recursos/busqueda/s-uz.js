window.LIBRO_BUSQUEDA.recibir("s-uz",["luz"]);
