window.LIBRO_BUSQUEDA.recibir("t-ob",{"objetiv":[2,[2,1,2,1,1,1,2,15]]});
