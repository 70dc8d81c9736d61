window.LIBRO_BUSQUEDA.recibir("t-iv",{"ivan":[1,[1,1,3,1]]});
