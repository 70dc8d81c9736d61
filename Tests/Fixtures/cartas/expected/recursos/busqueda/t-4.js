window.LIBRO_BUSQUEDA.recibir("t-4",{"4":[2,[2,1,4,4,3,1,5,4]]});
