window.LIBRO_BUSQUEDA.recibir("t-2",{"2":[3,[2,1,2,1,1,1,2,10,1,1,1,1]]});
