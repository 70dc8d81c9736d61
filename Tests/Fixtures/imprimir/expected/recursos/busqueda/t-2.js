window.LIBRO_BUSQUEDA.recibir("t-2",{"2":[3,[2,1,2,1,3,1,4,10,4,1,5,1]]});
