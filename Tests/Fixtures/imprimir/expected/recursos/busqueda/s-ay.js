window.LIBRO_BUSQUEDA.recibir("s-ay",["anyway"]);
