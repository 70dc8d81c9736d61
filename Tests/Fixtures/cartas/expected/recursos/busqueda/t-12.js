window.LIBRO_BUSQUEDA.recibir("t-12",{"12":[3,[2,1,4,1,1,3,1,2,3,1,1,1,1,2,2,1,7,1]]});
