window.LIBRO_BUSQUEDA.recibir("t-4",{"4":[2,[2,1,4,4,1,1,1,4]]});
