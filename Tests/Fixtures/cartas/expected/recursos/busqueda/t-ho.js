window.LIBRO_BUSQUEDA.recibir("t-ho",{"hora":[1,[2,1,4,1]],"horari":[3,[2,1,4,4,1,1,1,2,1,1,6,2]]});
