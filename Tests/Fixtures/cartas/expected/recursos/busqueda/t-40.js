window.LIBRO_BUSQUEDA.recibir("t-40",{"40":[2,[2,1,4,1,2,2,7,1,3,1]]});
