window.LIBRO_BUSQUEDA.recibir("t-1",{"1":[2,[2,2,2,10,1,10,2,1,2,1]]});
