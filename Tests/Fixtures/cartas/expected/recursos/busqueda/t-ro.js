window.LIBRO_BUSQUEDA.recibir("t-ro",{"rotafoli":[2,[2,1,4,1,1,3,1,1,1,1,2,1]]});
