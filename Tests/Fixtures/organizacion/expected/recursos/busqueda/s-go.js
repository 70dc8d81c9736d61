window.LIBRO_BUSQUEDA.recibir("s-go",["pago"]);
