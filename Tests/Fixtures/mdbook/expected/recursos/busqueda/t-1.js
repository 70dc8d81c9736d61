window.LIBRO_BUSQUEDA.recibir("t-1",{"1":[3,[2,1,2,10,1,1,1,10,1,1,1,10]]});
