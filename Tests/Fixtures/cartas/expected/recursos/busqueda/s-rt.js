window.LIBRO_BUSQUEDA.recibir("s-rt",["cart","mart","part"]);
