window.LIBRO_BUSQUEDA.recibir("t-ro",{"rotafoli":[2,[2,1,4,1,3,3,5,1,6,1,8,1]]});
