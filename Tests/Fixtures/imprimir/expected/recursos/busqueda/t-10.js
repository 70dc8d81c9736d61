window.LIBRO_BUSQUEDA.recibir("t-10",{"10":[1,[2,1,2,1]]});
