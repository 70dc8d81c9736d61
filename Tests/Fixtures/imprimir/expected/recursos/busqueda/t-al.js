window.LIBRO_BUSQUEDA.recibir("t-al",{"alianz":[2,[2,1,2,6,1,1,2,2]],"altament":[1,[4,1,5,1]]});
