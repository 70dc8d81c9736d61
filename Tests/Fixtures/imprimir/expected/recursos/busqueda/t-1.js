window.LIBRO_BUSQUEDA.recibir("t-1",{"1":[2,[2,2,2,10,3,10,4,1,5,1]]});
