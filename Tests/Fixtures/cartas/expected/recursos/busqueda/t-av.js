window.LIBRO_BUSQUEDA.recibir("t-av",{"avanzad":[2,[2,1,4,1,1,1,1,1]]});
