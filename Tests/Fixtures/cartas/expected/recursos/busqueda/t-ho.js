window.LIBRO_BUSQUEDA.recibir("t-ho",{"hora":[1,[2,1,4,1]],"horari":[3,[2,1,4,4,3,1,5,2,4,1,11,2]]});
