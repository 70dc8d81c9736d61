window.LIBRO_BUSQUEDA.recibir("t-1",{"1":[3,[2,1,2,10,3,1,3,10,4,1,4,10]]});
