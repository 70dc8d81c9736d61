window.LIBRO_BUSQUEDA.recibir("t-i",{"i":[3,[2,1,2,10,33,1,49,1,7,1,35,1]]});
