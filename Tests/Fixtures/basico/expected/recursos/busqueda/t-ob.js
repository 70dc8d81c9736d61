window.LIBRO_BUSQUEDA.recibir("t-ob",{"objetiv":[2,[2,1,2,1,3,1,4,15]]});
