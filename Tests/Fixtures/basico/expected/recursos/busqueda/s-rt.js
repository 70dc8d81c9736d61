window.LIBRO_BUSQUEDA.recibir("s-rt",["part"]);
