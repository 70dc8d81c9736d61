window.LIBRO_BUSQUEDA.recibir("s-a1",["semilla1","tierra1"]);
