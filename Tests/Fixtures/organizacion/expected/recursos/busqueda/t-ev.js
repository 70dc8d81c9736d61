window.LIBRO_BUSQUEDA.recibir("t-ev",{"evaluacion":[2,[12,1,14,10,26,2,50,1,1,6]]});
