window.LIBRO_BUSQUEDA.recibir("t-1",{"1":[3,[0,1,0,1,6,1,7,10,1,1,1,15]]});
