window.LIBRO_BUSQUEDA.recibir("t-av",{"avanzad":[2,[2,1,4,1,3,1,5,1]]});
