window.LIBRO_BUSQUEDA.recibir("t-i",{"i":[3,[2,1,2,10,35,1,51,1,42,1,86,1]]});
