window.LIBRO_BUSQUEDA.recibir("s-pe",["mape"]);
