window.LIBRO_BUSQUEDA.recibir("t-ev",{"evaluacion":[2,[12,1,14,10,38,2,64,1,65,6]]});
