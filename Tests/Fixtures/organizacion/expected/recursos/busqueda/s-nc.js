window.LIBRO_BUSQUEDA.recibir("s-nc",["blanc","cinc","diligenc","quinc"]);
