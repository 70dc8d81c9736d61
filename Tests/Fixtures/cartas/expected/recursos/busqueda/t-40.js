window.LIBRO_BUSQUEDA.recibir("t-40",{"40":[2,[2,1,4,1,4,2,11,1,14,1]]});
