window.LIBRO_BUSQUEDA.recibir("t-he",{"hech":[1,[2,1,2,2]]});
