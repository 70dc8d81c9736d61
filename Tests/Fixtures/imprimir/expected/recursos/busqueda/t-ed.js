window.LIBRO_BUSQUEDA.recibir("t-ed",{"edicion":[2,[2,1,2,1,5,1,6,11]]});
