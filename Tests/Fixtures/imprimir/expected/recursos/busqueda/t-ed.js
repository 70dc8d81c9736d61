window.LIBRO_BUSQUEDA.recibir("t-ed",{"edicion":[2,[2,1,2,1,3,1,4,11]]});
